// Periods chrono does not know: bare years ("in 2022"), year ranges ("2017-2018"), quarters
// ("Q3 2018", "the first quarter of 2016"), halves ("the first half of 2019", "H1 2019"),
// and seasons ("summer 2018", "last fall" is relative.ts).
import { ORDINALS, SEASONS, YEAR_PRODUCTS } from "../../data/date-words.js";
import { fmtMonth, lookBackYear } from "./calendar.js";
import { BoundedPattern, TailAnchoredPattern, WordAnchoredPattern } from "./bounded.js";
import { seasonRange } from "./relative.js";
import type { Candidate, DateParser, ParseContext } from "./types.js";

const B = String.raw`(?:(?<=[Mm]id-)|(?<![\p{L}\p{N}_$€£¥#@./-]))`;
const E = String.raw`(?![\p{L}\p{N}_%]|[.,/-]\d)`;
/** a word boundary before and after (\b is ASCII only) */
const WB = String.raw`(?<![\p{L}\p{N}_])`;
const WE = String.raw`(?![\p{L}\p{N}_])`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const YEAR_RE = new BoundedPattern(B, `(${YEAR})(?:\\s*(?:-|–|—|/|to)\\s*(${YEAR}|\\d\\d))?`, E, "gu");
/** "the 1990s", "the early 2000s" */
const DECADE_RE = new TailAnchoredPattern(WB, String.raw`(?:the\s+(?:(?:early|mid|late)[\s-]+)?)?`, String.raw`((?:1[89]|20)[0-9]0)['’]?s`, WE, "gu", String.raw`[\p{L}\s-]`);
const ORDINAL = Object.keys(ORDINALS).join("|");
const QUARTER_RE = new BoundedPattern(
  WB,
  String.raw`(?:(?:the\s+)?(${ORDINAL})\s+(?:fiscal\s+)?quarter(?:\s+of)?(?:\s+(?:fiscal\s+)?(?:the\s+year\s+)?(${YEAR}))?|Q([1-4])(?:\s+|-|')?((?:${YEAR})|\d\d)?)`,
  WE,
  "giu",
);
const HALF_RE = new BoundedPattern(
  WB,
  String.raw`(?:(?:the\s+)?(first|second|1st|2nd|latter)\s+half\s+of(?:\s+the\s+year)?\s+(${YEAR})|H([12])\s+(${YEAR}))`,
  WE,
  "giu",
);
const SEASON_RE = new WordAnchoredPattern(
  WB, String.raw`(${Object.keys(SEASONS).join("|")})(?:\s+(?:of\s+)?(${YEAR}))?`, WE, "giu",
  { words: Object.keys(SEASONS), boundaryBefore: true, boundaryAfter: true }, 0,
);
// What every match of the quarter and half patterns contains (src/analyse/prefilter.ts): their bodies start
// with an ordinal, which the engine cannot skip to, and most paragraphs name no quarter or half.
const NEEDS = { quarter: /quarter|q[1-4]/iu, half: /half|h[12]/iu };
const SEASON_CONTEXT = /(?:\b(?:in|during|over|the|this|early|late|mid|since|until|by|of)\s+|-)$/i;
/** quantities are not years: "more than 2000 customers" */
const QUANTITY_BEFORE = /(?:\b(?:over|than|nearly|about|some|approximately|around|almost|up\s+to|at\s+least|roughly|only|just|all|top)\s+)$/i;
const YEAR_CONTEXT_BEFORE = /(?:\b(?:in|since|until|till|during|from|of|by|before|after|between|and|through|early|late|mid|end|spring|summer|autumn|fall|winter|year|fiscal|FY|January|February|March|April|May|June|July|August|September|October|November|December)\s*[-,]?\s*)$/i;
const NOUN_AFTER = /^\s+(?:people|persons|users|customers|clients|records|accounts|employees|staff|devices|computers|machines|servers|files|emails|patients|members|students|victims|sites|websites|attacks|times|companies|organi[sz]ations|businesses|banks|systems|points|pages|documents|passwords|credentials|cards|hosts|ips|addresses|euros|dollars|pounds|bitcoins?|btc|rows|entries|of)\b/i;
const PRODUCT_BEFORE = /([\p{L}]+)\s*$/u;

