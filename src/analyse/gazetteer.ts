// A gazetteer matcher: finds every mention of a list of names in a text, longest match first,
// on word boundaries, never overlapping. Names are data (src/data); this is the code that uses them.
//
// What matches is defined by one regular expression per case pass (see `namePattern`):
//   (?<![\p{L}\p{N}_])(?:name1|name2|...)(?![\p{L}\p{N}_])      names longest first, run over the text globally.
// Running an alternation of hundreds of names at every position of every article is slow, so the
// case-sensitive pass (the one the pipeline uses) does the same thing by hand: at each position that can
// start a match it tries, in the same order, only the names that start with the character found there,
// comparing character by character with the same folding (white space runs, apostrophes, dashes).
// The ignore-case pass keeps the expression: Unicode case folding is the regex engine's business.
export interface GazetteerEntry<T> {
  names: readonly string[];
  value: T;
}

export interface GazetteerMatch<T> {
  start: number;
  end: number;
  text: string;
  /** the name of the entry that matched, as written in the data */
  name: string;
  value: T;
}

export interface GazetteerOptions {
  /** which names match regardless of case; default: none (case-sensitive everywhere) */
  ignoreCase?: (name: string) => boolean;
}

interface Named<T> {
  name: string;
  value: T;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name as a pattern: any run of spaces matches any white space, either apostrophe matches both, a hyphen matches dashes. */
function namePattern(name: string): string {
  return escape(name)
    .replace(/\s+/g, "\\s+")
    .replace(/['\u2019]/g, "['\u2019]")
    .replace(/-/g, "[-\u2010\u2011\u2013]");
}

/** Folds a matched text for lookup: lower-case (when ignoring case), single spaces, straight apostrophes and hyphens. */
function fold(s: string, lower: boolean): string {
  const t = s.replace(/\s+/g, " ").replace(/\u2019/g, "'").replace(/[\u2010\u2011\u2013]/g, "-");
  return lower ? t.toLowerCase() : t;
}

/** Longest name first, then in code-unit order: the order of the alternation. */
const byLengthThenName = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);

// ---- characters, as the regular expression sees them

/** The code units `\s` matches (all in the BMP). */
const SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SPACE[c] = 1;
const APOSTROPHES = [0x27, 0x2019];
const DASHES = [0x2d, 0x2010, 0x2011, 0x2013];
const WORD = /[\p{L}\p{N}_]/u;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Does the code point starting at i match [\p{L}\p{N}_]? (false at the end of the text) */
function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c < 0x80 ? isAsciiWord(c) : WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Does the code point ending at i match [\p{L}\p{N}_]? (false at the start of the text) */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return isAsciiWord(c);
  const from = isLow(c) && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
  return WORD.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** The code units a text character matching the name's first character can be; null: any (a leading space). */
function firstUnits(name: string): number[] | null {
  const c = name.charCodeAt(0);
  if (SPACE[c]) return null;
  if (APOSTROPHES.includes(c)) return APOSTROPHES;
  if (c === 0x2d) return DASHES;
  return [c];
}

/**
 * Where `name` matches text at i, as its pattern would (case-sensitively), followed by a non-word character:
 * the end of the match, or -1. A run of white space in the name takes the whole run in the text (what follows it
 * in the name is not white space, so the expression could not do better by taking less), except at the end of
 * the name, where the expression gives back one character if that lets the word boundary hold.
 */
function matchAt(name: string, text: string, i: number): number {
  let j = i;
  let k = 0;
  let trailingRun = 0;
  while (k < name.length) {
    const n = name.charCodeAt(k);
    if (SPACE[n]) {
      while (k < name.length && SPACE[name.charCodeAt(k)]) k++;
      const runStart = j;
      while (j < text.length && SPACE[text.charCodeAt(j)]) j++;
      if (j === runStart) return -1;
      trailingRun = k === name.length ? j - runStart : 0;
      continue;
    }
    if (j >= text.length) return -1;
    const t = text.charCodeAt(j);
    if (n === 0x27 || n === 0x2019 ? !APOSTROPHES.includes(t) : n === 0x2d ? !DASHES.includes(t) : t !== n) return -1;
    j++;
    k++;
  }
  if (!wordAt(text, j)) return j;
  return trailingRun >= 2 ? j - 1 : -1;
}

/** The case-sensitive pass: names by the code unit they start with, each list in alternation order. */
class ExactPass<T> {
  private readonly byFirst = new Map<number, Named<T>[]>();
  /** names that may start with any character (leading white space): tried everywhere */
  private readonly anywhere: Named<T>[];

  constructor(named: Named<T>[]) {
    const sorted = [...named].sort((a, b) => byLengthThenName(a.name, b.name));
    const units = sorted.map((n) => firstUnits(n.name));
    this.anywhere = sorted.filter((_, i) => units[i] === null);
    for (const u of new Set(units.flatMap((us) => us ?? []))) {
      this.byFirst.set(u, sorted.filter((_, i) => units[i] === null || units[i]!.includes(u)));
    }
  }

  find(text: string, from: number, out: GazetteerMatch<T>[]): void {
    let i = from;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      const names = prev < 0x80 && isAsciiWord(prev) ? undefined : (this.byFirst.get(c) ?? this.anywhere);
      let end = -1;
      let hit: Named<T> | undefined;
      // never inside a surrogate pair, never right after a word character
      if (names?.length && !(isLow(c) && isHigh(prev)) && !wordBefore(text, i)) {
        for (const n of names) {
          end = matchAt(n.name, text, i);
          if (end >= 0) {
            hit = n;
            break;
          }
        }
      }
      if (!hit) {
        i++;
        continue;
      }
      out.push({ start: i, end, text: text.slice(i, end), name: hit.name, value: hit.value });
      i = Math.max(end, i + 1);
    }
  }
}

/** The ignore-case pass: one regular expression (not used by the pipeline; exact, not fast). */
class IgnoreCasePass<T> {
  private readonly re: RegExp;

  constructor(private readonly lookup: Map<string, Named<T>>) {
    const alternation = [...lookup.values()].map((v) => v.name).sort(byLengthThenName).map(namePattern).join("|");
    this.re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, "giu");
  }

  find(text: string, from: number, out: GazetteerMatch<T>[]): void {
    this.re.lastIndex = from;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      const hit = this.lookup.get(fold(m[0], true));
      if (hit) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], name: hit.name, value: hit.value });
    }
  }
}

export class Gazetteer<T> {
  private readonly passes: (ExactPass<T> | IgnoreCasePass<T>)[] = [];

  constructor(entries: readonly GazetteerEntry<T>[], options: GazetteerOptions = {}) {
    const ignore = options.ignoreCase ?? (() => false);
    for (const lower of [false, true]) {
      // one name per folded spelling: the first in data order
      const lookup = new Map<string, Named<T>>();
      for (const e of entries) {
        for (const name of e.names) {
          if (ignore(name) !== lower) continue;
          const key = fold(name, lower);
          if (!lookup.has(key)) lookup.set(key, { name, value: e.value });
        }
      }
      if (!lookup.size) continue;
      this.passes.push(lower ? new IgnoreCasePass(lookup) : new ExactPass([...lookup.values()]));
    }
  }

  /** Every match in text[from, to), longest first where two overlap, in text order. */
  find(text: string, from = 0, to = text.length): GazetteerMatch<T>[] {
    const all: GazetteerMatch<T>[] = [];
    const slice = from === 0 && to === text.length ? text : text.slice(0, to);
    for (const pass of this.passes) pass.find(slice, from, all);
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: GazetteerMatch<T>[] = [];
    for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  }
}
