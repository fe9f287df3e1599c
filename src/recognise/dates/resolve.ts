// Resolution: what a text states, plus the reference date, to an ISO value at the stated grain.
// News looks back: a month or weekday without a year is the most recent one on or before the reference; a day of the
// month in the coming month is this year's.
import type { DateGrain } from "../../record/schema.js";
import {
  fmtDay, fmtMonth, fmtYear, isValidDay, lookBackWeekday, lookBackYear, weekdayOf, type Ymd,
} from "./calendar.js";
import type { Candidate, Stated } from "./types.js";

export interface Resolved {
  value: string | null;
  grain: DateGrain;
  /** the resolved year, for ranges that borrow it */
  year?: number;
}

/** the grain the statement has, whether or not it can be resolved */
export function statedGrain(s: Stated): DateGrain {
  if (s.day !== undefined || (s.weekday !== undefined && s.month === undefined)) return s.time ? "datetime" : "day";
  if (s.month !== undefined) return "month";
  if (s.year !== undefined) return "year";
  return "unknown";
}

/** How far ahead of the reference a day without a year may be and still fall in the reference's year. */
const DAYS_AHEAD = 31;

/** a year for a day or month without one: stated weekday picks among recent years, else look back */
function yearFor(s: Stated, ref: Ymd): number {
  const m = s.month!;
  const d = s.day ?? 1;
  let y = s.day === undefined
    ? (s.strict ? (m < ref.m ? ref.y : ref.y - 1) : lookBackYear(ref, m, 1))
    : lookBackYear(ref, m, d);
  // ... except a day in the weeks just ahead, which is a date announced, not one gone by a year ago ("ordered agencies
  // to patch by June 23" in a story of June 7)
  // (also across the turn of the year: "by January 5" in a story of December 20)
  if (s.day !== undefined && !s.strict && s.weekday === undefined) {
    for (const year of [ref.y, ref.y + 1]) {
      if (year <= y || !isValidDay(year, m, d)) continue;
      const ahead = (Date.UTC(year, m - 1, d) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86_400_000;
      if (ahead > 0 && ahead <= DAYS_AHEAD) { y = year; break; }
    }
  }
  if (s.strict && s.day !== undefined && m === ref.m && d === ref.d) y--;
  if (s.weekday !== undefined && s.day !== undefined) {
    // the stated weekday picks the year: the looked-back one, the next (an announced date), or an earlier one
    for (const k of [0, 1, -1, -2, -3, -4, -5, -6]) {
      if (s.strict && k === 1) continue;
      if (isValidDay(y + k, m, d) && weekdayOf({ y: y + k, m, d }) === s.weekday) return y + k;
    }
  }
  return y;
}

export function resolveStated(s: Stated, ref: Ymd | null): Resolved {
  const grain = statedGrain(s);
  if (s.month !== undefined) {
    const y = s.year ?? (ref ? yearFor(s, ref) : undefined);
    if (y === undefined) return { value: null, grain };
    if (s.day !== undefined) {
      return isValidDay(y, s.month, s.day) ? { value: fmtDay({ y, m: s.month, d: s.day }), grain, year: y } : { value: null, grain };
    }
    return { value: fmtMonth(y, s.month), grain, year: y };
  }
  if (s.weekday !== undefined) {
    if (!ref) return { value: null, grain };
    const t = lookBackWeekday(ref, s.weekday, s.strict);
    return { value: fmtDay(t), grain, year: t.y };
  }
  if (s.year !== undefined) return { value: fmtYear(s.year), grain: "year", year: s.year };
  return { value: null, grain: "unknown" };
}

/** the value of a candidate: its own, its statement's, or a range of two statements */
export function resolveCandidate(c: Candidate, ref: Ymd | null): Resolved {
  if (c.value !== undefined) return { value: c.value, grain: c.grain ?? (c.value ? "day" : "unknown") };
  if (!c.stated) return { value: null, grain: c.grain ?? "unknown" };
  if (!c.until) return resolveStated(c.stated, ref);
  const b = resolveStated(c.until, ref);
  let a: Resolved;
  if (c.stated.year === undefined && c.stated.month !== undefined && b.year !== undefined) {
    const endMonth = c.until.month ?? 12;
    a = resolveStated({ ...c.stated, year: c.stated.month <= endMonth ? b.year : b.year - 1 }, ref);
  } else a = resolveStated(c.stated, ref);
  // a range that ends before it starts was resolved wrongly: no value rather than a wrong one
  const ordered = a.value && b.value && a.value.slice(0, b.value.length) <= b.value;
  return { value: ordered ? `${a.value}/${b.value}` : null, grain: "range" };
}
