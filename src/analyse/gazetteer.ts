// A gazetteer matcher: finds every mention of a list of names in a text, longest match first,
// on word boundaries, never overlapping. Names are data (src/data); this is the code that uses them.
//
// What matches is defined by one regular expression per case pass (see `namePattern`):
//   (?<![\p{L}\p{N}_])(?:name1|name2|...)(?![\p{L}\p{N}_])      names longest first, run over the text globally.
// Running an alternation of hundreds of names at every position of every article is slow, so the
// case-sensitive pass (the one the pipeline uses) does the same thing by hand: the names are kept in a trie,
// and at each position that can start a match the text is walked down it with the same folding (white space
// runs, apostrophes, dashes), keeping the name that comes first in the alternation's order.
// The ignore-case pass keeps the expression: Unicode case folding is the regex engine's business.
import { escapeRegExp as escape } from "./lexicon.js";
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
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019; // APOSTROPHES
const isDash = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013; // DASHES
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

/** Edge keys for the characters of a name that match more than one text character. */
const ANY_SPACE = -1; // a run of white space in the name: a run of white space in the text
const ANY_APOSTROPHE = -2; // either apostrophe
const ANY_DASH = -3; // a hyphen: any of DASHES

/** A node of the trie of names while it is built: the names sharing a beginning share a path. */
interface Node<T> {
  /** by the code unit of the next name character, or by one of the ANY_ keys */
  readonly next: Map<number, Node<T>>;
  /** the name that ends here, and its place in alternation order (lower is tried first) */
  named: Named<T> | undefined;
  rank: number;
  /** its number in the flat trie */
  id: number;
}

const newNode = <T>(): Node<T> => ({ next: new Map(), named: undefined, rank: Infinity, id: -1 });

/** The edge key of a name character other than white space. */
function keyOf(c: number): number {
  if (isApostrophe(c)) return ANY_APOSTROPHE;
  return c === 0x2d ? ANY_DASH : c;
}

/**
 * The trie, once built, in flat arrays of small integers: node n's edges are keys[first[n] .. first[n + 1]),
 * sorted, leading to targets[...]; a name ends at n when rank[n] >= 0. A few arrays read in a row stay in the
 * processor's cache between articles, where a Map per node, spread over the heap, would not (the trie is read at
 * every capitalised word).
 */
interface FlatTrie<T> {
  first: number[];
  keys: number[];
  targets: number[];
  rank: number[];
  named: (Named<T> | undefined)[];
}

function flatten<T>(root: Node<T>): FlatTrie<T> {
  // nodes numbered breadth first, so that a node's children are numbered in the order of its sorted edges
  const nodes: Node<T>[] = [root];
  root.id = 0;
  const trie: FlatTrie<T> = { first: [], keys: [], targets: [], rank: [], named: [] };
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    trie.first.push(trie.keys.length);
    trie.rank.push(node.named ? node.rank : -1);
    trie.named.push(node.named);
    const keys = [...node.next.keys()];
    if (keys.length > 1) keys.sort((a, b) => a - b);
    for (const key of keys) {
      const child = node.next.get(key)!;
      child.id = nodes.length;
      nodes.push(child);
      trie.keys.push(key);
      trie.targets.push(child.id);
    }
  }
  trie.first.push(trie.keys.length);
  return trie;
}

