// Impact figures: amounts of money (ransoms, losses, stolen funds) and counts (records, people affected).
// Patterns are built once from the lexicons of src/data/currencies.ts and src/data/incident-count-units.ts.
import type { AnalysedText } from "../analyse/analyse.js";
import { spanOf } from "../analyse/span.js";
import {
  AMOUNT_MULTIPLIERS, CURRENCY_CODES_BEFORE, CURRENCY_SYMBOLS, CURRENCY_WORDS_AFTER, NUMBER_WORDS, VAGUE_MAGNITUDES,
} from "../data/currencies.js";
import { COUNTRIES, demonymPlurals } from "../data/countries.js";
import { COUNT_FILLERS, COUNT_SIZE_UNITS, COUNT_UNIT_NOUNS } from "../data/incident-count-units.js";
import { BoundedPattern, TailAnchoredPattern } from "./dates/bounded.js";
import type { AmountMention, CountMention } from "./found.js";
import { escapeRegExp as esc } from "../analyse/lexicon.js";

const alt = (xs: readonly string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(esc).join("|");

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;
const MULT = `(?:\\s?(?:${alt(Object.keys(AMOUNT_MULTIPLIERS).filter((k) => k.length > 2))})|(?:${alt(Object.keys(AMOUNT_MULTIPLIERS).filter((k) => k.length <= 2))}))`;
const WORDNUM = alt(Object.keys(NUMBER_WORDS).filter((w) => w.length > 2));
const VAGUE = alt(Object.keys(VAGUE_MAGNITUDES));
const SYMBOLS = alt(CURRENCY_SYMBOLS.map((s) => s.symbol));
const CODES_BEFORE = alt(CURRENCY_CODES_BEFORE);
const WORDS_AFTER = alt(CURRENCY_WORDS_AFTER.flatMap((c) => c.names));

const SYMBOL_CODE = new Map(CURRENCY_SYMBOLS.map((s) => [s.symbol, s.code]));
const WORD_CODE = new Map(CURRENCY_WORDS_AFTER.flatMap((c) => c.names.map((n) => [n.toLowerCase(), c.code] as const)));

/** not inside a word, nor a number of a name's ("W-2 forms", "COVID-19 patients") */
const B = String.raw`(?<![\p{L}\p{N}_$£€]|\p{L}-)`;
const E = String.raw`(?![\p{L}\p{N}_]|[.,]\d)`;
/** "$4.4 million", "US$2.5m", "£1,000", "$150 USD" */
const SYMBOL_AMOUNT = new BoundedPattern(String.raw`(?<![\p{L}\p{N}_])`, `(${SYMBOLS})\\s?(${NUM})(${MULT})?(?:\\s(USD|US dollars))?`, E, "gu");
/** "USD 5,000", "EUR 20m" */
const CODE_AMOUNT = new BoundedPattern(B, `(${CODES_BEFORE})\\s?(${NUM})(${MULT})?`, E, "gu");
// the number before a currency word is costly to search for (digits or a number word anywhere); the currency
// word after a space is not, so these are found from it (TailAnchoredPattern)
/** what a number and its multiplier ("4.4 million", "four", "millions of") are made of */
const FIGURE_CHARS = String.raw`[\p{L}\p{N}.,\s]`;
/** "40 bitcoin", "four bitcoins", "1,000 rubles", "10 million dollars" */
const WORD_AMOUNT = new TailAnchoredPattern(B, `(${NUM}|${WORDNUM})(${MULT})?`, `\\s(?:of\\s)?(${WORDS_AFTER})`, E, "giu", FIGURE_CHARS);
/** "millions of dollars", "a few hundred dollars" */
const VAGUE_AMOUNT = new TailAnchoredPattern(B, `(${VAGUE})`, `\\s(?:of\\s)?(dollars|euros|pounds|bitcoins?)`, E, "giu", FIGURE_CHARS);

function numberValue(num: string, mult: string | undefined): number {
  const lower = num.toLowerCase();
  const base = lower in NUMBER_WORDS ? NUMBER_WORDS[lower]! : Number(num.replace(/,/g, ""));
  const m = mult?.trim();
  return m ? base * (AMOUNT_MULTIPLIERS[m] ?? AMOUNT_MULTIPLIERS[m.toLowerCase()] ?? 1) : base;
}

/**
 * The spans of the amounts of the text last searched: counts leave amounts alone, and the pipeline asks for
 * the counts of a text just after its amounts, so they are not searched twice.
 */
let lastAmounts: { text: string; spans: { start: number; end: number }[] } | null = null;

export function recogniseAmounts(doc: AnalysedText): AmountMention[] {
  const text = doc.text;
  const out: AmountMention[] = [];
  const taken = (s: number, e: number) => out.some((a) => a.span.start < e && s < a.span.end);
  const add = (start: number, end: number, value: number, currency: string | null) => {
    if (!Number.isFinite(value) || taken(start, end)) return;
    const span = spanOf(text, start, end);
    out.push({ value, currency, text: span.text, span });
  };
  for (const m of SYMBOL_AMOUNT.matchAll(text)) {
    add(m.index, m.index + m[0].length, numberValue(m[2]!, m[3]), SYMBOL_CODE.get(m[1]!) ?? null);
  }
  for (const m of CODE_AMOUNT.matchAll(text)) add(m.index, m.index + m[0].length, numberValue(m[2]!, m[3]), m[1]!);
  for (const m of VAGUE_AMOUNT.matchAll(text)) {
    const v = VAGUE_MAGNITUDES[m[1]!.toLowerCase()] ?? 0;
    add(m.index, m.index + m[0].length, v, WORD_CODE.get(m[2]!.toLowerCase()) ?? null);
  }
  for (const m of WORD_AMOUNT.matchAll(text)) {
    // "one dollar" is rarely an amount of interest; "a/an" are not in WORDNUM
    add(m.index, m.index + m[0].length, numberValue(m[1]!, m[2]), WORD_CODE.get(m[3]!.toLowerCase()) ?? null);
  }
  out.sort((a, b) => a.span.start - b.span.start);
  lastAmounts = { text, spans: out.map((a) => ({ start: a.span.start, end: a.span.end })) };
  return out;
}

/** what a count counts: the unit nouns, and the people of a country ("14,000 Argentinians", "50,000 Britons") */
const NOUNS = alt([...COUNT_UNIT_NOUNS, ...COUNTRIES.flatMap(demonymPlurals)]);
const SIZES = alt(COUNT_SIZE_UNITS);
const FILLER = alt(COUNT_FILLERS);
// the counts start with a number: found from it (the nouns after it make a pattern long to compile and search)
/** "9.4 million passengers", "500 million user records", "550,000 to 1.1 million customers"; a word between number and
 *  noun does not end with a full stop, which may end the sentence ("9.4 million customers. Amid calls ...") */
const NOUN_COUNT = new BoundedPattern(
  B,
  `(${NUM})(${MULT})?((?:\\s(?:to|and|or|-)\\s${NUM}(?:${MULT})?)?)((?:\\s(?:${FILLER}|(?!(?:and|or|to|than|from|in|on|at|by|for|with|per|were|was|are|is|had|have|has)\\s)\\p{L}(?:[\\p{L}.'’-]*[\\p{L}'’-])?)){0,3})\\s(${NOUNS})`,
  E,
  "giu",
  NUM,
);
/** "43 TB", "900GB" */
const SIZE_COUNT = new BoundedPattern(B, `(${NUM})\\s?(${SIZES})`, E, "gu", NUM);
/** "2.9 million" or "1 billion" on its own */
const BIG_COUNT = new BoundedPattern(B, `(${NUM})\\s(million|billion)`, E, "gu", NUM);
const NOT_A_COUNT = /^\s*(?:%|percent|per cent|years?|months?|days?|hours?|minutes?|times)\b/i;

export function recogniseCounts(doc: AnalysedText): CountMention[] {
  const text = doc.text;
  if (lastAmounts?.text !== text) recogniseAmounts(doc);
  const amounts = lastAmounts!.spans;
  const out: CountMention[] = [];
  const taken = (s: number, e: number) =>
    out.some((a) => a.span.start < e && s < a.span.end) || amounts.some((a) => a.start < e && s < a.end);
  const add = (start: number, end: number, value: number, unit: string | null) => {
    if (!Number.isFinite(value) || taken(start, end)) return;
    const before = text.slice(Math.max(0, start - 1), start);
    if (/[$£€¥#]/.test(before)) return;
    const span = spanOf(text, start, end);
    out.push({ value, unit, text: span.text, span });
  };
  for (const m of SIZE_COUNT.matchAll(text)) add(m.index, m.index + m[0].length, Number(m[1]!.replace(/,/g, "")), m[2]!);
  for (const m of NOUN_COUNT.matchAll(text)) {
    const value = numberValue(m[1]!, m[2]);
    if (/^(?:19|20)\d\d$/.test(m[1]!) && !m[2]) continue; // a year, not a figure
    add(m.index, m.index + m[0].length, value, m[5]!.toLowerCase());
  }
  for (const m of BIG_COUNT.matchAll(text)) {
    if (NOT_A_COUNT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    add(m.index, m.index + m[0].length, numberValue(m[1]!, m[2]), null);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
