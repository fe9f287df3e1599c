// Durations of an hour or more: "72 hours", "six months", "for a week", "a two-week period",
// "for years". They say how long, not when, so they are reported with value null, grain "unknown".
// Minutes and seconds are not dates ("Reading time: 2 minutes").
import { NUMBER_WORDS } from "../../data/date-words.js";
import { BoundedPattern, TailAnchoredPattern } from "./bounded.js";
import type { Candidate, DateParser, ParseContext } from "./types.js";

const NUM = Object.keys(NUMBER_WORDS).filter((w) => w !== "a" && w !== "an").sort((a, b) => b.length - a.length).join("|");
const UNIT = String.raw`(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)`;
const COUNT = String.raw`(?:\d+(?:[.,]\d+)?|(?:${NUM})(?:[- ](?:${NUM}))?(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple\s+of|several)`;
const LEAD = String.raw`(?:for|within|over|about|around|roughly|nearly|almost|approximately|up\s+to|more\s+than|less\s+than|at\s+least|after|in\s+just|just|only)`;

const BEFORE_COUNT = String.raw`(?<![\p{L}\p{N}_$€£.,-])`;
const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const AFTER_UNIT = String.raw`(?![\p{L}\p{N}_-])`;
/** the units start with these, after a space or a hyphen: found by the paragraph's one scan of date words */
const UNIT_WORDS = { words: ["hour", "day", "week", "fortnight", "month", "year", "decade"], boundaryBefore: true };
/** what the heads of COUNTED and ARTICLE (lead words, articles, counts) are made of */
const HEAD_CHARS = String.raw`[\p{L}\p{N}.,\s-]`;
/** "72 hours", "six months", "two and a half years", "a two-week period" */
const COUNTED = new TailAnchoredPattern(
  BEFORE_COUNT,
  String.raw`(?:(?:${LEAD})\s+)?(?:a\s+|an\s+)?${COUNT}(?:\s+|-)`,
  String.raw`(${UNIT})(?:\s+(?:period|window|span|stretch|timeframe))?`,
  AFTER_UNIT,
  "giu",
  HEAD_CHARS,
  UNIT_WORDS,
);
/** "for a week", "within a day", "less than a year": the article form needs a lead word ("$5 a year" is a rate) */
const ARTICLE = new TailAnchoredPattern(
  WORD_BEFORE,
  String.raw`(?:${LEAD})\s+(?:a|an|one)\s+(?:full\s+|whole\s+|single\s+)?`,
  String.raw`(${UNIT})`,
  AFTER_UNIT,
  "giu",
  HEAD_CHARS,
  UNIT_WORDS,
);
/** "for years", "within weeks", "over months", "for days": a bare plural unit after a lead word */
const PLURAL = new BoundedPattern(WORD_BEFORE, String.raw`(?:for|within|over)\s+(?:many\s+)?(?:hours|days|weeks|months|years|decades)`, String.raw`(?![\p{L}\p{N}_-])`, "giu");
/** "could take weeks", "taking months": the unit alone is the duration */
const TAKES = new BoundedPattern(WORD_BEFORE, String.raw`(?:take|takes|taking|took|last|lasted|lasting)\s+(?:days|weeks|months|years)`, String.raw`(?![\p{L}\p{N}_-])`, "giu");
const TAKES_UNIT = /\S+$/;
/** a count that is a quantity of something else: "24 hours news" is fine, "2 days' pay" fine; "24/7" is not matched */
const RATE_AFTER = /^\s*(?:a|per)\s+(?:day|week|month|year)\b/i;

export const parseDurations: DateParser = (ctx: ParseContext) => {
  const out: Candidate[] = [];
  for (const re of [COUNTED, ARTICLE, PLURAL]) {
    for (const m of re.matchAll(ctx.text)) {
      const end = m.index! + m[0].length;
      // "0-day" is a zero-day; a hyphenated count is an adjective unless it names a period ("a two-week period")
      if (/^(?:a\s+|an\s+)?0\D/i.test(m[0]) || /\d-|\p{L}-(?:hour|day|week|month|year|decade)(?!\S*\s+(?:period|window|span|stretch|timeframe))/iu.test(m[0])) continue;
      if (RATE_AFTER.test(ctx.text.slice(end, end + 12))) continue;
      out.push({ start: m.index!, end, source: "duration", priority: 0, value: null, grain: "unknown" });
    }
  }
  for (const m of TAKES.matchAll(ctx.text)) {
    const end = m.index! + m[0].length;
    out.push({ start: end - TAKES_UNIT.exec(m[0])![0].length, end, source: "duration", priority: 0, value: null, grain: "unknown" });
  }
  return out;
};