/** The node the edge `key` leads to from node n, or -1 (binary search among its sorted keys). */
function step<T>(trie: FlatTrie<T>, n: number, key: number): number {
  let lo = trie.first[n]!;
  let hi = trie.first[n + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = trie.keys[mid]!;
    if (k === key) return trie.targets[mid]!;
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * The case-sensitive pass: the names in a trie, walked from each position that can start a match. The pattern
 * for a name (see `namePattern`) matches a run of white space in the name with the whole run in the text (what
 * follows it in the name is not white space, so the expression could not do better by taking less), either
 * apostrophe with both, and a hyphen with any dash; at the end of a name comes a word boundary, where the
 * expression gives back one character of a trailing run of white space if that lets the boundary hold. The
 * alternation takes the first name, in its order, that matches; the walk finds every name that matches at the
 * position and keeps the one earliest in that order, so the two agree. Walking the trie costs one step per
 * character of the text that some name could be reading, where trying the names in turn cost one comparison per
 * name that starts with the same character.
 */
class ExactPass<T> {
  private readonly trie: FlatTrie<T>;
  /** the walk's result at the current position (one object, reused) */
  private readonly best: Best = { node: -1, rank: -1, end: -1 };
  /** where a name can start (see starts()) */
  private startsRe: RegExp | undefined;

  constructor(named: Named<T>[]) {
    const root = newNode<T>();
    const sorted = [...named].sort((a, b) => byLengthThenName(a.name, b.name));
    sorted.forEach((n, rank) => {
      // an empty name never matched (the alternation's pattern for it was never tried): leave it out
      if (!n.name) return;
      let node = root;
      for (let k = 0; k < n.name.length; k++) {
        let key: number;
        if (SPACE[n.name.charCodeAt(k)]) {
          while (k + 1 < n.name.length && SPACE[n.name.charCodeAt(k + 1)]) k++;
          key = ANY_SPACE;
        } else key = keyOf(n.name.charCodeAt(k));
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = newNode()));
        node = child;
      }
      if (rank < node.rank) {
        node.named = n;
        node.rank = rank;
      }
    });
    this.trie = flatten(root);
  }

  find(text: string, from: number, out: GazetteerMatch<T>[]): void {
    const starts = this.starts();
    const best = this.best;
    starts.lastIndex = from;
    // test() moves lastIndex past the character found: i is that character
    while (starts.test(text)) {
      const i = starts.lastIndex - 1;
      const c = text.charCodeAt(i);
      const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
      // never right after a word character, never inside a surrogate pair
      if ((prev < 0x80 && isAsciiWord(prev)) || (isLow(c) && isHigh(prev)) || wordBefore(text, i)) continue;
      best.rank = -1;
      walk(this.trie, 0, text, i, 0, best);
      if (best.rank < 0) continue;
      const named = this.trie.named[best.node]!;
      out.push({ start: i, end: best.end, text: text.slice(i, best.end), name: named.name, value: named.value });
      starts.lastIndex = Math.max(best.end, i + 1);
    }
  }

  /**
   * Where a name can start: at one of the characters names start with, not right after an ASCII word character.
   * The regular expression engine skips the rest of the text much faster than a loop over every character could.
   * Built on first use.
   */
  private starts(): RegExp {
    if (this.startsRe) return this.startsRe;
    const units = new Set<number>();
    const { first, keys } = this.trie;
    for (let e = first[0]!; e < first[1]!; e++) {
      const key = keys[e]!;
      if (key === ANY_SPACE) SPACE.forEach((isSpace, u) => isSpace && units.add(u));
      else if (key === ANY_APOSTROPHE) APOSTROPHES.forEach((u) => units.add(u));
      else if (key === ANY_DASH) DASHES.forEach((u) => units.add(u));
      else units.add(key);
    }
    // code units, not code points (no "u" flag): a lone surrogate is a unit like any other. The look-behind
    // (after the character, where it is cheaper) skips characters right after an ASCII letter, digit or "_".
    const hex = (u: number) => `\\u${u.toString(16).padStart(4, "0")}`;
    const source = units.size ? `[${[...units].map(hex).join("")}](?<![A-Za-z0-9_][\\s\\S])` : "[^\\s\\S]";
    this.startsRe = new RegExp(source, "g");
    return this.startsRe;
  }
}

/** The name a walk found: its node, its place in alternation order (-1: none yet), the end of its match. */
interface Best {
  node: number;
  rank: number;
  end: number;
}

/**
 * Follows every path of the trie that text[j...] can take from node n, keeping in `best` the name earliest in
 * alternation order that ends on a word boundary. `run` is the length of the run of white space just read when
 * the last step was a name's white space (0 otherwise): a match may give back one character of it.
 */
function walk<T>(trie: FlatTrie<T>, n: number, text: string, j: number, run: number, best: Best): void {
  // one path at a time; a second path (a dash that is both a name's own character and a hyphen) by recursion
  for (;;) {
    const rank = trie.rank[n]!;
    if (rank >= 0 && (best.rank < 0 || rank < best.rank)) {
      const end = !wordAt(text, j) ? j : run >= 2 ? j - 1 : -1;
      if (end >= 0) {
        best.node = n;
        best.rank = rank;
        best.end = end;
      }
    }
    if (j >= text.length || trie.first[n] === trie.first[n + 1]) return;
    const t = text.charCodeAt(j);
    if (SPACE[t]) {
      n = step(trie, n, ANY_SPACE);
      if (n < 0) return;
      let k = j + 1;
      while (k < text.length && SPACE[text.charCodeAt(k)]) k++;
      run = k - j;
      j = k;
      continue;
    }
    // apostrophes and hyphens in names are ANY_ edges only; the other dashes may also be a name's own character
    const literal = step(trie, n, t);
    const any = isApostrophe(t) ? step(trie, n, ANY_APOSTROPHE) : isDash(t) ? step(trie, n, ANY_DASH) : -1;
    if (literal >= 0 && any >= 0) walk(trie, literal, text, j + 1, 0, best);
    n = any >= 0 ? any : literal;
    if (n < 0) return;
    run = 0;
    j++;
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
    // one pass finds its matches in text order, each after the end of the one before: nothing to resolve
    if (this.passes.length === 1) return all;
    all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: GazetteerMatch<T>[] = [];
    for (const m of all) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
    return kept.sort((a, b) => a.start - b.start);
  }
}
