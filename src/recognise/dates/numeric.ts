// Numeric dates: ISO 2024-05-03 (and 2024/05/03), compact 20240503, dotted 03.05.2024 (always day first), and
// slashed 05/03/2024 (month first unless the text's own unambiguous dates say day first),
// each with an optional clock time after it.
import { BoundedPattern } from "./bounded.js";
import { isValidDay } from "./calendar.js";
import type { Candidate, DateParser, ParseContext } from "./types.js";

const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:UTC|GMT|CET|CEST|EST|EDT|PST|PDT|BST))?)?`;
/** no letter, digit, dot, slash or hyphen before: not inside a longer number, version or path */
const B = String.raw`(?<![\p{L}\p{N}_./-])`;
const E = String.raw`(?![\p{L}\p{N}_]|[./-]\d)`;
const ISO_RE = new BoundedPattern(B, String.raw`(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?`, E + TIME, "gu");
const YMD_RE = new BoundedPattern(B, String.raw`(\d{4})([/.])(\d{1,2})\2(\d{1,2})`, E + TIME, "gu");
const COMPACT_RE = new BoundedPattern(B, String.raw`((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])`, E, "gu");
const DMY_RE = new BoundedPattern(B, String.raw`(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})`, E + TIME, "gu");
const EVIDENCE_RE = new BoundedPattern(B, String.raw`(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})`, E, "gu");

const VERSION_BEFORE = /\b(?:version|ver|v|release|build|firmware|update)\.?\s*$/i;

const fullYear = (s: string) => (s.length === 4 ? Number(s) : Number(s) < 50 ? 2000 + Number(s) : 1900 + Number(s));

/** True when the text's unambiguous numeric dates are day first (13/05/2024, or dotted 03.05.2024). */
export function textIsDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of EVIDENCE_RE.matchAll(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (m[2] === ".") dayFirst++;
    else if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  return dayFirst > monthFirst;
}

export const parseNumericDates: DateParser = (ctx: ParseContext) => {
  const out: Candidate[] = [];
  const push = (m: RegExpMatchArray, y: number, mo: number, d: number, priority: number) => {
    if (!isValidDay(y, mo, d) || y < 1900 || y > 2100) return;
    const time = /\d:\d\d/.test(m[0].slice(m[0].indexOf(String(d)) + 1)) || /T\d\d:/.test(m[0]);
    out.push({ start: m.index!, end: m.index! + m[0].length, source: "numeric", priority, stated: { year: y, month: mo, day: d, time } });
  };
  for (const m of ISO_RE.matchAll(ctx.text)) push(m, Number(m[1]), Number(m[2]), Number(m[3]), 3);
  for (const m of YMD_RE.matchAll(ctx.text)) {
    // "2018.1.2" is a version number; a dotted year-first date writes two-digit month and day
    if (m[2] === "." && (m[3]!.length !== 2 || m[4]!.length !== 2)) continue;
    if (VERSION_BEFORE.test(ctx.text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    push(m, Number(m[1]), Number(m[3]), Number(m[4]), 3);
  }
  for (const m of COMPACT_RE.matchAll(ctx.text)) push(m, Number(m[1]), Number(m[2]), Number(m[3]), 1);
  for (const m of DMY_RE.matchAll(ctx.text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4]!);
    // short years only in the two-digit form (03.05.24): "2.5.17" is a version number
    if (m[4]!.length !== 4 && (m[2] === "-" || m[1]!.length !== 2 || m[3]!.length !== 2)) continue;
    if (VERSION_BEFORE.test(ctx.text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    const dayFirst = m[2] === "." || a > 12 || (b <= 12 && ctx.dayFirst);
    push(m, y, dayFirst ? b : a, dayFirst ? a : b, 3);
  }
  return out;
};
