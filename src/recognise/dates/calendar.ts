// Calendar arithmetic on plain year-month-day triples (UTC, no clock, no time zone), and ISO formatting.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2024-05-03" to a triple; null for null or anything else */
export function parseIsoDay(s: string | null): Ymd | null {
  const m = s ? ISO_DAY.exec(s) : null;
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday */
export function weekdayOf(t: Ymd): number {
  return new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
}

export function addDays(t: Ymd, n: number): Ymd {
  const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n));
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

/** the month n months away, as {y, m} */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

const p2 = (n: number) => String(n).padStart(2, "0");
export const fmtYear = (y: number) => String(y).padStart(4, "0");
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${p2(m)}`;
export const fmtDay = (t: Ymd) => `${fmtYear(t.y)}-${p2(t.m)}-${p2(t.d)}`;

/** the year of the most recent (month, day) on or before the reference */
export function lookBackYear(ref: Ymd, m: number, d = 1): number {
  return m < ref.m || (m === ref.m && d <= ref.d) ? ref.y : ref.y - 1;
}

/** the most recent given weekday on or before the reference (strictly before when `strict`) */
export function lookBackWeekday(ref: Ymd, wd: number, strict = false): Ymd {
  let back = (weekdayOf(ref) - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** Monday to Sunday of the week holding the day, as a range value */
export function weekRange(t: Ymd): string {
  const monday = addDays(t, -((weekdayOf(t) + 6) % 7));
  return `${fmtDay(monday)}/${fmtDay(addDays(monday, 6))}`;
}
