// chrono-node's parsers, each tried only where it can match. Chrono runs every parser's pattern over the whole
// paragraph, and most of these patterns (a "(\W|^)" boundary, long alternations, the "i" flag) are tried at
// every position: some 20 full scans per paragraph, most of them finding nothing. Each pattern holds a word
// it cannot match without (a month, a weekday, "ago"...) or a number, its anchor, at most a few characters
// after the match's start (src/data/chrono-anchors.ts). The anchor words of all parsers are found by one scan
// of the paragraph (words.ts), kept where what must come before or after them does (`near`, `follow`), and
// the parser's own pattern is tried, sticky, only at the positions just before them: the first position where
// it matches is where chrono's full scan would have found its first match, with the same groups, so chrono's
// results are the same, match for match.
// The anchorings were worked out for the exact patterns of the chrono-node version in package-lock.json; a
// parser whose pattern is not the one its anchoring was worked out for runs as chrono runs it.
import { Chrono, casual } from "chrono-node/en";
import type { Parser } from "chrono-node/en";
import { firstIndexAtOrAfter } from "../../analyse/sorted.js";
import { CHRONO_ANCHORINGS, type ChronoAnchoring } from "../../data/chrono-anchors.js";
import { dateWords, isDigit, isSpace, isWordChar, reachBack } from "./words.js";

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

/** what a "run" anchoring allows between a match's start and its anchor: [A-Za-z0-9.,\s] */
const isRunChar = (c: number) => isWordChar(c) && c !== 0x5f || c === 0x2e || c === 0x2c || isSpace(c);

const FIRST_DIGIT = /(?<![0-9])[0-9]/g;

/** the first digit of every number */
function numbersIn(text: string): number[] {
  const out: number[] = [];
  FIRST_DIGIT.lastIndex = 0;
  for (let m = FIRST_DIGIT.exec(text); m; m = FIRST_DIGIT.exec(text)) out.push(m.index);
  return out;
}

/** the anchor words of each anchoring, as lists of the shared scan (none for numbers) */
const wordLists = CHRONO_ANCHORINGS.map((a) => (a.anchor === "number" ? -1 : dateWords.add(a.anchor)));

/** the numbers of the paragraph last asked for */
let numbersText: string | null = null;
let numbers: number[] = [];

/** positions (ascending) of the anchors of anchoring `i` in `text` */
function anchorsOf(text: string, i: number): number[] {
  if (wordLists[i]! >= 0) return dateWords.positions(text, wordLists[i]!);
  if (text !== numbersText) {
    numbers = numbersIn(text);
    numbersText = text;
  }
  return numbers;
}

/** The [start, end) ranges of a pattern's look-ahead and look-behind groups ("(?=", "(?!", "(?<=", "(?<!"). */
function lookaroundRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const open: { at: number; lookaround: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") open.push({ at: i, lookaround: /^\(\?<?[=!]/.test(source.slice(i, i + 4)) });
    else if (c === ")") {
      const group = open.pop();
      if (group?.lookaround) ranges.push([group.at, i + 1]);
    }
  }
  return ranges;
}

/**
 * A pattern's bounded white-space runs (`\s{0,N}`) made unbounded (`\s*`), with the smallest bound, or null when
 * it has none, or has one inside a look-around (whose text is not in the match, so a run there cannot be checked).
 * V8 compiles a bounded run as N copies of the whole `\s` class: chrono's "3 days ago" and "3 days later"
 * patterns, full of them, took about 70 ms each to compile in every thread, against 10 ms relaxed.
 */
export function relaxWhiteSpaceRuns(source: string): { source: string; smallestBound: number } | null {
  const lookarounds = lookaroundRanges(source);
  let smallestBound = Infinity;
  let inLookaround = false;
  const relaxed = source.replace(/(?<!\\)\\s\{0,(\d+)\}/g, (_, n: string, at: number) => {
    if (lookarounds.some(([start, end]) => at > start && at < end)) inLookaround = true;
    smallestBound = Math.min(smallestBound, Number(n));
    return "\\s*";
  });
  return relaxed === source || inLookaround ? null : { source: relaxed, smallestBound };
}

/**
 * The relaxed twin of a sticky pattern, tried first. It accepts every match of the pattern and more, in the same
 * order, so where it finds nothing the pattern finds nothing; and where its match holds no white-space run longer
 * than the smallest bound, no run went past its bound: that match is the pattern's own first match, groups and
 * all. Otherwise the pattern itself decides.
 */
class RelaxedTwin {
  private readonly relaxed: RegExp;
  private readonly tooLongRun: RegExp;

