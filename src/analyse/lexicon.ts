// A lexicon of patterns (regular-expression sources, from src/data) as one regular expression that says which
// pattern matched: each pattern is a capturing group of its own (its inner groups made non-capturing), between
// word boundaries. The look-behind only looks at the position, so it is written once, before the alternation,
// rather than once per pattern: the same matches, but the engine tests it once per position instead of once per
// pattern per position. The look-ahead likewise comes once, after the alternation: "(?:(a)|(b))X" tries what
// "(?:(a)X|(b)X)" tries, in the same order, but compiles to a third of the code (each \p{L} is a large class),
// which is most of the start-up cost of a lexicon (~0.1 s for the incident triggers, in every worker).
const BEFORE = "(?<![\\p{L}\\p{N}_-])";
const AFTER = "(?![\\p{L}\\p{N}_])";

/** Matches any of the patterns, case-insensitively, not after a letter, digit, "_" or "-", not before a letter, digit or "_". */
export function lexiconRegex(patterns: readonly string[]): RegExp {
  const groups = patterns.map((p) => `(${p.replace(/\((?!\?)/g, "(?:")})`);
  return new RegExp(`${BEFORE}(?:${groups.join("|")})${AFTER}`, "giu");
}

/** Which pattern of the lexicon a match of lexiconRegex matched: its index, or -1. */
export function patternIndex(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

/** A literal string as a regular-expression source that matches just it ("U.S." matches "U.S." and not "UxSx"). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
