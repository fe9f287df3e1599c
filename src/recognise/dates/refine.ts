// Refiners, chrono-style: filter what is not a date, choose among overlapping candidates,
// merge neighbours ("October" + "last year", "between April" + "and September"), and take in
// modifiers ("early March", "mid-2017", "Friday afternoon").
import { AMBIGUOUS_MONTHS } from "../../data/date-words.js";
import type { Candidate, ParseContext } from "./types.js";

const len = (c: Candidate) => c.end - c.start;
const overlap = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;

/** context that makes a lone "May", "March" or "August" a month */
const MONTH_BEFORE = /(?:\b(?:in|since|until|till|by|from|through|to|and|or|of|early|late|mid|last|next|this|between|before|after|during|end|beginning|start|middle|on|as\s+of|earlier|later)\s*-?\s*|\bmid-)$/i;
const MONTH_AFTER = /^\s*(?:,\s*)?(?:\d|last\b|this\b|next\b|of\b)/i;

/** Drops lone ambiguous month names without a date-like context ("May" the verb or name, "a march"). */
export function dropAmbiguous(ctx: ParseContext, cands: Candidate[]): Candidate[] {
  return cands.filter((c) => {
    const text = ctx.text.slice(c.start, c.end);
    if (!AMBIGUOUS_MONTHS.has(text.toLowerCase())) return true;
    const before = ctx.text.slice(Math.max(0, c.start - 20), c.start);
    const after = ctx.text.slice(c.end, c.end + 12);
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;
    // "March", "August" capitalised are months; "May" also a name ("Theresa May") and a modal ("May be")
    if (text !== "May") return /^\p{Lu}/u.test(text) && !NAME_BEFORE.test(before);
    return !NAME_BEFORE.test(before) && !MODAL_AFTER.test(after) && /(?:^|[.!?:;]\s*|\n\s*)$/.test(before);
  });
}

/** A page's update stamp just before: "(updated on 03.05.2024)", "Last updated: 5 May", "| Updated 10:32": the page
 *  was edited then, nothing happened. Only set off as page furniture (an opening bracket, a line start, a
 *  separator): "the firmware was updated on 5 May" is a date of the story. */
const UPDATE_STAMP_BEFORE = /(?:^|\n|\(|[|·•]\s*)\s*(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s*:?\s*$/i;

/** Drops the dates of update stamps, and every candidate within one ("May 2024" of "updated: 3 May 2024"). */
export function dropUpdateStamps(ctx: ParseContext, cands: Candidate[]): Candidate[] {
  const stamps = cands.filter((c) => UPDATE_STAMP_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 30), c.start)));
  return stamps.length ? cands.filter((c) => !stamps.some((s) => overlap(s, c))) : cands;
}

