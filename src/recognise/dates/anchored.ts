// chrono-node's parsers, each run only where it can match. Chrono runs every parser's pattern over the whole
// paragraph, and most of these patterns (a "(\W|^)" boundary, long alternations, the "i" flag) are tried at
// every position: some 20 full scans per paragraph, most of them finding nothing. Each pattern holds a word
// it cannot match without (a month, a weekday, "ago"...), its anchor, at most a few characters after the
// match's start (src/data/chrono-anchors.ts). So the anchors are found once per paragraph with a cheap scan,
// and the parser's own pattern is tried only at the positions just before them, with the sticky flag: the
// first position where it matches is where the full scan would have found its first match, with the same
// groups, so chrono's results are the same, match for match.
// The anchorings were worked out for the exact patterns of the chrono-node version in package-lock.json; a
// parser whose pattern is not the one its anchoring was worked out for runs as chrono runs it.
import { Chrono, casual } from "chrono-node/en";
import type { Parser } from "chrono-node/en";
import { CHRONO_ANCHORINGS, type AnchorWords, type ChronoAnchoring } from "../../data/chrono-anchors.js";

type Context = Parameters<Parser["pattern"]>[0];

/** FNV-1a of a pattern's source and flags: enough to notice that a pattern is not the one anchored */
export function fingerprint(re: RegExp): string {
  const s = `${re.source}/${re.flags}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** \s of JavaScript patterns: white space and line terminators */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** \w of a pattern without the "u" flag */
const isWordChar = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
/** what a "run" anchoring allows between a match's start and its anchor: [A-Za-z0-9.,\s] */
const isRunChar = (c: number) => isWordChar(c) && c !== 0x5f || c === 0x2e || c === 0x2c || isSpace(c);

/**
 * The anchors of every anchoring in a paragraph, found with one scan: all the anchor words in one pattern,
 * longest first, tried at every position; at each position where one matches, every anchor word that is a
 * prefix of it (the shorter words there) matches too.
 */
class AnchorScan {
  private readonly words: RegExp;
  /** for each anchor word found (lower case): the anchorings it and its prefixes anchor, with their lengths */
  private readonly holders = new Map<string, { anchoring: number; length: number; words: AnchorWords }[]>();
  private text: string | null = null;
  private found: number[][] = [];
  private numbers: number[] | null = null;

  constructor(private readonly anchorings: readonly ChronoAnchoring[]) {
    const byWord = new Map<string, { anchoring: number; length: number; words: AnchorWords }[]>();
    anchorings.forEach((a, i) => {
      if (a.anchor === "number") return;
      for (const w of a.anchor.words) {
        const key = w.toLowerCase();
        byWord.set(key, [...(byWord.get(key) ?? []), { anchoring: i, length: w.length, words: a.anchor }]);
      }
    });
    const all = [...byWord.keys()].sort((x, y) => y.length - x.length);
    for (const w of all) this.holders.set(w, all.filter((v) => w.startsWith(v)).flatMap((v) => byWord.get(v)!));
    // a boundary all of a word's anchorings require is left to the pattern: fewer words found for nothing
    const alternative = (w: string) => {
      const own = byWord.get(w)!;
      const before = own.every((h) => h.words.boundaryBefore) ? "(?<![A-Za-z0-9_])" : "";
      const after = own.every((h) => h.words.boundaryAfter) ? "(?![A-Za-z0-9_])" : "";
      return before + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + after;
    };
    this.words = new RegExp(all.map(alternative).join("|"), "gi");
  }

  /** positions (ascending) of the anchors of anchoring `i` in `text` */
  anchorsOf(text: string, i: number): number[] {
    if (text !== this.text) this.scan(text);
    if (this.anchorings[i]!.anchor === "number") return (this.numbers ??= numbersIn(text));
    return this.found[i]!;
  }

  private scan(text: string): void {
    this.text = text;
    this.numbers = null;
    const found: number[][] = this.anchorings.map(() => []);
    const re = this.words;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      for (const h of this.holders.get(m[0].toLowerCase())!) {
        if (h.words.boundaryBefore && at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
        if (h.words.boundaryAfter && at + h.length < text.length && isWordChar(text.charCodeAt(at + h.length))) continue;
        const list = found[h.anchoring]!;
        if (list[list.length - 1] !== at) list.push(at);
      }
      re.lastIndex = at + 1;
    }
    this.found = found;
  }
}

const FIRST_DIGIT = /(?<![0-9])[0-9]/g;

/** the first digit of every number */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  FIRST_DIGIT.lastIndex = 0;
  for (let m = FIRST_DIGIT.exec(text); m; m = FIRST_DIGIT.exec(text)) out.push(m.index);
  return out;
}

const anchorScan = new AnchorScan(CHRONO_ANCHORINGS);

/** index of the first position in the sorted list at or after `from` */
function firstAtOrAfter(list: readonly number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A parser's pattern, bound to the paragraph chrono is parsing. chrono calls exec() on what is left of the
 * paragraph after its last match (a suffix of it), so positions here are the paragraph's, and `offset` is
 * where that suffix starts.
 */
class AnchoredPattern extends RegExp {
  private readonly atPosition: RegExp;
  text = "";

  constructor(pattern: RegExp, private readonly anchoring: ChronoAnchoring, private readonly index: number) {
    super(pattern.source, pattern.flags);
    this.atPosition = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`);
  }

  /** the earliest start of a match that holds the anchor found at `at` */
  private earliestStart(at: number): number {
    const text = this.text;
    let i = at;
    if (this.anchoring.reach === "run") {
      while (i > 0 && isRunChar(text.charCodeAt(i - 1))) i--;
      return i - 1;
    }
    // white space is free: the patterns allow runs of any length of it
    let budget = this.anchoring.reach;
    while (i > 0) {
      if (!isSpace(text.charCodeAt(i - 1))) {
        if (budget === 0) break;
        budget--;
      }
      i--;
    }
    return i;
  }

  /** the pattern's own match at `at` (a position of the paragraph) in the suffix starting at `offset` */
  private tryAt(s: string, offset: number, at: number): RegExpExecArray | null {
    if (at > offset) {
      // the pattern starts with "(\W|^)" or "([^\d]|^)": elsewhere than at the start of `s`, that character
      const c = this.text.charCodeAt(at);
      if (this.anchoring.lead === "nonword" ? isWordChar(c) : this.anchoring.lead === "nondigit" ? isDigit(c) : false) return null;
    }
    this.atPosition.lastIndex = at - offset;
    return this.atPosition.exec(s);
  }

  override exec(s: string): RegExpExecArray | null {
    const text = this.text;
    const offset = text.length - s.length;
    // chrono only ever passes a suffix of the paragraph; anything else is searched the ordinary way
    if (offset < 0 || (s.length > 0 && (s.charCodeAt(0) !== text.charCodeAt(offset) || s.charCodeAt(s.length - 1) !== text.charCodeAt(text.length - 1)))) {
      return super.exec(s);
    }
    // the start of `s` is a start of string ("^") whatever precedes it in the paragraph
    const first = this.tryAt(s, offset, offset);
    if (first) return first;
    const { near } = this.anchoring;
    const anchors = anchorScan.anchorsOf(text, this.index);
    // positions below `next` have been tried; the earliest starts grow with the anchors, so each anchor's
    // range of possible starts only adds positions after those of the anchors before it
    let next = offset + 1;
    for (let k = firstAtOrAfter(anchors, offset); k < anchors.length; k++) {
      const at = anchors[k]!;
      if (near && !near.test(text.slice(Math.max(0, at - 32), at))) continue;
      for (let c = Math.max(next, this.earliestStart(at)); c <= at; c++) {
        const m = this.tryAt(s, offset, c);
        if (m) return m;
      }
      next = Math.max(next, at + 1);
    }
    return null;
  }
}

/** `parser` with its pattern tried only near its anchors (or `parser` itself when it has no anchoring) */
function anchoredParser(parser: Parser): Parser {
  const index = CHRONO_ANCHORINGS.findIndex((a) => a.parser === parser.constructor.name);
  if (index < 0) return parser;
  const anchoring = CHRONO_ANCHORINGS[index]!;
  const checked = new WeakMap<RegExp, AnchoredPattern | null>();
  return {
    pattern(context: Context): RegExp {
      const own = parser.pattern(context);
      let anchored = checked.get(own);
      if (anchored === undefined) {
        anchored = fingerprint(own) === anchoring.fingerprint ? new AnchoredPattern(own, anchoring, index) : null;
        checked.set(own, anchored);
      }
      if (!anchored) return own;
      anchored.text = context.text;
      return anchored;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/** chrono's casual English configuration (parsers and refiners, in order), its parsers anchored */
export const anchoredCasual = new Chrono({ parsers: casual.parsers.map(anchoredParser), refiners: casual.refiners });
