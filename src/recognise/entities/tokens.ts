// Words with offsets, and runs of capitalised words: the raw material of name recognition.
import type { AnalysedText, Sentence } from "../../analyse/analyse.js";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** starts with a capital letter (or is an acronym) */
  cap: boolean;
  /** ended by a possessive 's, which is not part of the token */
  possessive: boolean;
}

// A word is what /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|['\u2019.\-\u2010\u2011](?=[\p{L}\p{N}]))*/u matches: a letter or
// digit, then letters, marks, digits and "&", with apostrophes, full stops and hyphens inside ("O'Brien", "U.S",
// "Wi-Fi") but not at the end. The expression costs a Unicode property test per character; tokenize reads the
// same words by hand, testing ASCII characters by their code and only the others with the properties.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{M}\p{N}&]$/u;
const LETTER = /\p{L}/u;
const UPPER = /^\p{Lu}/u;

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The length in code units of the code point at i (2 for a surrogate pair). */
function sizeAt(text: string, i: number): number {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** Is the code point at i (of `size` units) a letter or digit? false at the end of the text. */
function letterOrDigitAt(text: string, i: number, size: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0x80 ? isAsciiLetterOrDigit(c) : LETTER_OR_DIGIT.test(text.slice(i, i + size));
}

/** Is the code point at i (of `size` units) a letter, mark, digit or "&"? */
function wordPartAt(text: string, i: number, size: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? isAsciiLetterOrDigit(c) || c === 0x26 : WORD_PART.test(text.slice(i, i + size));
}

/** An apostrophe, full stop or hyphen: inside a word when a letter or digit follows. */
const isConnector = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d || c === 0x2010 || c === 0x2011;

/** The end of the word that starts at i (a letter or digit). */
function wordEnd(text: string, i: number): number {
  let j = i + sizeAt(text, i);
  while (j < text.length) {
    const c = text.charCodeAt(j);
    const size = c < 0x80 ? 1 : sizeAt(text, j);
    if (c < 0x80 ? isAsciiLetterOrDigit(c) || c === 0x26 : wordPartAt(text, j, size)) j += size;
    else if (isConnector(c) && letterOrDigitAt(text, j + 1, sizeAt(text, j + 1))) j += 1;
    else break;
  }
  return j;
}

/** The words of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  // as the expression would, start at the whole character when `from` falls inside a surrogate pair
  let i = from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1)) ? from - 1 : from;
  while (i < to && i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? !isAsciiLetterOrDigit(c) : !letterOrDigitAt(text, i, sizeAt(text, i))) {
      i += c < 0x80 ? 1 : sizeAt(text, i);
      continue;
    }
    const start = i;
    const next = wordEnd(text, start);
    let end = Math.min(next, to);
    let possessive = false;
    const last = text.charCodeAt(end - 1);
    const beforeLast = end - 2 >= start ? text.charCodeAt(end - 2) : -1;
    if (last === 0x73 && (beforeLast === 0x27 || beforeLast === 0x2019) && end - start > 2) {
      possessive = true; // "Russia's", "Russia’s"
      end -= 2;
    } else if (last === 0x73 && (text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x2019) && !letterUnitAt(text, end + 1)) {
      possessive = true; // "States'"
    }
    const word = text.slice(start, end);
    const first = text.charCodeAt(start);
    out.push({ start, end, text: word, cap: first < 0x80 ? first >= 65 && first <= 90 : UPPER.test(word), possessive });
    i = next;
  }
  return out;
}

/** Is the single code unit at i a letter (as /\p{L}/u tests a one-unit string)? false past the end. */
function letterUnitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(text[i]!);
}

const TOKENS = new WeakMap<AnalysedText, Token[][]>();

/**
 * tokenize(doc.text, s.start, s.end), computed once per document and sentence, for the recognisers that each
 * read the words of every sentence. The array and its tokens are shared: read them, never change them.
 */
export function sentenceTokens(doc: AnalysedText, s: Sentence): readonly Token[] {
  let bySentence = TOKENS.get(doc);
  if (!bySentence) TOKENS.set(doc, (bySentence = []));
  return (bySentence[s.index] ??= tokenize(doc.text, s.start, s.end));
}

/** Printable ASCII only (and tabs, line breaks): nothing for Unicode normalisation to do. */
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Folds a name for comparison: no accents, lower case, single spaces, letters and digits only, no leading "the". */
export function foldName(s: string): string {
  if (ASCII.test(s)) return foldAscii(s);
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/**
 * foldName for ASCII text, in one pass instead of a chain of replacements: apostrophes dropped, letters in lower
 * case, every run of other characters one space (none at either end), then no leading "the ".
 */
function foldAscii(s: string): string {
  let out = "";
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x27) continue;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && out) out += " ";
      gap = false;
      out += String.fromCharCode(c);
    } else gap = true;
  }
  return out.startsWith("the ") ? out.slice(4) : out;
}

/** White space collapsed, a leading "the " dropped. */
export function cleanName(s: string): string {
  return s.replace(/\s+/g, " ").replace(/^the\s+/i, "").trim();
}

const STARTS_WITH_LETTER = /^\p{L}/u;

/** words a title-case headline leaves in lower case */
const TITLE_LOWER: ReadonlySet<string> = new Set(["with", "from", "into", "over", "than", "that", "this", "about", "after", "amid", "onto", "upon", "via"]);

/** A title-case headline ("FBI Warns Healthcare Sector Of..."): its capitals say nothing about names. */
export function isHeadline(tokens: readonly Token[]): boolean {
  // the words of more than three letters, but for TITLE_LOWER: at least four, all capitalised
  let words = 0;
  for (const t of tokens) {
    if (t.text.length <= 3 || TITLE_LOWER.has(t.text)) continue;
    const c = t.text.charCodeAt(0);
    if (c < 0x80 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : !STARTS_WITH_LETTER.test(t.text)) continue;
    if (!t.cap) return false;
    words++;
  }
  return words >= 4;
}
