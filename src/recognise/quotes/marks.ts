// Quotation marks: pairs them into quotations, paragraph by paragraph.
//
// Rules:
// - families: double (“ ” „ and the straight "), single curly (‘ ’), guillemets (« »). A double opener may be closed
//   by either ” or " (mixed marks happen); marks of another family inside an open quotation are inner quotes and kept.
// - a straight " opens when it follows a space, a bracket, a dash or the paragraph start and precedes a non-space;
//   it closes when it follows a non-space; after a digit with nothing open it is an inch mark (6' 2") and ignored.
// - ’ with a letter after it (Russia’s, don’t) or a space before it (’90s) is an apostrophe, never a closer;
//   ‘ after a letter, or before "90s", is an apostrophe too.
// - a quotation never crosses a paragraph boundary, except that an open quotation continues when the next paragraph
//   starts with an opening mark of the same family (the convention for quotes that run over paragraphs); the
//   quotation then spans both paragraphs, its text holding the break and the re-opening mark.
// - an opener that is never closed (or would make a quotation longer than MAX_LENGTH) is dropped and scanning resumes
//   just after it, so one stray mark never swallows the rest of the article.
import type { AnalysedText } from "../../analyse/analyse.js";
import { firstIndexAtOrAfter } from "../../analyse/sorted.js";
import type { Span } from "../../record/schema.js";

export interface Quotation {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark */
  close: number;
  /** the inner text, trimmed of white space and a trailing comma: text.slice(start, end) */
  start: number;
  end: number;
  /** index of the paragraph the quotation opens in */
  paragraph: number;
}

type Family = "double" | "single" | "guillemet";

/** Longest quotation kept, in UTF-16 units. */
export const MAX_LENGTH = 3000;
/** Most paragraphs one quotation may run over. */
const MAX_PARAGRAPHS = 4;

