// "the same day", "the following day": a day named by the date stated just before it ("He authorised the payment on
// May 7, the same day the attack ..."). Takes the value of the nearest earlier date of a single day within
// ANAPHORA_REACH, shifted by the offset the words say; with none that near, the value stays null.
import type { DateMention } from "../../record/schema.js";
import { addDays, fmtDay, parseIsoDay } from "./calendar.js";

/** How far back (UTF-16 units) the antecedent may stand: about two sentences. */
const ANAPHORA_REACH = 400;
const SAME_DAY = /^(?:on\s+|later\s+|earlier\s+)?(?:the\s+)?same\s+day$|^(?:later\s+|earlier\s+)?that\s+day$/i;
const NEXT_DAY = /^(?:on\s+)?the\s+(?:following|next)\s+day$/i;

export function resolveDayAnaphora(dates: DateMention[]): DateMention[] {
  // in text order, each looking back at the values already resolved: "... on May 7. The next day ... The next day ..."
  const out: DateMention[] = [];
  for (const d of dates) out.push(resolveOne(d, out));
  return out;
}

function resolveOne(d: DateMention, before: readonly DateMention[]): DateMention {
  if (d.value !== null) return d;
  const offset = SAME_DAY.test(d.text) ? 0 : NEXT_DAY.test(d.text) ? 1 : null;
  if (offset === null) return d;
  for (let j = before.length - 1; j >= 0 && d.start - before[j]!.end <= ANAPHORA_REACH; j--) {
    const a = before[j]!;
    if (a.value === null) continue;
    const day = parseIsoDay(a.value);
    if (!day) return d; // the nearest stated date is not one day: no value
    return { ...d, value: fmtDay(addDays(day, offset)), grain: "day" };
  }
  return d;
}
