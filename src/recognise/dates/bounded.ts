// Faster ways to find the matches of our own patterns, with the same matches as text.matchAll(pattern).
// The patterns start with a boundary look-behind ("(?<![\p{L}\p{N}_])"), and a pattern that starts with a
// look-behind is tried at every position of the text: the regular expression engine cannot skip ahead to the
// characters the rest can start with. So the candidate starts are found otherwise, and the whole pattern,
// sticky, decides at each of them, in order:
//   BoundedPattern       the body without the look-behind finds them (it matches wherever the whole does);
//   TailAnchoredPattern  from a rare tail ("ago", a unit, a currency) back over what the head can be made of;
//   WordAnchoredPattern  from words every match holds, found by the paragraph's one scan of date words.
import { dateWords, isWordChar, reachBack, type WordList } from "./words.js";

/**
 * Whether a pattern's look-behind forbids a letter, digit or "_" before its start ("(?<![\p{L}\p{N}_...])"):
 * then a candidate start after an ASCII one is not tried.
 */
const startsAfterNonWord = (before: string) => before.startsWith(String.raw`(?<![\p{L}\p{N}_`);

/** a pattern as before + body + after, where `before` is zero-width (a look-behind); `after` may be anything */
export class BoundedPattern {
  private readonly body: RegExp;
  private readonly at: RegExp;
  private readonly unicode: boolean;

  /**
   * `start`, when given, is what the body starts with (a number, where the body goes on with a long list of
   * nouns): enough to find the candidates, and cheaper to compile and to search for than the whole body.
   */
  constructor(before: string, body: string, after: string, flags: string, start?: string) {
    const plain = flags.replace(/[gy]/g, "");
    this.unicode = plain.includes("u");
    this.body = new RegExp(start ?? body, `${plain}g`);
    this.at = new RegExp(before + body + after, `${plain}y`);
  }

  /** the whole pattern, global (as it would be written without this class) */
  get whole(): RegExp {
    return new RegExp(this.at.source, this.at.flags.replace("y", "g"));
  }

  /** the position after `i`: with the "u" flag, after the whole code point */
  private after(text: string, i: number): number {
    if (this.unicode && i + 1 < text.length) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return i + 2;
    }
    return i + 1;
  }

  /**
   * The matches text.matchAll(this.whole) gives, in order. `needs` (optional) is a cheaper test that every
   * match satisfies (see src/analyse/prefilter.ts): when the text fails it, nothing is searched.
   */
  *matchAll(text: string, needs?: RegExp): Generator<RegExpExecArray> {
    if (needs && !needs.test(text)) return;
    const { body, at } = this;
    let from = 0;
    while (from <= text.length) {
      body.lastIndex = from;
      const candidate = body.exec(text);
      if (!candidate) return;
      at.lastIndex = candidate.index;
      const m = at.exec(text);
      if (!m) {
        from = this.after(text, candidate.index);
        continue;
      }
      yield m;
      // as matchAll: on from the end of the match (past an empty one)
      from = m[0].length > 0 ? m.index + m[0].length : this.after(text, m.index);
    }
  }
}

/**
 * A pattern before + head + tail + after whose head is costly to search for (it starts with a count, a
 * common word...) but whose tail is rare ("ago", a unit, a currency). The tail is searched for; where a
 * head ends just before it (a look-behind decides), the head's possible starts are the characters of
 * `headChars` running back from it, and the whole pattern, sticky, is tried at those, in order, as
 * text.matchAll(whole) would. `headChars` must hold every character a head can match.
 */
export class TailAnchoredPattern {
  private readonly tail: RegExp;
  private readonly tailAt: RegExp;
  private readonly tailWords: number | undefined;
  private readonly headEnds: RegExp;
  private readonly at: RegExp;
  private readonly headChar: RegExp;
  private readonly wordStart: boolean;

  /**
   * `tailWords`, when given, are words every tail starts with: their positions come from the paragraph's
   * one scan of date words (words.ts) instead of a search for the tail.
   */
  constructor(before: string, head: string, tail: string, after: string, flags: string, headChars: string, tailWords?: WordList) {
    const plain = flags.replace(/[gy]/g, "");
    this.tail = new RegExp(tail, `${plain}g`);
    this.tailAt = new RegExp(tail, `${plain}y`);
    this.tailWords = tailWords && dateWords.add(tailWords);
    this.headEnds = new RegExp(`(?<=${before}(?:${head}))`, `${plain}y`);
    this.at = new RegExp(before + head + tail + after, `${plain}y`);
    this.headChar = new RegExp(headChars, plain.includes("u") ? "u" : "");
    this.wordStart = startsAfterNonWord(before);
  }

