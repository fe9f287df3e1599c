// Cheap tests before costly regular expressions. A pattern with a look-behind, many alternatives and the "iu"
// flags is tried at every position of the text, which costs even when it finds nothing, as it does in most
// paragraphs. `needs` is a simple pattern (no look-behind, a literal word or two) that every match of the full
// pattern contains: when the text has no such thing, the full pattern cannot match and is not run.
// `needs` must not be global (test() would move its lastIndex), and takes the full pattern's case flags ("iu"
// when it has them: with "u", "ſ" and the Kelvin sign match "s" and "k").

/** text.matchAll(re), or nothing at all when `needs` finds nothing in the text. */
export function matchAllIf(text: string, needs: RegExp, re: RegExp): Iterable<RegExpMatchArray> {
  return needs.test(text) ? text.matchAll(re) : [];
}

// The two helpers below run a costly pattern only near the places a cheap one finds. Each returns what
// text.matchAll(re) returns (the same matches, with the same index and groups), in an array. `re` must be global;
// the cheap pattern (`needs`, `starts`) must be global too, and is given plain words: no look-behind, no "u"
// flag needed, and no match of it holds a line break or a full stop.

/** Ends a stretch of text no match can cross: a line break, or a full stop before white space. */
function isBreak(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c === 0x0a) return true;
  if (c !== 0x2e) return false;
  const next = text.charCodeAt(k + 1);
  return next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d || next === 0xa0;
}

/** The breaks of the text last asked about: the patterns of one document ask about the same text in turn. */
let lastBreaks: { text: string; at: number[] } | undefined;

function breaksOf(text: string): number[] {
  if (lastBreaks?.text === text) return lastBreaks.at;
  const at: number[] = [];
  for (let k = 0; k < text.length; k++) if (isBreak(text, k)) at.push(k);
  lastBreaks = { text, at };
  return at;
}

/**
 * text.matchAll(re) for a pattern every match of which holds a match of `needs`, and none of which holds a line
 * break or a full stop that white space follows (a full stop inside "U.S" or "v2.1" is fine); its look-behinds
 * and look-aheads look one character beyond the match at most. The text falls into stretches between such
 * breaks, no match crosses one, and `re` runs only on the stretches where `needs` matches, each with the break
 * characters around it for the look-arounds to see.
 */
export function matchAllNear(text: string, needs: RegExp, re: RegExp): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  const breaks = breaksOf(text);
  needs.lastIndex = 0;
  for (let hit = needs.exec(text); hit; hit = needs.exec(text)) {
    // the first break at or after the hit (binary search); the stretch runs from the break before it
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < hit.index) lo = mid + 1;
      else hi = mid;
    }
    const from = lo > 0 ? breaks[lo - 1]! : 0;
    const to = lo < breaks.length ? breaks[lo]! + 1 : text.length;
    execAll(re, text.slice(from, to), from, out);
    needs.lastIndex = to;
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
 * text.matchAll(re) for a pattern every match of which starts with a match of `starts`: `re` is tried (sticky)
 * at each place `starts` matches, in order, from the end of the match before.
 */
export function matchAllFrom(text: string, starts: RegExp, re: RegExp): RegExpMatchArray[] {
  let sticky = STICKY.get(re);
  if (!sticky) STICKY.set(re, (sticky = new RegExp(re.source, re.flags.replace("g", "") + "y")));
  const out: RegExpMatchArray[] = [];
  starts.lastIndex = 0;
  for (let hit = starts.exec(text); hit; hit = starts.exec(text)) {
    sticky.lastIndex = hit.index;
    const m = sticky.exec(text);
    // every place where `starts` matches, unless inside a match already taken
    starts.lastIndex = m ? Math.max(hit.index + m[0].length, hit.index + 1) : hit.index + 1;
    if (m) out.push(m);
  }
  return out;
}
