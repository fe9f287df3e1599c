// Splits text into paragraphs and sentences, keeping offsets into the text.
import type { Span } from "../record/schema.js";
import { trimSpan } from "./span.js";
import { ABBREVIATIONS } from "../data/abbreviations.js";

/** Paragraphs: blocks separated by blank lines; a single line break also ends a block when the line is short (a heading). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n+/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    pushLines(text, last, m.index!, out);
    last = m.index! + m[0].length;
  }
  pushLines(text, last, text.length, out);
  return out;
}

/** Within a block, each line is its own paragraph when lines are separated by single line breaks. */
function pushLines(text: string, start: number, end: number, out: Span[]): void {
  for (let s = start; s <= end; ) {
    const br = text.indexOf("\n", s);
    const i = br < 0 || br > end ? end : br;
    const span = trimSpan(text, s, i);
    if (span.text) out.push(span);
    s = i + 1;
  }
}

const CLOSERS = "\"'\u201d\u2019)]\u00bb";

/** Sentences within one paragraph span. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  const { start, end } = paragraph;
  let s = start;
  const re = /[.!?]+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let e = m.index + m[0].length;
    while (e < end && CLOSERS.includes(text[e]!)) e++;
    if (e < end && !/\s/.test(text[e]!)) continue; // "3.5", "U.S.A", "e.g.x"
    if (!isBoundary(text, m.index, e, end)) continue;
    const span = trimSpan(text, s, e);
    if (span.text) out.push(span);
    s = e;
  }
  const rest = trimSpan(text, s, end);
  if (rest.text) out.push(rest);
  return out;
}

function isBoundary(text: string, dot: number, after: number, end: number): boolean {
  if (text[dot] !== ".") return true;
  // the word before the full stop
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    // "U.S." ends a sentence only when a capitalised word that is not a name-like continuation follows; keep it simple:
    // honorifics never end a sentence, other abbreviations end one before a capital.
    if (HONORIFICS.has(word.toLowerCase())) return false;
    const next = nextWord(text, after, end);
    return /^[A-Z]/.test(next) && !/^[A-Z][a-z]*\.?$/.test(next) ? true : /^(The|A|An|It|He|She|They|We|In|On|But|And)$/.test(next);
  }
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  const next = nextWord(text, after, end);
  if (next && /^[a-z]/.test(next)) return false; // lower-case continuation
  return true;
}

const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st", "rev", "hon", "maj", "adm", "cmdr"]);

function nextWord(text: string, from: number, end: number): string {
  const m = /^\s*(\S+)/.exec(text.slice(from, Math.min(end, from + 40)));
  return m ? m[1]!.replace(/^["'\u201c\u2018(]+/, "") : "";
}
