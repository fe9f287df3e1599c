// Where given words are in a paragraph, for many word lists at once. Searching a long text for each of a
// few dozen words (or for one long alternation per list) costs a scan each; here all the words of all the
// lists are one pattern, longest first, tried once over the paragraph: at each position where one matches,
// every listed word that is a prefix of it matches there too. Used for chrono's anchors (anchored.ts) and
// for the relative patterns (relative.ts), so a paragraph is scanned once for both.
// Words are matched as a pattern with the "i" flag and without "u" matches them: ASCII letters in either
// case, and nothing else (with "u", "ſ" would match "s", and the Kelvin sign "k").
import { escapeRegExp } from "../../analyse/lexicon.js";

export interface WordList {
  words: readonly string[];
  /** no letter, digit or "_" just before the word ("\b" before a word, "(\W|^)" just before a sign) */
  boundaryBefore?: boolean;
  /** no letter, digit or "_" just after the word ("(?=\W|$)") */
  boundaryAfter?: boolean;
}

/** \s of JavaScript patterns: white space and line terminators */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** \w of a pattern without the "u" flag */
export const isWordChar = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** the start of a match with `reach` characters other than white space before `at` (white space is free) */
export function reachBack(text: string, at: number, reach: number): number {
  let i = at;
  let budget = reach;
  while (i > 0) {
    if (!isSpace(text.charCodeAt(i - 1))) {
      if (budget === 0) break;
      budget--;
    }
    i--;
  }
  return i;
}

const FOLDS_TO_ASCII = /[\u017f\u212a]/;

interface Holder {
  list: number;
  length: number;
  words: WordList;
}

export class WordScan {
  private readonly lists: WordList[] = [];
  private pattern: RegExp | null = null;
  /** for each word the pattern can find (lower case): the lists holding it or a prefix of it */
  private readonly holders = new Map<string, Holder[]>();
  /** the same, by the word as the text writes it ("May", "may", "MAY"), filled as they are met */
  private readonly written = new Map<string, Holder[]>();
  private text: string | null = null;
  private found: number[][] = [];
  private foldsText: string | null = null;
  private folds = false;

  /** a list to find (its id); lists are added when modules load, before any scan */
  add(list: WordList): number {
    this.lists.push(list);
    this.pattern = null;
    this.text = null;
    return this.lists.length - 1;
  }

  /**
   * Whether `text` holds "ſ" or the Kelvin sign, which patterns with the "iu" flags match as "s" and "k" and
   * this scan does not: such a text is searched without it.
   */
  foldsToAscii(text: string): boolean {
    if (text !== this.foldsText) {
      this.folds = FOLDS_TO_ASCII.test(text);
      this.foldsText = text;
    }
    return this.folds;
  }

  /** positions (ascending) in `text` of the words of list `id` */
  positions(text: string, id: number): number[] {
    if (text !== this.text) this.scan(text);
    return this.found[id]!;
  }

  private build(): RegExp {
    const byWord = new Map<string, Holder[]>();
    this.lists.forEach((l, i) => {
      for (const w of l.words) {
        const key = w.toLowerCase();
        byWord.set(key, [...(byWord.get(key) ?? []), { list: i, length: w.length, words: l }]);
      }
    });
    const all = [...byWord.keys()].sort((x, y) => y.length - x.length);
    this.holders.clear();
    this.written.clear();
    for (const w of all) this.holders.set(w, all.filter((v) => w.startsWith(v)).flatMap((v) => byWord.get(v)!));
    // boundaries are checked on what is found: look-arounds in the pattern would slow every position down
    return new RegExp(all.map(escapeRegExp).join("|"), "gi");
  }

  private scan(text: string): void {
    const re = (this.pattern ??= this.build());
    const found: number[][] = this.lists.map(() => []);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const word = m[0];
      let holders = this.written.get(word);
      if (!holders) this.written.set(word, (holders = this.holders.get(word.toLowerCase())!));
      for (const h of holders) {
        if (h.words.boundaryBefore && at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
        if (h.words.boundaryAfter && at + h.length < text.length && isWordChar(text.charCodeAt(at + h.length))) continue;
        const list = found[h.list]!;
        if (list[list.length - 1] !== at) list.push(at);
      }
      re.lastIndex = at + 1;
    }
    this.text = text;
    this.found = found;
  }
}

/** the one scan of date words per paragraph */
export const dateWords = new WordScan();