  constructor(private readonly exact: RegExp, relaxedSource: string, smallestBound: number) {
    this.relaxed = new RegExp(relaxedSource, exact.flags);
    this.tooLongRun = new RegExp(`\\s{${smallestBound + 1}}`);
  }

  /** the exact pattern's match at `at` */
  execAt(s: string, at: number): RegExpExecArray | null {
    this.relaxed.lastIndex = at;
    const m = this.relaxed.exec(s);
    if (!m || !this.tooLongRun.test(m[0])) return m;
    this.exact.lastIndex = at;
    return this.exact.exec(s);
  }
}

/**
 * A parser's pattern, bound to the paragraph chrono is parsing. chrono calls exec() on what is left of the
 * paragraph after its last match (a suffix of it), so positions here are the paragraph's, and `offset` is
 * where that suffix starts.
 */
class AnchoredPattern extends RegExp {
  private readonly atPosition: RegExp;
  private readonly relaxedAt: RelaxedTwin | null;
  private readonly nearAt: RegExp | null;
  private readonly followAt: RegExp | null;
  text = "";
  /** the anchors of `text` that pass `near` and `follow` */
  private anchorsText: string | null = null;
  private anchors: number[] = [];

  constructor(pattern: RegExp, private readonly anchoring: ChronoAnchoring, private readonly index: number) {
    super(pattern.source, pattern.flags);
    this.atPosition = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}y`);
    const relaxed = relaxWhiteSpaceRuns(pattern.source);
    this.relaxedAt = relaxed ? new RelaxedTwin(this.atPosition, relaxed.source, relaxed.smallestBound) : null;
    // as look-behind and look-ahead at the anchor: no slice, and white space runs of any length
    this.nearAt = anchoring.near ? new RegExp(`(?<=${anchoring.near.source})`, "iy") : null;
    this.followAt = anchoring.follow ? new RegExp(anchoring.follow.source, "iy") : null;
  }

  /** the anchors of the paragraph where the parser can match */
  private usableAnchors(): number[] {
    const text = this.text;
    if (text === this.anchorsText) return this.anchors;
    const { nearAt, followAt } = this;
    let anchors = anchorsOf(text, this.index);
    if (nearAt || followAt) {
      anchors = anchors.filter((at) => {
        if (nearAt) {
          nearAt.lastIndex = at;
          if (!nearAt.test(text)) return false;
        }
        if (followAt) {
          followAt.lastIndex = at;
          if (!followAt.test(text)) return false;
        }
        return true;
      });
    }
    this.anchorsText = text;
    this.anchors = anchors;
    return anchors;
  }

  /** the earliest start of a match that holds the anchor found at `at` */
  private earliestStart(at: number): number {
    const text = this.text;
    let i = at;
    if (this.anchoring.reach === "run") {
      while (i > 0 && isRunChar(text.charCodeAt(i - 1))) i--;
      return i - 1;
    }
    return reachBack(text, at, this.anchoring.reach);
  }

  /** whether the pattern can start at `at` (a position of the paragraph), away from the start of the string */
  private canStartAt(at: number): boolean {
    const c = this.text.charCodeAt(at);
    switch (this.anchoring.lead) {
      case "nonword": return !isWordChar(c);
      case "nondigit": return !isDigit(c);
      // "(^|\s|T|\b)" ("T" with the "i" flag)
      case "boundary": return isSpace(c) || c === 0x54 || c === 0x74 || isWordChar(this.text.charCodeAt(at - 1)) !== isWordChar(c);
      default: return true;
    }
  }

  /** the pattern's own match at `at` (a position of the paragraph) in the suffix starting at `offset` */
  private tryAt(s: string, offset: number, at: number): RegExpExecArray | null {
    if (at > offset && !this.canStartAt(at)) return null;
    if (this.relaxedAt) return this.relaxedAt.execAt(s, at - offset);
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
    // The start of `s` is a start of string ("^") whatever precedes it in the paragraph, and a word or number
    // can start there in `s` that does not in the paragraph (after a letter or digit): try it first then.
    let next = offset;
    if (offset > 0 && isWordChar(text.charCodeAt(offset - 1))) {
      const first = this.tryAt(s, offset, offset);
      if (first) return first;
      next = offset + 1;
    }
    const anchors = this.usableAnchors();
    // positions below `next` have been tried; the earliest starts grow with the anchors, so each anchor's
    // range of possible starts only adds positions after those of the anchors before it
    for (let k = firstIndexAtOrAfter(anchors, offset); k < anchors.length; k++) {
      const at = anchors[k]!;
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
