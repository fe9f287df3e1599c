// chrono-node as one parser among others: it finds named dates ("3 May", "Thursday, March 22",
// "May 2017", "last year", "5 a.m. on Friday"); we keep only the components it marks as known
// (what the text states) and resolve them ourselves with look-back. Numeric dates are left to numeric.ts.
// the English parsers only: the package's main entry also loads fifteen other locales (~0.15 s at start-up)
import type { ParsedComponents } from "chrono-node";
import { MONTH_NAMES, MONTHS, WEEKDAYS } from "../../data/date-words.js";
import { anchoredCasual } from "./anchored.js";
import { WordAnchoredPattern } from "./bounded.js";
import type { Candidate, DateParser, ParseContext, Stated } from "./types.js";

/** chrono needs a reference instant even when we have none; a fixed one keeps output deterministic */
const FALLBACK_REF = new Date(Date.UTC(2000, 0, 1, 12));

const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{8}\b/;
const LEAD = /^(?:[(\[]\s*|(?:on|in|at|from|since|by|until|till|during|the|of|before|after|around|about)\s+)+/i;
const TRAIL = /[\s,.;:()[\]]+$/;
/** a duration, not a point: "for 18 hours", "within 10 days", "about a year" (reported, value null) */
const DURATION = /^(?:(?:for|within|in|over|about|around|roughly|nearly|almost|approximately|up\s+to|more\s+than|less\s+than|at\s+least|another|the\s+next)\s+)*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|a\s+few|several|couple\s+of|a\s+couple\s+of)?[\s-]*(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|seconds?|mins?|secs?)$/i;
/** a leading weekday before the date it names: "Monday, October 1" is two mentions, as news annotators read it */
const LEADING_WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,\s*|\s+\(?|\s*\(\s*)(?=\d|[A-Z])/i;
/** a trailing "Now"/"now" that chrono glued on after an abbreviation ("on Wed. Now") */
const GLUED_NOW = /[\s,.]+now$/i;
/** chrono results that are relative to the reference rather than stated */
const RELATIVE_TAG = /relative|casual|timeunit|ago|later|deadline/i;
const NOT_DATES = /^(?:now|right now|year|month|week|day|weekend|hour|the second|second|a second|sec|noon|midnight|tonight|morning|afternoon|evening|night|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const WORD = /\p{L}+/gu;
const OF_LEAD = /^(?:the\s+)?(?:night|morning|afternoon|evening|end|beginning|start|middle|early\s+hours|first\s+days?|last\s+days?)\s+of\s+/i;
/** a result running over a sentence end ("18. The day before") */
const SENTENCE_BREAK = /(?:\d|\p{Ll}{3,})[.!?]\s+\p{Lu}/u;
const CLOCK = /\d:\d\d|\d\s*[ap]\.?m\b\.?|\b(?:noon|midnight)\b/i;

function statedOf(c: ParsedComponents): Stated {
  const s: Stated = {};
  if (c.isCertain("year")) s.year = c.get("year")!;
  if (c.isCertain("month")) s.month = c.get("month")!;
  if (c.isCertain("day")) s.day = c.get("day")!;
  if (c.isCertain("weekday")) s.weekday = c.get("weekday")!;
  if (c.isCertain("hour")) s.time = true;
  return s;
}

/** found from their first three letters, by the paragraph's one scan of date words (words.ts) */
const MONTH_NAME_RE = new WordAnchoredPattern(
  String.raw`(?<![\p{L}\p{N}_])`, `(?:${MONTH_NAMES.join("|")})`, String.raw`(?![\p{L}\p{N}_])`, "gu",
  { words: MONTH_NAMES.map((m) => m.slice(0, 3)), boundaryBefore: true }, 0,
);

/** Capitalised month names alone (chrono skips "May"); refine.ts drops those without a date-like context. */
export const parseMonthNames: DateParser = (ctx: ParseContext) =>
  [...MONTH_NAME_RE.matchAll(ctx.text)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, source: "month-name", priority: 0, stated: { month: MONTHS[m[0].toLowerCase()]! },
  }));

export const parseChrono: DateParser = (ctx: ParseContext) => {
  const out: Candidate[] = [];
  const ref = ctx.ref ? new Date(Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d, 12)) : FALLBACK_REF;
  const parseText = (input: string, offset: number, depth: number) => {
    for (const r of anchoredCasual.parse(input, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      let text = r.text;
      let start = r.index + offset;
      if (NUMERIC_DATE.test(text) || /^[\d\s./-]+$/.test(text) || SENTENCE_BREAK.test(text)) continue;
      text = text.replace(GLUED_NOW, "").replace(TRAIL, "");
      const lead = LEAD.exec(text);
      if (lead) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      // "the night of 3 May", "the end of last year": chrono reads the whole as a time of day or a day;
      // parse what follows alone (refine.ts takes the modifier back in without changing the grain)
      const of = depth === 0 ? OF_LEAD.exec(text) : null;
      if (of) {
        parseText(text.slice(of[0].length), start + of[0].length, 1);
        continue;
      }
      // abbreviations alone are other words: "the HR department" is not "the hour", "D.C" not a day
      if (!text || NOT_DATES.test(text) || /^\p{L}{1,3}$/u.test(text)) continue;
      const words = text.match(WORD) ?? [];
      // a lone month or weekday name must be capitalised ("march", "may" are words)
      if (words.length === 1 && !/\d/.test(text) && (MONTHS[words[0]!.toLowerCase()] !== undefined || WEEKDAYS[words[0]!.toLowerCase()] !== undefined)) {
        if (!/^\p{Lu}/u.test(words[0]!)) continue;
      }
      const tags = [...r.tags(), ...r.start.tags()].join(" ");
      const relative = RELATIVE_TAG.test(tags);
      const cand: Candidate = { start, end: start + text.length, source: "chrono", priority: 1 };
      const stated = statedOf(r.start);
      if (DURATION.test(text)) {
        if (/\b(?:minutes?|seconds?|mins?|secs?)$/i.test(text)) continue;
        out.push({ ...cand, value: null, grain: "unknown" });
        continue;
      }
      const wd = LEADING_WEEKDAY.exec(text);
      if (wd && stated.weekday !== undefined && (stated.month !== undefined || stated.day !== undefined)) {
        out.push({ start, end: start + wd[1]!.length, source: "chrono", priority: 1, stated });
        cand.start = start + wd[0].length;
      }
      if (relative) {
        if (!ctx.ref) {
          cand.value = null;
          cand.grain = "unknown";
        } else cand.stated = stated;
      } else cand.stated = stated;
      if (cand.stated && Object.keys(cand.stated).filter((k) => k !== "time").length === 0) {
        // a clock time alone ("2:00 pm", "5 a.m."): a time expression with no date stated
        if (!cand.stated.time || !CLOCK.test(text)) continue;
        cand.stated = undefined;
        cand.value = null;
        cand.grain = "unknown";
      }
      // "March to May": chrono's own range
      if (cand.stated && r.end) {
        const until = statedOf(r.end);
        if (until.month !== undefined || until.year !== undefined || until.weekday !== undefined || until.day !== undefined) {
          cand.until = until;
          cand.source = "chrono-range";
        }
      }
      out.push(cand);
    }
  };
  parseText(ctx.text, 0, 0);
  return out;
};
