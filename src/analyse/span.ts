// Spans: every extracted fact points back to the words it came from.
import type { Span } from "../record/schema.js";

/** A span of `text` from start to end; its text is always text.slice(start, end). */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The span with surrounding white space (and, if asked, punctuation) trimmed off. */
export function trimSpan(text: string, start: number, end: number, extra = ""): Span {
  const isTrim = (c: string | undefined) => c !== undefined && (/\s/.test(c) || extra.includes(c));
  while (start < end && isTrim(text[start])) start++;
  while (end > start && isTrim(text[end - 1])) end--;
  return spanOf(text, start, end);
}

/** Sorts spans by position and drops exact duplicates. */
export function sortSpans<T extends { start: number; end: number }>(spans: T[]): T[] {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/** True when two half-open ranges share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
