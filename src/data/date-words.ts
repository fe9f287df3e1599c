// Date words of English news: month and weekday names, number words, seasons, quarters, and the
// product names that carry a year without being a date. Source: common English usage (written for this project).

/** month names and their abbreviations (lower case) to month numbers 1-12 */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** full month names only (the abbreviations are too often other words) */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** month names that are also ordinary English words: alone, they need a date-like context */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "august", "mar", "jan", "sat", "sun", "wed"]);

/** weekday names to JavaScript day numbers (0 = Sunday) */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** The weekdays as names are written: "Monday", "Tuesday", ... */
export const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAYS).map((d) => d[0]!.toUpperCase() + d.slice(1));

/** number words up to the ones news uses for periods */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};

/** vague quantities: a period is stated but its length is not */
export const VAGUE_QUANTITIES = [
  "a few", "few", "several", "a couple of", "a couple", "couple of", "many", "some", "a number of", "the last few",
  "a handful of", "numerous", "countless",
] as const;

/** ordinal words to numbers, for quarters, halves and weeks */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 4, last: 4,
};

/** seasons (northern hemisphere) as their first and last month; winter runs into the next year */
export const SEASONS: Readonly<Record<string, { from: number; to: number }>> = {
  spring: { from: 3, to: 5 }, summer: { from: 6, to: 8 }, autumn: { from: 9, to: 11 }, fall: { from: 9, to: 11 },
  winter: { from: 12, to: 2 },
};

/** words before a year that make it part of a product name, not a date ("Windows 2000", "Office 2016") */
export const YEAR_PRODUCTS: ReadonlySet<string> = new Set([
  "windows", "server", "office", "exchange", "sql", "outlook", "word", "excel", "sharepoint", "studio", "project",
  "visio", "access", "publisher", "lync", "dynamics", "xp", "vista", "netware", "euro", "fifa", "world cup",
  "vision", "agenda", "horizon", "model", "version", "v", "release", "edition", "iso", "iec", "nist", "rfc", "no",
  "number", "flight", "route", "room", "suite", "unit", "apt", "ta", "fin", "unc", "storm", "dev", "cve", "ms",
  "kb", "id", "code", "port", "error", "build",
]);
