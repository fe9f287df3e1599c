// Cheap tests before costly regular expressions. A pattern with a look-behind, many alternatives and the "iu"
// flags is tried at every position of the text, which costs even when it finds nothing, as it does in most
// paragraphs. `needs` is a simple pattern (no look-behind, a literal word or two) that every match of the full
// pattern contains: when the text has no such thing, the full pattern cannot match and is not run.
// `needs` must not be global (test() would move its lastIndex), and takes the full pattern's case flags ("iu"
// when it has them: with "u", "ſ" and the Kelvin sign match "s" and "k").
import { firstIndexAtOrAfter } from "./sorted.js";

/** text.matchAll(re), or nothing at all when `needs` finds nothing in the text. */
export function matchAllIf(text: string, needs: RegExp, re: RegExp): Iterable<RegExpMatchArray> {
  return needs.test(text) ? text.matchAll(re) : [];
}

// Running a costly pattern only near the places a cheap one finds. A cheap pattern ("cue") is plain words: no
// look-behind, no "u" flag needed, global, and none of its matches holds a line break or a full stop. Where cues
// match is found once per text (placesOf, or Cues for several at once) and handed to matchAllNear or
// matchAllFrom, which return what text.matchAll(re) returns (the same matches, with the same index and groups),
// in an array; `re` must be global.

/** Ends a stretch of text no match can cross: a line break, or a full stop before white space. */
function isBreak(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 0x0a) return true;
  if (c !== 0x2e) return false;
  const next = text.charCodeAt(k + 1);
  return next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d || next === 0xa0;
}

/** Every position where `cue` (a global pattern) matches, each position tried (so overlapping matches count too). */
export function matchStarts(text: string, cue: RegExp): number[] {
  const at: number[] = [];
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    at.push(m.index);
    cue.lastIndex = m.index + 1;
  }
  return at;
}

/** What was found in the text last asked about: the patterns of one document ask in turn. */
let lastText: string | undefined;
let lastBreaks: number[] = [];
const lastPlaces = new Map<RegExp, number[]>();

function forText(text: string): void {
  if (text === lastText) return;
  lastText = text;
  lastBreaks = [];
  // line breaks and full stops, in order (indexOf finds each much faster than a test of every character)
  let nl = text.indexOf("\n");
  let dot = text.indexOf(".");
  while (nl >= 0 || dot >= 0) {
    const k = dot < 0 || (nl >= 0 && nl < dot) ? nl : dot;
    if (isBreak(text, k)) lastBreaks.push(k);
    if (k === nl) nl = text.indexOf("\n", k + 1);
    else dot = text.indexOf(".", k + 1);
  }
  lastPlaces.clear();
}

/** Every place where `cue` matches in the text (each position tried, so overlapping matches count too). */
export function placesOf(text: string, cue: RegExp): readonly number[] {
  forText(text);
  let at = lastPlaces.get(cue);
  if (!at) lastPlaces.set(cue, (at = matchStarts(text, cue)));
  return at;
}

/**
 * Several cues searched for in one scan of the text, for patterns that each need one of them. Every match of a cue
 * here must start at a word boundary (an ASCII letter or digit, with no ASCII letter, digit or "_" before it), where
 * the patterns using it find it. One expression, \b(?:cue1|cue2|...), finds every place where some cue matches,
 * skipping the inside of words at little cost; each cue is then tried, sticky, at those places only. placesOf(text,
 * name) is what a scan for \b(?:that cue) alone would find.
 */
export class Cues<K extends string> {
  private readonly any: RegExp;
  private readonly each = new Map<K, RegExp>();
  private text: string | undefined;
  private anyPlaces: number[] = [];
  private readonly places = new Map<K, number[]>();

  constructor(cues: Readonly<Record<K, string>>) {
    const sources = Object.entries(cues) as [K, string][];
    for (const [name, source] of sources) this.each.set(name, new RegExp(`\\b(?:${source})`, "y"));
    this.any = new RegExp(`\\b(?:${sources.map(([, source]) => `(?:${source})`).join("|")})`, "g");
  }

  placesOf(text: string, name: K): readonly number[] {
    if (text !== this.text) {
      this.text = text;
      this.anyPlaces = matchStarts(text, this.any);
      this.places.clear();
    }
    let at = this.places.get(name);
    if (!at) {
      const cue = this.each.get(name)!;
      at = this.anyPlaces.filter((i) => {
        cue.lastIndex = i;
        return cue.test(text);
      });
      this.places.set(name, at);
    }
    return at;
  }
}

/**
 * text.matchAll(re) for a pattern every match of which holds one of the `places` (where a cue matches, found by
 * placesOf or Cues), and none of which holds a line break or a full stop that white space follows (a full stop
 * inside "U.S" or "v2.1" is fine); its look-behinds and look-aheads look one character beyond the match at most.
 * The text falls into stretches between such breaks, no match crosses one, and `re` runs only on the stretches
 * that hold one of the places, each with the break characters around it for the look-arounds to see.
 */
export function matchAllNear(text: string, places: readonly number[], re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  if (!places.length) return out;
  forText(text);
  const breaks = lastBreaks;
  let done = 0; // where the last stretch run ended
  for (const at of places) {
    if (at < done) continue;
    // the first break at or after the place; the stretch runs from the break before it
    const lo = firstIndexAtOrAfter(breaks, at);
    const from = lo > 0 ? breaks[lo - 1]! : 0;
    done = lo < breaks.length ? breaks[lo]! + 1 : text.length;
    execAll(re, text.slice(from, done), from, out);
  }
  return out;
}

/**
 * Pushes what text.matchAll(re) finds in `part` onto `out`, indices moved by `offset`. (exec on `re` itself rather
 * than matchAll, which copies the expression on every call; `re` is left with lastIndex 0, as exec leaves it.)
 */
function execAll(re: RegExp, part: string, offset: number, out: RegExpMatchArray[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    // an empty match moves on by one character, as matchAll does
    if (!m[0]) re.lastIndex += re.unicode && part.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
    m.index += offset;
    out.push(m);
  }
}

const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * text.matchAll(re) for a pattern every match of which starts at one of the `places` (where a cue matches, found
 * by placesOf or Cues): `re` is tried (sticky) at each place, in order, from the end of the match before.
 */
export function matchAllFrom(text: string, places: readonly number[], re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  if (!places.length) return out;
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, re.flags.replace("g", "") + "y")));
  let done = 0; // where the last match ended
  for (const at of places) {
    if (at < done) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    done = Math.max(at + m[0].length, at + 1);
  }
  return out;
}
