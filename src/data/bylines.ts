// Words of article headers: bylines, publication-date cues, wire agencies and the month names dates use.
// Source: the header conventions of English-language news sites and wire copy (AP and Reuters style),
// written for this project.

/** Wire and news agencies, as credited in bylines and datelines ("(Reuters) -"), to the name used as publisher. */
export const NEWS_AGENCIES: Readonly<Record<string, string>> = {
  Reuters: "Reuters",
  REUTERS: "Reuters",
  AP: "Associated Press",
  "Associated Press": "Associated Press",
  AFP: "AFP",
  "Agence France-Presse": "AFP",
  "Agence France Presse": "AFP",
  Bloomberg: "Bloomberg",
  UPI: "UPI",
  dpa: "dpa",
  DPA: "dpa",
  ANSA: "ANSA",
  EFE: "EFE",
  Kyodo: "Kyodo News",
  "Kyodo News": "Kyodo News",
  Xinhua: "Xinhua",
  TASS: "TASS",
  Yonhap: "Yonhap",
  PTI: "PTI",
  IANS: "IANS",
  "ČTK": "ČTK",
  CTK: "ČTK",
  TASR: "TASR",
  PAP: "PAP",
  ANP: "ANP",
  Belga: "Belga",
  APA: "APA",
  BNS: "BNS",
  LETA: "LETA",
  Ukrinform: "Ukrinform",
  Interfax: "Interfax",
  "PA Media": "PA Media",
};

/** Words that name an author's job rather than the author: "Jane Doe, Senior Reporter". */
export const BYLINE_ROLE_WORDS: ReadonlySet<string> = new Set([
  "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer", "writers", "contributor",
  "contributors", "columnist", "senior", "chief", "staff", "deputy", "managing", "associate", "contributing", "freelance",
  "journalist", "analyst", "producer", "desk", "news", "team", "political", "technology", "tech", "security", "cybersecurity",
  "security", "business", "science", "defence", "defense", "diplomatic", "foreign", "affairs", "in", "at", "for", "the",
]);

/** Words that end a byline and start the date or other header items: "Written by X Published on ...". */
export const BYLINE_STOP_WORDS: readonly string[] = [
  "Published", "Posted", "Updated", "Last updated", "First published", "Reading time", "Read time", "Date", "Filed",
  "Photo", "Image", "Source", "Share", "Follow", "Comments",
];

/** Cues before the article's own publication date (matched as written, and in capitals). */
export const PUBLISHED_CUES: readonly string[] = [
  "Published", "Publication date:", "First published", "Posted", "Date:", "Dated:", "Filed", "Released:",
];

/** Cues before a later revision date: used only when no publication date is stated. */
export const UPDATED_CUES: readonly string[] = ["Updated", "Last updated", "Last modified", "Modified:"];

/** Months and weekdays, which are never an author's name ("By Monday, ..."). */
export const NOT_AUTHOR_WORDS: ReadonlySet<string> = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Now", "Then",
]);

/** Month names and abbreviations (lower case) to their number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday names and abbreviations, which may precede a date. */
export const WEEKDAYS: readonly string[] = [
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/** Top-level domains that make a byline word a site name ("Expats.cz Staff" is the staff of Expats.cz). */
export const SITE_DOMAINS: readonly string[] = [
  "com", "net", "org", "io", "news", "info", "co", "uk", "cz", "sk", "pl", "de", "eu", "fr", "it", "es", "nl", "ru", "ua",
  "in", "au", "ca", "us", "me", "tv", "fm", "online", "tech", "media", "lt", "lv", "ee", "ro", "hu", "at", "ch", "be",
];
