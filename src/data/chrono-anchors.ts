// Where each of chrono-node's English parsers can match (src/recognise/dates/anchored.ts): a word or
// character its pattern cannot match without (the anchor), and how far before the anchor a match can start.
// Source: the patterns of chrono-node 2.10.3, dist/esm/locales/en/parsers/*.js and
// dist/esm/common/parsers/*.js, as built by configuration.createCasualConfiguration(). Each entry holds the
// fingerprint of the pattern it was worked out for; a parser whose pattern differs runs unanchored.

import type { WordList } from "../recognise/dates/words.js";

export interface ChronoAnchoring {
  /** the parser's class name */
  parser: string;
  /** fingerprint (anchored.ts) of the pattern this was worked out for */
  fingerprint: string;
  /** what every match of the parser holds: one of these words, or the first digit of a number */
  anchor: WordList | "number";
  /**
   * how far before its anchor a match can start: the number of characters other than white space
   * (white space runs are unbounded in the patterns), or "run": any number of [A-Za-z0-9.,] and white space
   */
  reach: number | "run";
  /**
   * how the pattern starts, away from the start of the string: "(\W|^)" (a non-word character), "([^\d]|^)"
   * (a non-digit) or "(^|\s|T|\b)" (white space, a "T" or a word boundary)
   */
  lead: "nonword" | "nondigit" | "boundary";
  /** the text just before the anchor must end with this (tested as a look-behind at the anchor, "i" flag) */
  near?: RegExp;
  /** the text from the anchor on must start with this (tested sticky at the anchor, "i" flag) */
  follow?: RegExp;
}

/** month names and abbreviations all start with one of these */
const MONTH: WordList = { words: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] };
/** the patterns put their numbers after a boundary or a non-digit, so a match holds the first digit of a number */
const NUMBER = "number" as const;
/** chrono's time units (TIME_UNITS_PATTERN) */
const UNITS = "quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y";
/**
 * the end of a duration ("3 days", "a few weeks", "a couple  months") just before "ago", "later"...:
 * how each of chrono's counts can end, then its unit
 */
const DURATION_BEFORE = new RegExp(
  `(?:[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?|few|several|the|of|couple\\s{0,2})\\s{0,3}(?:${UNITS})\\s{0,5}`,
  "i",
);

/** how chrono's durations (TIME_UNITS_PATTERN) can start: "about", a number word, a digit, "half", "a"... */
const DURATION_START = "(?:about|around|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|[0-9]|half|an?|few|several|the|couple)";

