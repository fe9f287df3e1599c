// Words with offsets, and runs of capitalised words: the raw material of name recognition.
export interface Token {
  start: number;
  end: number;
  text: string;
  /** starts with a capital letter (or is an acronym) */
  cap: boolean;
  /** ended by a possessive 's, which is not part of the token */
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|['\u2019.\-\u2010\u2011](?=[\p{L}\p{N}]))*/gu;
const POSSESSIVE = /['\u2019]s$/u;
const CAP = /^\p{Lu}/u;

/** The words of text[from, to). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = m.index + m[0].length;
    if (end > to) end = to;
    let word = text.slice(m.index, end);
    let possessive = false;
    if (POSSESSIVE.test(word) && word.length > 2) {
      possessive = true;
      word = word.slice(0, -2);
      end -= 2;
    } else if (/['\u2019]$/.test(text.slice(end, end + 1)) && /s$/.test(word) && !/\p{L}/u.test(text[end + 1] ?? "")) {
      possessive = true; // "States'"
    }
    out.push({ start: m.index, end, text: word, cap: CAP.test(word), possessive });
  }
  return out;
}

/** Folds a name for comparison: no accents, lower case, single spaces, letters and digits only, no leading "the". */
export function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** White space collapsed, a leading "the " dropped. */
export function cleanName(s: string): string {
  return s.replace(/\s+/g, " ").replace(/^the\s+/i, "").trim();
}

/** words a title-case headline leaves in lower case */
const TITLE_LOWER: ReadonlySet<string> = new Set(["with", "from", "into", "over", "than", "that", "this", "about", "after", "amid", "onto", "upon", "via"]);

/** A title-case headline ("FBI Warns Healthcare Sector Of..."): its capitals say nothing about names. */
export function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text) && !TITLE_LOWER.has(t.text));
  return words.length >= 4 && words.every((t) => t.cap);
}
