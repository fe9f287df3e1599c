// "the same day", "the following day": a day named by the date stated just before it ("He authorised the payment on
// May 7, the same day the attack ..."). Takes the value of the nearest earlier date of a single day within
// ANAPHORA_REACH, shifted by the offset the words say; with none that near, the value stays null.
import type { DateMention } from "../../record/schema.js";
import { addDays, parseIsoDay } from "./calendar.js";

/** How far back (UTF-16 units) the antecedent may stand: about two sentences. */
const ANAPHORA_REACH = 400;
const SAME_DAY = /^(?:on\s+|later\s+|earlier\s+)?(?:the\s+)?same\s+day$|^(?:later\s+|earlier\s+)?that\s+day$/i;
const NEXT_DAY = /^(?:on\s+)?the\s+(?:following|next)\s+day$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, "0");

export function resolveDayAnaphora(dates: DateMention[]): DateMention[] {
  return dates.map((d, i) => {
    if (d.value !== null) return d;
    const offset = SAME_DAY.test(d.text) ? 0 : NEXT_DAY.test(d.text) ? 1 : null;
    if (offset === null) return d;
    for (let j = i - 1; j >= 0 && d.start - dates[j]!.end <= ANAPHORA_REACH; j--) {
      const a = dates[j]!;
      if (a.value === null) continue;
      const day = ISO_DAY.test(a.value) ? parseIsoDay(a.value) : null;
      if (!day) return d; // the nearest stated date is not one day: no value
      const t = addDays(day, offset);
      return { ...d, value: `${t.y}-${pad(t.m)}-${pad(t.d)}`, grain: "day" };
    }
    return d;
  });
}