export const CHRONO_ANCHORINGS: readonly ChronoAnchoring[] = [
  // (\W|^)([0-9]{4})[-./\s](month|[0-9]{1,2})[-./\s]([0-9]{1,2})
  { parser: "ENYearMonthDayParser", fingerprint: "09a4b144", anchor: NUMBER, reach: 1, lead: "nonword", follow: /[0-9]{4}[-./\s]/ },
  // (\W|^)([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})...
  { parser: "ISOFormatParser", fingerprint: "6bcf21ad", anchor: NUMBER, reach: 1, lead: "nonword", follow: /[0-9]{4}-[0-9]/ },
  // ([^\d]|^)([0-3]?[0-9])[/.-]([0-3]?[0-9])...
  { parser: "SlashDateFormatParser", fingerprint: "4c965ad4", anchor: NUMBER, reach: 1, lead: "nondigit", follow: /[0-9]{1,2}[/.-][0-9]/ },
  // (\W|^)(?:within|in|for)\s*...
  {
    parser: "ENTimeUnitWithinFormatParser", fingerprint: "d085d5bb", anchor: { words: ["within", "in", "for"], boundaryBefore: true }, reach: 1, lead: "nonword",
    follow: new RegExp(String.raw`(?:within|in|for)\s*(?:roughly|approximately|just|${DURATION_START})`),
  },
  // (\W|^)(?:on\s{0,3})?(day)(?:\s{0,3}(?:to|-|–|until|through|till)\s{0,3}(day))?(?:-|/|\s{0,3}(?:of)?\s{0,3})(month)...
  // before the month: 1 + "on" + "twenty-seventh" + "through" + "twenty-seventh" + "of"
  // just before the month: a day (a number, or an ordinal: "first"... "thirtieth") and its separator
  {
    parser: "ENMonthNameLittleEndianParser", fingerprint: "e5093247", anchor: MONTH, reach: 40, lead: "nonword",
    near: /(?:[0-9]|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})/i,
  },
  // (\W|^)(month)...
  { parser: "ENMonthNameMiddleEndianParser", fingerprint: "4fe75f97", anchor: MONTH, reach: 1, lead: "nonword" },
  // (\W|^)(?:(?:,|\(|（)\s*)?(?:on\s*?)?(?:(this|last|past|next)\s*)?(weekday|weekend|weekday)...
  { parser: "ENWeekdayParser", fingerprint: "e4169096", anchor: { words: ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "week"] }, reach: 8, lead: "nonword" },
  // (\W|^)([0-9]|0[1-9]|1[012])\/([0-9]{4})
  { parser: "ENSlashMonthFormatParser", fingerprint: "a5b64d29", anchor: NUMBER, reach: 1, lead: "nonword", follow: /[0-9]{1,2}\/[0-9]{4}/ },
  // (^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})...
  { parser: "ENTimeExpressionParser", fingerprint: "c6f93834", anchor: NUMBER, reach: 5, lead: "boundary" },
  // (\W|^)(duration)\s{0,5}(?:ago|before|earlier)(?=\W|$); a duration is made of [A-Za-z0-9.,\s]
  {
    parser: "ENTimeUnitAgoFormatParser", fingerprint: "61d696c8", anchor: { words: ["ago", "before", "earlier"], boundaryAfter: true }, reach: "run", lead: "nonword",
    near: DURATION_BEFORE,
  },
  // (\W|^)(duration)\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)
  {
    parser: "ENTimeUnitLaterFormatParser", fingerprint: "b9740e71", anchor: { words: ["later", "after", "from now", "henceforth", "forward", "out"], boundaryAfter: true }, reach: "run",
    lead: "nonword", near: DURATION_BEFORE,
  },
  // (\W|^)(year(?:\s{0,2}(?:BE|AD|BC|BCE|CE))?)(?:\s*[-./,]?\s*|\s+of\s+)(month)...
  {
    parser: "ENYearMonthNameParser", fingerprint: "6a416df1", anchor: MONTH, reach: 10, lead: "nonword",
    near: /(?:[0-9]|BE|AD|BC|BCE|CE)(?:\s*[-./,]?\s*|\s+of\s+)/,
  },
  // (\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)
  { parser: "ENCasualDateParser", fingerprint: "7a95d8eb", anchor: { words: ["now", "today", "tonight", "tomorrow", "overmorrow", "tmr", "yesterday", "night"] }, reach: 5, lead: "nonword" },
  // (\W|^)(?:this)?\s{0,3}(morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)
  { parser: "ENCasualTimeParser", fingerprint: "391ff145", anchor: { words: ["morning", "afternoon", "evening", "night", "midday", "noon"] }, reach: 8, lead: "nonword" },
  // (\W|^)(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)
  {
    parser: "ENEndOfCurrentMonthParser", fingerprint: "1daec59b", anchor: { words: ["month"], boundaryBefore: true }, reach: 13, lead: "nonword",
    near: /(?:last\s+day|end)\s+of\s+(?:the\s+)?/,
  },
  // (\W|^)((?:in)\s*)?(month)...
  { parser: "ENMonthNameParser", fingerprint: "c194d879", anchor: MONTH, reach: 3, lead: "nonword" },
  // (\W|^)(this|last|past|next|after\s*this)\s*(unit)...
  {
    parser: "ENRelativeDateFormatParser", fingerprint: "f33e17e0", anchor: { words: ["this", "last", "past", "next"] }, reach: 6, lead: "nonword",
    follow: new RegExp(String.raw`(?:this|last|past|next)\s*(?:${UNITS})(?![A-Za-z0-9_])`),
  },
  // (\W|^)(this|last|past|next|after|\+|-)\s*(duration)...
  {
    parser: "ENTimeUnitCasualRelativeFormatParser", fingerprint: "208fb793",
    anchor: { words: ["this", "last", "past", "next", "after", "+", "-"], boundaryBefore: true }, reach: 1, lead: "nonword",
    follow: new RegExp(String.raw`(?:this|last|past|next|after|\+|-)\s*${DURATION_START}`),
  },
];
