// Durations of an hour or more: "72 hours", "six months", "for a week", "a two-week period",
// "for years". They say how long, not when, so they are reported with value null, grain "unknown".
// Minutes and seconds are not dates ("Reading time: 2 minutes").
import { matchAllIf } from "../../analyse/prefilter.js";
import { NUMBER_WORDS } from "../../data/date-words.js";
import type { Candidate, DateParser, ParseContext } from "./types.js";

const NUM = Object.keys(NUMBER_WORDS).filter((w) => w !== "a" && w !== "an").sort((a, b) => b.length - a.length).join("|");
const UNIT = String.raw`(?:hours?|days?|weeks?|fortnights?|months?|years?|decades?)`;
const COUNT = String.raw`(?:\d+(?:[.,]\d+)?|(?:${NUM})(?:[- ](?:${NUM}))?(?:\s+and\s+a\s+half)?|a\s+few|a\s+couple\s+of|several)`;
const LEAD = String.raw`(?:for|within|over|about|around|roughly|nearly|almost|approximately|up\s+to|more\s+than|less\s+than|at\s+least|after|in\s+just|just|only)`;

/** "72 hours", "six months", "two and a half years", "a two-week period" */
const COUNTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_$€£.,-])(?:(?:${LEAD})\s+)?(?:a\s+|an\s+)?${COUNT}(?:\s+|-)(${UNIT})(?:\s+(?:period|window|span|stretch|timeframe))?(?![\p{L}\p{N}_-])`,
  "giu",
);
/** "for a week", "within a day", "less than a year": the article form needs a lead word ("$5 a year" is a rate) */
const ARTICLE = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${LEAD})\s+(?:a|an|one)\s+(?:full\s+|whole\s+|single\s+)?(${UNIT})(?![\p{L}\p{N}_-])`, "giu");
/** "for years", "for months" */
const PLURAL = /(?<![\p{L}\p{N}_])for\s+(?:many\s+)?(?:years|months|weeks|decades)(?![\p{L}\p{N}_])/giu;
/** a count that is a quantity of something else: "24 hours news" is fine, "2 days' pay" fine; "24/7" is not matched */
const RATE_AFTER = /^\s*(?:a|per)\s+(?:day|week|month|year)\b/i;

/** what every match contains (src/analyse/prefilter.ts): a unit after a space or a hyphen */
const NEEDS_UNIT = /[\s-](?:hour|day|week|fortnight|month|year|decade)/iu;

export const parseDurations: DateParser = (ctx: ParseContext) => {
  const out: Candidate[] = [];
  for (const re of [COUNTED, ARTICLE, PLURAL]) {
    for (const m of matchAllIf(ctx.text, NEEDS_UNIT, re)) {
      const end = m.index! + m[0].length;
      // "0-day" is a zero-day; a hyphenated count is an adjective unless it names a period ("a two-week period")
      if (/^(?:a\s+|an\s+)?0\D/i.test(m[0]) || /\d-|\p{L}-(?:hour|day|week|month|year|decade)(?!\S*\s+(?:period|window|span|stretch|timeframe))/iu.test(m[0])) continue;
      if (RATE_AFTER.test(ctx.text.slice(end, end + 12))) continue;
      out.push({ start: m.index!, end, source: "duration", priority: 0, value: null, grain: "unknown" });
    }
  }
  return out;
};