function isYearContext(text: string, start: number, end: number, maxYear: number, year: number): boolean {
  if (year > maxYear) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (NOUN_AFTER.test(after)) return false;
  const prev = PRODUCT_BEFORE.exec(before);
  if (prev && YEAR_PRODUCTS.has(prev[1]!.toLowerCase())) return false;
  if (/:\s*$/.test(before) && /^:\d/.test(after)) return false;
  if (QUANTITY_BEFORE.test(before) && !YEAR_CONTEXT_BEFORE.test(before)) return false;
  return true;
}

export const parsePeriods: DateParser = (ctx: ParseContext) => {
  const { text, ref } = ctx;
  const out: Candidate[] = [];
  for (const m of DECADE_RE.matchAll(text)) {
    const y = Number(m[1]);
    out.push({ start: m.index!, end: m.index! + m[0].length, source: "decade", priority: 3, value: `${y}/${y + 9}`, grain: "range" });
  }
  const maxYear = ref ? ref.y + 1 : 2100;
  for (const m of YEAR_RE.matchAll(text)) {
    const start = m.index!;
    const end = start + m[0].length;
    const y = Number(m[1]);
    if (!isYearContext(text, start, end, maxYear, y)) continue;
    if (m[2]) {
      const y2 = m[2].length === 2 ? Math.floor(y / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (y2 > y && y2 - y <= 50) {
        out.push({ start, end, source: "year-range", priority: 3, stated: { year: y }, until: { year: y2 } });
        continue;
      }
      if (m[2].length === 2) continue;
    }
    const yEnd = start + m[1]!.length;
    out.push({ start, end: yEnd, source: "year", priority: 2, stated: { year: y } });
  }
  for (const m of QUARTER_RE.matchAll(text, NEEDS.quarter)) {
    const q = m[1] ? ORDINALS[m[1].toLowerCase()]! : Number(m[3]);
    let ys = m[2] ?? m[4];
    if (m[1] && !ys && !/quarter/i.test(m[0])) continue;
    let y: number | null = ys ? (ys.length === 2 ? 2000 + Number(ys) : Number(ys)) : null;
    if (y === null && ref) y = lookBackYear(ref, (q - 1) * 3 + 1);
    const from = (q - 1) * 3 + 1;
    out.push({
      start: m.index!, end: m.index! + m[0].length, source: "quarter", priority: 4,
      value: y === null ? null : `${fmtMonth(y, from)}/${fmtMonth(y, from + 2)}`, grain: "quarter",
    });
  }
  for (const m of HALF_RE.matchAll(text, NEEDS.half)) {
    const h = m[1] ? (/^(?:first|1st)$/i.test(m[1]) ? 1 : 2) : Number(m[3]);
    const y = Number(m[2] ?? m[4]);
    out.push({
      start: m.index!, end: m.index! + m[0].length, source: "half", priority: 4,
      value: h === 1 ? `${fmtMonth(y, 1)}/${fmtMonth(y, 6)}` : `${fmtMonth(y, 7)}/${fmtMonth(y, 12)}`, grain: "range",
    });
  }
  for (const m of SEASON_RE.matchAll(text)) {
    const season = m[1]!.toLowerCase();
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    if (!m[2] && !SEASON_CONTEXT.test(before)) continue;
    if (season === "fall" && !m[2] && !/\b(?:the|this|last|in|of)\s+$/i.test(before)) continue;
    let value: string | null = null;
    if (m[2]) value = seasonRange(season, Number(m[2]));
    else if (ref) {
      const from = SEASONS[season]!.from;
      value = seasonRange(season, from <= ref.m ? ref.y : ref.y - 1);
    }
    out.push({ start: m.index!, end: m.index! + m[0].length, source: "season", priority: 2, value, grain: "range" });
  }
  return out;
};
