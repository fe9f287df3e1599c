// Relative expressions of news, resolved against the reference date:
//   today / yesterday / this morning / last night          -> the day
//   this|last|next week|month|year|quarter|weekend         -> the week (a Monday-Sunday range), month, year
//   last|this Friday, last July, last summer               -> the most recent one strictly before
//   the past|last|previous 18 months, over the past week   -> a range from then to the reference
//   two weeks ago, a decade ago                            -> the point at the unit's grain
//   recent weeks, a few days ago, the coming weeks, the same day, three months later -> value null
// With no reference date every relative expression is still reported, with value null.
import { MONTHS, NUMBER_WORDS, SEASONS, VAGUE_QUANTITIES, WEEKDAYS } from "../../data/date-words.js";
import type { DateGrain } from "../../record/schema.js";
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtYear, lookBackWeekday, weekRange, type Ymd,
} from "./calendar.js";
import { TailAnchoredPattern, WordAnchoredPattern } from "./bounded.js";
import type { Candidate, DateParser, ParseContext } from "./types.js";
import { escapeRegExp as esc } from "../../analyse/lexicon.js";

const NUM_WORDS = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).map(esc).join("|");
const VAGUE = [...VAGUE_QUANTITIES].sort((a, b) => b.length - a.length).map((v) => esc(v).replace(/ /g, "\\s+")).join("|");
/** a count: 18, two, twenty-four, a, a few, several, 2.5 */
const COUNT = String.raw`(?:\d+(?:[.,]\d+)?|(?:${NUM_WORDS})(?:[- ](?:${NUM_WORDS}))?(?:\s+and\s+a\s+half)?|${VAGUE})`;
const UNIT = String.raw`(?:hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?)`;
const WEEKDAY = Object.keys(WEEKDAYS).join("|");
const MONTH = Object.keys(MONTHS).filter((k) => k.length > 3 || k === "may").join("|");
const SEASON = Object.keys(SEASONS).join("|");
const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;

/**
 * A pattern found from its words (one scan of the paragraph for all of them, words.ts): every match holds
 * one of `words`, with at most `reach` characters other than white space before it (an optional "the",
 * "during the").
 */
const anchored = (s: string, words: readonly string[], reach: number) =>
  new WordAnchoredPattern(B, s, E, "giu", { words, boundaryBefore: true, boundaryAfter: true }, reach);
/** a count and a unit, then a word ("ago", "later"): found from that word, the count being costly to search for */
const tailed = (head: string, tail: string) => new TailAnchoredPattern(B, head, tail, E, "giu", String.raw`[\p{L}\p{N}.,\s-]`);