  /** the whole pattern, global (as it would be written without this class) */
  get whole(): RegExp {
    return new RegExp(this.at.source, this.at.flags.replace("y", "g"));
  }

  /** where a tail can start: the tail words, or every position where the tail pattern matches */
  private tailsIn(text: string): number[] {
    if (this.tailWords !== undefined && !dateWords.foldsToAscii(text)) return dateWords.positions(text, this.tailWords);
    const out: number[] = [];
    const { tail } = this;
    tail.lastIndex = 0;
    for (let t = tail.exec(text); t; t = tail.exec(text)) {
      out.push(t.index);
      tail.lastIndex = t.index + 1;
    }
    return out;
  }

  /** the matches text.matchAll(this.whole) gives, in order */
  matchAll(text: string): RegExpExecArray[] {
    // the positions where a match can start, from each tail that has a head before it
    const ranges: [number, number][] = [];
    const { tailAt, headEnds, headChar } = this;
    for (const q of this.tailsIn(text)) {
      tailAt.lastIndex = q;
      if (!tailAt.test(text)) continue;
      headEnds.lastIndex = q;
      if (!headEnds.test(text)) continue;
      let lo = q;
      while (lo > 0 && headChar.test(text[lo - 1]!)) lo--;
      ranges.push([lo, q]);
    }
    if (ranges.length === 0) return [];
    ranges.sort((x, y) => x[0] - y[0]);
    const out: RegExpExecArray[] = [];
    // every candidate start once, in order; after a match, on from its end
    let from = 0;
    for (const [lo, hi] of ranges) from = Math.max(tryStarts(text, this.at, this.wordStart, lo, hi, from, out), hi + 1);
    return out;
  }
}

/**
 * Tries the sticky pattern `at` at each start from `lo` to `hi`, none before `from`, as a global search would: a
 * start right after a word character is skipped when the pattern must start a word, and after a match the search
 * goes on from its end. Pushes the matches on `out`; returns where the search goes on.
 */
function tryStarts(text: string, at: RegExp, wordStart: boolean, lo: number, hi: number, from: number, out: RegExpExecArray[]): number {
  for (let c = Math.max(lo, from); c <= hi; c++) {
    if (wordStart && c > 0 && isWordChar(text.charCodeAt(c - 1))) continue;
    at.lastIndex = c;
    const m = at.exec(text);
    if (!m) continue;
    out.push(m);
    from = m.index + Math.max(1, m[0].length);
    c = from - 1;
  }
  return from;
}

/**
 * A pattern before + body + after whose every match holds one of `words`, with at most `reach` characters
 * other than white space between the match's start and the word. The words are found by the paragraph's
 * one scan of date words (words.ts); the whole pattern, sticky, is tried only from `reach` back of each, in
 * order, as text.matchAll(whole) would. A text holding "ſ" or the Kelvin sign is searched as a
 * BoundedPattern.
 */
export class WordAnchoredPattern {
  private readonly bounded: BoundedPattern;
  private readonly at: RegExp;
  private readonly list: number;
  private readonly wordStart: boolean;

  constructor(before: string, body: string, after: string, flags: string, words: WordList, private readonly reach: number) {
    this.bounded = new BoundedPattern(before, body, after, flags);
    this.at = new RegExp(before + body + after, `${flags.replace(/[gy]/g, "")}y`);
    this.list = dateWords.add(words);
    this.wordStart = startsAfterNonWord(before);
  }

  get whole(): RegExp {
    return this.bounded.whole;
  }

  /** the matches text.matchAll(this.whole) gives, in order */
  matchAll(text: string): RegExpExecArray[] {
    if (dateWords.foldsToAscii(text)) return [...this.bounded.matchAll(text)];
    const out: RegExpExecArray[] = [];
    let from = 0;
    // positions below `tried` have been tried: the ranges start further on as the words do
    let tried = 0;
    for (const w of dateWords.positions(text, this.list)) {
      from = tryStarts(text, this.at, this.wordStart, Math.max(reachBack(text, w, this.reach), tried), w, from, out);
      tried = Math.max(tried, w + 1);
    }
    return out;
  }
}