/** a capitalised word just before: part of a name ("Theresa May", "Operation March") */
const NAME_BEFORE = /(?<![\p{L}])(?!(?:The|A|An|Its|Their|His|Her|Our|Each|Every|That|Since|Until|During|From|Before|After|Early|Late|Last|Next|This)\s)\p{Lu}[\p{L}'’-]*\s+$/u;
/** "May be", "May have", "May not": the modal verb at the start of a sentence */
const MODAL_AFTER = /^\s+(?:be|have|not|also|well|still|need|want|take|get|make|come|go|seem|result|help|cause|affect|include|contain|allow|I|we|you|they)\b/i;

/** Keeps the longest of overlapping candidates (then the higher priority); a chrono result that joins two relative expressions of ours ("past week, this morning") gives way to them. */
export function chooseAmongOverlaps(cands: Candidate[]): Candidate[] {
  const own = cands.filter((c) => c.source === "relative" || c.source === "duration");
  const pool = cands.filter((c) => c.source !== "chrono" || own.filter((o) => overlap(o, c)).length < 2);
  const sorted = [...pool].sort((a, b) => len(b) - len(a) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => overlap(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const MONTH_YEAR_GAP = /^\s*,?\s*(?:of\s+)?$/i;

/** "October last year", "November of 2015", "December 12, last year": the month takes the year. */
export function mergeMonthYear(ctx: ParseContext, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && a.stated && !a.until && a.stated.month !== undefined && a.stated.year === undefined && MONTH_YEAR_GAP.test(ctx.text.slice(a.end, b.start))) {
      const year = b.stated && !b.until && b.stated.month === undefined && b.stated.year !== undefined && b.stated.weekday === undefined
        ? b.stated.year
        : b.value !== undefined && b.grain === "year" ? (b.value === null ? null : Number(b.value)) : undefined;
      if (year !== undefined) {
        const merged: Candidate = { ...a, end: b.end, source: `${a.source}+year` };
        if (year === null) {
          merged.value = null;
          merged.grain = a.stated.day !== undefined ? "day" : "month";
        } else merged.stated = { ...a.stated, year };
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const RANGE_GAP = /^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/i;
const RANGE_LEAD = /\b(between|from)\s+$/i;

/** "between April and September", "from 2015 to 2016", "August to December 2016": one range. */
export function mergeRanges(ctx: ParseContext, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const calendarish = (c: Candidate) => !!c.stated && !c.until && c.value === undefined && (c.stated.month !== undefined || c.stated.year !== undefined);
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && calendarish(a) && calendarish(b)) {
      const gap = ctx.text.slice(a.end, b.start);
      const lead = RANGE_LEAD.exec(ctx.text.slice(Math.max(0, a.start - 10), a.start));
      const isAnd = /^\s*and\s*$/i.test(gap);
      const sameKind = (a.stated!.month === undefined) === (b.stated!.month === undefined);
      if (RANGE_GAP.test(gap) && (lead || (!isAnd && sameKind))) {
        const start = lead ? a.start - lead[0].length : a.start;
        out.push({ start, end: b.end, source: "range", priority: 5, stated: a.stated, until: b.stated });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const MODIFIER_BEFORE = /(?:\b(?:(?:very\s+)?early|earlier|late|later|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of|(?:the\s+)?(?:night|morning|afternoon|evening|early\s+hours)\s+of|the\s+(?:first|second|third|fourth|last|final)\s+(?:few\s+)?(?:week|weeks|days|month|months)\s+of|the\s+first\s+(?:\p{L}+\s+)?(?:days|weeks|months)\s+of(?:\s+the\s+year)?)\s+(?:on\s+|in\s+)?|\b[Mm]id-)$/iu;
/**
 * What every modifier ends with, tested first as a look-behind at the candidate (cheap: read backwards from
 * there, where MODIFIER_BEFORE is tried at every position of the 60 characters before it).
 */
const MODIFIER_END = /(?<=(?:early|earlier|late|later|mid|of|year|on|in)\s+|mid-)/iuy;
const PART_OF_DAY_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;

/** Takes in modifiers that narrow without changing the stated grain: "early March", "mid-2017", "Friday afternoon". */
export function takeModifiers(ctx: ParseContext, cands: Candidate[]): Candidate[] {
  return cands.map((c, i) => {
    let { start, end } = c;
    const prevEnd = i > 0 ? cands[i - 1]!.end : 0;
    MODIFIER_END.lastIndex = start;
    const m = MODIFIER_END.test(ctx.text) ? MODIFIER_BEFORE.exec(ctx.text.slice(Math.max(prevEnd, start - 60), start)) : null;
    if (m) start -= m[0].length;
    const next = cands[i + 1];
    const isDay = c.grain === "day" || (c.stated && (c.stated.day !== undefined || c.stated.weekday !== undefined) && !c.until);
    const p = isDay ? PART_OF_DAY_AFTER.exec(ctx.text.slice(end, end + 15)) : null;
    if (p && (!next || next.start >= end + p[0].length)) end += p[0].length;
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
}