const DAY_WORDS = anchored(
  String.raw`(?:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|(?:yesterday|tomorrow)\s+(?:morning|afternoon|evening|night))`,
  ["today", "yesterday", "tomorrow", "tonight", "last", "this"], 0,
);
const THIS_LAST_UNIT = anchored(
  String.raw`(?:this|last|next|current|previous|(?:the\s+)?past)\s+(week|weekend|month|quarter|year|decade)`,
  ["this", "last", "next", "current", "previous", "past"], "the".length,
);
const LAST_WEEKDAY = anchored(String.raw`(last|this|next|past)\s+(${WEEKDAY})`, ["last", "this", "next", "past"], 0);
const LAST_MONTH_NAME = anchored(String.raw`(last|this|next|past)\s+(${MONTH}|${SEASON})`, ["last", "this", "next", "past"], 0);
const PAST_N = anchored(
  String.raw`(?:the\s+)?(past|last|previous|prior|next|coming|following)\s+(${COUNT})\s+(${UNIT})`,
  ["past", "last", "previous", "prior", "next", "coming", "following"], "the".length,
);
const AGO = tailed(
  String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|less\s+than|over|just|only)\s+)?(${COUNT}|${UNIT.replace("(?:", "(?:")})\s*(${UNIT})?\s+`,
  "ago",
);
const VAGUE_PERIODS = anchored(
  String.raw`(?:(?:in|over|during)\s+)?(?:recent|the\s+(?:past|last|coming|next|following)\s+few|the\s+coming|the\s+next)\s+(?:days|weeks|months|years)`,
  ["recent", "past", "last", "coming", "next", "following"], "duringthe".length,
);
const AFTER = tailed(
  String.raw`(?:(?:about|around|nearly|almost|just|only)\s+)?(?:(?:${COUNT}|(?:a\s+)?single)\s+(${UNIT})|(hours|days|weeks|months|years))`,
  String.raw`\s+(?:later|after|earlier|before|prior|on)`,
);
const THE_WEEKEND = anchored(String.raw`the\s+weekend`, ["weekend"], "the".length);
const SAME = anchored(
  String.raw`(?:the\s+)?(?:same|following|next|previous|prior)\s+(?:day|week|weekend|month|year|morning|afternoon|evening|night)|the\s+(?:day|week|month|year|night)\s+(?:before|after)`,
  ["same", "following", "next", "previous", "prior", "before", "after"], "themonth".length,
);


const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, week: 7, fortnight: 14 };
const UNIT_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12, decade: 120 };

function countOf(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  if (/^\d/.test(t)) return Number(t.replace(",", "."));
  const half = t.endsWith(" and a half") ? 0.5 : 0;
  const core = t.replace(/ and a half$/, "");
  const parts = core.split(/[- ]/);
  if (parts.every((p) => NUMBER_WORDS[p] !== undefined)) return parts.reduce((a, p) => a + NUMBER_WORDS[p]!, 0) + half;
  return null;
}
const unitOf = (s: string) => s.toLowerCase().replace(/s$/, "");

type Fixed = { value: string | null; grain: DateGrain };

/** the unit n units before the reference, at the unit's grain */
function ago(ref: Ymd, n: number, unit: string): Fixed {
  if (!Number.isInteger(n)) return { value: null, grain: "unknown" };
  if (unit in UNIT_DAYS) {
    const t = addDays(ref, -n * UNIT_DAYS[unit]!);
    if (unit === "week" || unit === "fortnight") return { value: weekRange(t), grain: "week" };
    return { value: fmtDay(t), grain: "day" };
  }
  const months = n * UNIT_MONTHS[unit]!;
  const t = addMonths(ref.y, ref.m, -months);
  if (unit === "year" || unit === "decade") return { value: fmtYear(t.y), grain: "year" };
  return { value: fmtMonth(t.y, t.m), grain: "month" };
}

/** from n units before the reference to the reference */
function pastRange(ref: Ymd, n: number, unit: string): Fixed {
  if (!Number.isInteger(n)) return { value: null, grain: "unknown" };
  if (unit in UNIT_DAYS) {
    const days = Math.max(1, n * UNIT_DAYS[unit]!);
    return { value: `${fmtDay(addDays(ref, -days))}/${fmtDay(ref)}`, grain: "range" };
  }
  const t = addMonths(ref.y, ref.m, -n * UNIT_MONTHS[unit]!);
  return { value: `${fmtMonth(t.y, t.m)}/${fmtMonth(ref.y, ref.m)}`, grain: "range" };
}

/** this (0), last (-1) or next (+1) week, weekend, month, quarter or year */
function shifted(ref: Ymd, unit: string, k: number): Fixed {
  switch (unit) {
    case "week": return { value: weekRange(addDays(ref, 7 * k)), grain: "week" };
    case "weekend": {
      // this weekend: the one of the reference's week; last: the most recent one before the reference
      const monday = addDays(ref, -((new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7));
      const sat = k === -1 ? lookBackWeekday(addDays(ref, -1), 6) : addDays(monday, 5 + 7 * k);
      return { value: `${fmtDay(sat)}/${fmtDay(addDays(sat, 1))}`, grain: "range" };
    }
    case "month": {
      const t = addMonths(ref.y, ref.m, k);
      return { value: fmtMonth(t.y, t.m), grain: "month" };
    }
    case "quarter": {
      const q = addMonths(ref.y, ref.m - ((ref.m - 1) % 3), 3 * k);
      const e = addMonths(q.y, q.m, 2);
      return { value: `${fmtMonth(q.y, q.m)}/${fmtMonth(e.y, e.m)}`, grain: "quarter" };
    }
    default: return { value: fmtYear(ref.y + k), grain: "year" };
  }
}

const dirOf = (w: string) => (/^(?:last|past|previous)$/i.test(w) ? -1 : /^next$/i.test(w) ? 1 : 0);

/** the season (of `year`, or the most recent one started by the reference) as a month range */
export function seasonRange(season: string, year: number): string {
  const s = SEASONS[season.toLowerCase()]!;
  const endYear = s.to < s.from ? year + 1 : year;
  return `${fmtMonth(year, s.from)}/${fmtMonth(endYear, s.to)}`;
}

export const parseRelative: DateParser = (ctx: ParseContext) => {
  const { text, ref } = ctx;
  const out: Candidate[] = [];
  const add = (m: RegExpMatchArray, f: () => Fixed, priority = 4, nullGrain: DateGrain = "unknown") => {
    const v = ref ? f() : { value: null, grain: nullGrain };
    out.push({ start: m.index!, end: m.index! + m[0].length, source: "relative", priority, value: v.value, grain: v.grain });
  };
  for (const m of DAY_WORDS.matchAll(text)) {
    const w = m[0].toLowerCase();
    const k = w.startsWith("yesterday") || w.startsWith("last") ? -1 : w.startsWith("tomorrow") ? 1 : 0;
    add(m, () => ({ value: fmtDay(addDays(ref!, k)), grain: "day" }), 4, "day");
  }
  for (const m of THIS_LAST_UNIT.matchAll(text)) {
    const unit = m[1]!.toLowerCase();
    const w = m[0].replace(/^the\s+/i, "").split(/\s+/)[0]!;
    // "the past week", "the past year": a range back from the reference, not the calendar unit
    if ((/^past$/i.test(w) && unit !== "weekend") || (unit === "decade" && dirOf(w) === -1)) add(m, () => pastRange(ref!, 1, unit));
    else if (unit === "decade") add(m, () => ({ value: null, grain: "unknown" }));
    else add(m, () => shifted(ref!, unit, dirOf(w)));
  }
  for (const m of LAST_WEEKDAY.matchAll(text)) {
    const k = dirOf(m[1]!);
    const wd = WEEKDAYS[m[2]!.toLowerCase()]!;
    add(m, () => {
      if (k === 1) {
        let t = addDays(ref!, 1);
        while (new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay() !== wd) t = addDays(t, 1);
        return { value: fmtDay(t), grain: "day" };
      }
      return { value: fmtDay(lookBackWeekday(ref!, wd, k === -1)), grain: "day" };
    }, 4, "day");
  }
  for (const m of LAST_MONTH_NAME.matchAll(text)) {
    const word = m[2]!.toLowerCase();
    const k = dirOf(m[1]!);
    if (word === "fall" && k !== -1 && !/^this$/i.test(m[1]!)) continue;
    if (!/^\p{Lu}/u.test(m[2]!) && MONTHS[word] !== undefined) continue;
    add(m, () => {
      const season = SEASONS[word];
      const month = season ? season.from : MONTHS[word]!;
      let y = ref!.y;
      if (k === -1) y = month < ref!.m ? ref!.y : ref!.y - 1;
      else if (k === 1) y = month > ref!.m ? ref!.y : ref!.y + 1;
      if (season) return { value: seasonRange(word, y), grain: "range" };
      return { value: fmtMonth(y, month), grain: "month" };
    });
  }
  for (const m of PAST_N.matchAll(text)) {
    const dir = m[1]!.toLowerCase();
    const n = countOf(m[2]!);
    const unit = unitOf(m[3]!);
    const back = /^(?:past|last|previous|prior)$/.test(dir);
    add(m, () => (back && n !== null ? pastRange(ref!, n, unit) : { value: null, grain: "unknown" }), 5);
  }
  for (const m of AGO.matchAll(text)) {
    const first = m[1]!;
    const unit = unitOf(m[2] ?? first);
    if (!m[2] && !/^(?:hours?|days?|weeks?|months?|years?|decades?)$/i.test(first)) continue;
    const n = m[2] ? countOf(first) : null;
    add(m, () => (n !== null ? ago(ref!, n, unit) : { value: null, grain: "unknown" }), 5);
  }
  for (const m of VAGUE_PERIODS.matchAll(text)) add(m, () => ({ value: null, grain: "unknown" }), 5);
  for (const m of AFTER.matchAll(text)) {
    if (/\s+on$/i.test(m[0])) continue;
    add(m, () => ({ value: null, grain: "unknown" }), 3);
  }
  for (const m of THE_WEEKEND.matchAll(text)) {
    add(m, () => {
      const sat = lookBackWeekday(ref!, 6);
      return { value: `${fmtDay(sat)}/${fmtDay(addDays(sat, 1))}`, grain: "range" };
    }, 3);
  }
  for (const m of SAME.matchAll(text)) add(m, () => ({ value: null, grain: "unknown" }), 3);
  return out;
};
