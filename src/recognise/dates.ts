// Dates and times: chrono-node with the publication date as reference, plus the news expressions it misses.
// Design (chrono's): small parsers each find candidates (dates/chrono.ts, numeric.ts, relative.ts,
// periods.ts), refiners filter, choose and merge them (dates/refine.ts), and resolve.ts turns what the
// text states into an ISO value at the stated grain, looking back from the reference date.
//
// Values: "2024-05-03" (day; also for a stated date with a clock time, grain "datetime"), "2024-05"
// (month), "2024" (year), or a range "a/b" (weeks, quarters, seasons, "the past 18 months",
// "between April and September"). Expressions with no definite value ("recent weeks", "a few days
// ago", "three months later") and every relative expression without a reference
// date are reported with value null. "this morning", "tonight" are the reference day; "the past week" is
// the range from seven days before the reference to it; "the same day", "the next day" take the day stated just before
// them (dates/anaphora.ts). Durations of an hour or more ("72 hours", "for years") are reported
// with value null and grain "unknown"; minutes and seconds are not dates.
import type { AnalysedText } from "../analyse/analyse.js";
import type { DateMention } from "../record/schema.js";
import { parseIsoDay } from "./dates/calendar.js";
import { parseChrono, parseMonthNames } from "./dates/chrono.js";
import { resolveDayAnaphora } from "./dates/anaphora.js";
import { parseDurations } from "./dates/durations.js";
import { parseNumericDates, textIsDayFirst } from "./dates/numeric.js";
import { parsePeriods } from "./dates/periods.js";
import { chooseAmongOverlaps, dropAmbiguous, dropUpdateStamps, mergeMonthYear, mergeRanges, takeModifiers } from "./dates/refine.js";
import { parseRelative } from "./dates/relative.js";
import { resolveCandidate } from "./dates/resolve.js";
import type { Candidate, DateParser, ParseContext } from "./dates/types.js";

const PARSERS: readonly DateParser[] = [parseChrono, parseMonthNames, parseNumericDates, parseRelative, parsePeriods, parseDurations];

/** Every date and time expression of the text, sorted, not overlapping, resolved against `referenceDate` (YYYY-MM-DD or null). */
export function recogniseDates(doc: AnalysedText, referenceDate: string | null): DateMention[] {
  const ctx: ParseContext = { text: doc.text, ref: parseIsoDay(referenceDate), dayFirst: textIsDayFirst(doc.text) };
  let cands: Candidate[] = [];
  // paragraph by paragraph, so that no parser joins words across a paragraph break
  for (const p of doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: doc.text.length }]) {
    const part: ParseContext = { ...ctx, text: doc.text.slice(p.start, p.end) };
    for (const parse of PARSERS) {
      for (const c of parse(part)) cands.push({ ...c, start: c.start + p.start, end: c.end + p.start });
    }
  }
  cands = dropAmbiguous(ctx, cands);
  cands = dropUpdateStamps(ctx, cands);
  cands = chooseAmongOverlaps(cands);
  cands = mergeMonthYear(ctx, cands);
  cands = mergeRanges(ctx, cands);
  cands = takeModifiers(ctx, cands);
  return resolveDayAnaphora(cands.map((c) => {
    const r = resolveCandidate(c, ctx.ref);
    return { text: doc.text.slice(c.start, c.end), value: r.value, grain: r.grain, start: c.start, end: c.end };
  }));
}