const NESTED_MAX = 80;
const SPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s(\[{\u2014\u2013\-\/:;,]/;
const DECADE = /^\d\ds?(?![\p{L}\p{N}])/u;
/** Every character `classify` gives a role to (the cases of its switch); at any other character the scan does nothing. */
const MARK = /["\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/g;

interface Open {
  pos: number;
  family: Family;
  paragraph: number;
  paragraphs: number;
}

/** Every balanced quotation of the document, in text order. */
export function findQuotations(doc: AnalysedText): Quotation[] {
  const { text, paragraphs } = doc;
  const marks = Array.from(text.matchAll(MARK), (m) => m.index);
  const out: Quotation[] = [];
  const banned = new Set<number>();
  let open: Open | null = null;
  let pi = 0;
  let i = paragraphs[0]?.start ?? 0;
  const drop = (o: Open) => {
    banned.add(o.pos);
    pi = o.paragraph;
    i = o.pos + 1;
    open = null;
  };
  while (pi < paragraphs.length) {
    const para = paragraphs[pi]!;
    // skip to where something can happen: the next mark, the paragraph's end, or where the open quotation gets too long
    let next = Math.min(firstAtOrAfter(marks, i), para.end);
    if (open) next = Math.min(next, (open as Open).pos + MAX_LENGTH + 1);
    if (next > i) i = next;
    if (i >= para.end) {
      if (open) {
        const o: Open = open;
        const next = paragraphs[pi + 1];
        if (next && o.paragraphs < MAX_PARAGRAPHS && opensFamily(text, next, o.family)) {
          o.paragraphs++;
          pi++;
          i = next.start + 1;
          continue;
        }
        drop(o);
        continue;
      }
      pi++;
      i = paragraphs[pi]?.start ?? text.length;
      continue;
    }
    if (open && i - (open as Open).pos > MAX_LENGTH) {
      drop(open);
      continue;
    }
    if (open && (open as Open).family === "double" && (text[i] === "\u201c" || text[i] === "\u201e")) {
      const inner = nestedClose(text, i, para.end);
      if (inner > 0) {
        i = inner + 1;
        continue;
      }
    }
    const role: Family | "close" | null = banned.has(i) ? null : classify(text, i, para, open ? (open as Open).family : null);
    if (role === "close") {
      const o = open as unknown as Open;
      const inner = innerSpan(text, o.pos + 1, i);
      if (inner) out.push({ open: o.pos, close: i, start: inner.start, end: inner.end, paragraph: o.paragraph });
      open = null;
    } else if (role) {
      open = { pos: i, family: role, paragraph: pi, paragraphs: 1 };
    }
    i++;
  }
  return out;
}

/** The first of the sorted offsets that is at or after `i`, or Infinity. */
function firstAtOrAfter(offsets: readonly number[], i: number): number {
  return offsets[firstIndexAtOrAfter(offsets, i)] ?? Infinity;
}

/** What the character at i does: opens a quotation of a family, closes the open one, or nothing. */
function classify(text: string, i: number, para: Span, open: Family | null): Family | "close" | null {
  const c = text[i]!;
  const prev = i > para.start ? text[i - 1] : undefined;
  const next = i + 1 < para.end ? text[i + 1] : undefined;
  const canOpen = next !== undefined && !SPACE.test(next) && (prev === undefined || OPEN_CONTEXT.test(prev));
  const canClose = prev !== undefined && !SPACE.test(prev) && (next === undefined || !WORD.test(next));
  switch (c) {
    case "\u201c": // “
    case "\u201e": // „
      if (open === "double") return canClose && !canOpen ? "close" : "double";
      return open ? null : "double";
    case "\u201d": // ”
      if (open === "double") return "close";
      return !open && canOpen && !canClose ? "double" : null;
    case '"':
      if (open === "double") return canClose ? "close" : canOpen ? "double" : null;
      return !open && canOpen ? "double" : null;
    case "\u00ab": // «
      if (open === "guillemet") return "guillemet";
      return open ? null : "guillemet";
    case "\u00bb": // »
      return open === "guillemet" ? "close" : null;
    case "\u2018": // ‘
      if (open === "double" || open === "guillemet") return null;
      if ((prev !== undefined && WORD.test(prev)) || next === undefined || SPACE.test(next)) return null;
      if (DECADE.test(text.slice(i + 1, i + 5))) return null;
      return "single";
    case "\u2019": // ’
      if (open !== "single") return null;
      if (prev === undefined || SPACE.test(prev) || (next !== undefined && WORD.test(next))) return null;
      return "close";
    default:
      return null;
  }
}

/**
 * A curly opener inside an open double quotation is a nested quotation (“... (“remove”) ...”) when it closes within
 * NESTED_MAX and another closer follows later in the paragraph, and it does not open a sentence; returns the nested
 * closer's offset, else -1.
 */
function nestedClose(text: string, i: number, end: number): number {
  // a curly opener that starts a sentence is a new quotation after an unclosed one, not a nested one
  let p = i - 1;
  while (p >= 0 && SPACE.test(text[p]!)) p--;
  if (p < 0 || /[.!?:]/.test(text[p]!)) return -1;
  const close = text.slice(i + 1, Math.min(end, i + 1 + NESTED_MAX)).search(/[\u201d\u201c]/);
  if (close < 0 || text[i + 1 + close] !== "\u201d") return -1;
  const at = i + 1 + close;
  return /[\u201d"]/.test(text.slice(at + 1, end)) ? at : -1;
}

function opensFamily(text: string, para: Span, family: Family): boolean {
  const c = text[para.start];
  if (family === "double") return c === "\u201c" || c === "\u201e" || c === '"';
  if (family === "single") return c === "\u2018";
  return c === "\u00ab";
}

/** The inner text between two marks, trimmed of white space and of a trailing comma; null when empty. */
function innerSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && (SPACE.test(text[end - 1]!) || text[end - 1] === ",")) end--;
  return end > start ? { start, end } : null;
}
