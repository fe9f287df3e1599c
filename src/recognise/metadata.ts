// Article metadata from plain text: headline, byline, publication date, publisher.
//
// Only the header is read: the first line when it reads as a headline, then the short lines under it (a
// standfirst, a byline, a date line, a source line) up to the first long body paragraph, and a dateline at the
// start of the body ("WASHINGTON, May 3 (Reuters) -"). A date further into the body is never the publication date.
// Each item is a small parser (a pattern and an extraction); the results are then merged by priority.
import type { AnalysedText } from "../analyse/analyse.js";
import {
  BYLINE_ROLE_WORDS, BYLINE_STOP_WORDS, MONTHS, NEWS_AGENCIES, NOT_AUTHOR_WORDS, PUBLISHED_CUES, SITE_DOMAINS, UPDATED_CUES,
  WEEKDAYS,
} from "../data/bylines.js";
import type { ArticleMetadata } from "./found.js";
import { escapeRegExp as escape } from "../analyse/lexicon.js";

/** How far the header may reach: lines and characters after the headline. */
const HEADER_LINES = 12;
const HEADER_CHARS = 1000;
/** A line longer than this is a body paragraph; the header ends before it. */
const BODY_LINE = 300;

interface Line {
  start: number;
  end: number;
  text: string;
}

// ------------------------------------------------------------------ dates

const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join("|");

const MONTH_FORMS = Object.keys(MONTHS).flatMap((m) => [m, m.charAt(0).toUpperCase() + m.slice(1), m.toUpperCase()]);
const MONTH = `(?:${alt(MONTH_FORMS)})\\.?`;
const WEEKDAY = `(?:(?:${alt(WEEKDAYS)})\\.?,?\\s+)?`;
const ORD = "(?:st|nd|rd|th)?";
/** One date as a header writes it; groups: iso y m d | numeric a sep b y | month-day-year | day-month-year. */
const DATE_SOURCE = [
  `(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})(?![\\d])`,
  `(?<na>\\d{1,2})(?<ns>[./])(?<nb>\\d{1,2})\\k<ns>(?<ny>\\d{4}|\\d{2})(?![\\d])`,
  `${WEEKDAY}(?<mm>${MONTH})\\s+(?<md>\\d{1,2})${ORD}(?:,\\s*|\\s+)(?<my>\\d{4})(?![\\d])`,
  `${WEEKDAY}(?<dd>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<dm>${MONTH}),?\\s+(?<dy>\\d{4})(?![\\d])`,
].join("|");
const DATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DATE_SOURCE})`, "iu");
const DATE_AT_START = new RegExp(`^(?:${DATE_SOURCE})`, "iu");

/** Numeric dates with an unambiguous day: evidence for the text's own day-month order. */
const NUMERIC_ALL = /(?<![\d.\/])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/g;

type Order = "dmy" | "mdy" | null;

function monthOf(s: string): number | undefined {
  return MONTHS[s.toLowerCase().replace(/\.$/, "")];
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > days[m - 1]!) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const fullYear = (s: string) => (s.length === 2 ? (Number(s) < 50 ? 2000 : 1900) + Number(s) : Number(s));

/** The ISO date of one DATE match; numeric dates follow `order`, else dotted dates are day-first and slashed month-first. */
function dateOf(g: Record<string, string | undefined>, order: Order): string | null {
  if (g.iy) return iso(Number(g.iy), Number(g.im), Number(g.id));
  if (g.na) {
    const a = Number(g.na);
    const b = Number(g.nb);
    const y = fullYear(g.ny!);
    const dayFirst = a > 12 ? true : b > 12 ? false : order ? order === "dmy" : g.ns === ".";
    return dayFirst ? iso(y, b, a) : iso(y, a, b);
  }
  if (g.mm) return iso(Number(g.my), monthOf(g.mm)!, Number(g.md));
  if (g.dm) return iso(Number(g.dy), monthOf(g.dm)!, Number(g.dd));
  return null;
}

/** The day-month order the header's own unambiguous numeric dates show ("13.05.2024", "05/13/2024"), if any. */
function orderOf(text: string): Order {
  for (const m of text.matchAll(NUMERIC_ALL)) {
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) return "dmy";
    if (Number(m[3]) > 12 && Number(m[1]) <= 12) return "mdy";
  }
  return null;
}

// ------------------------------------------------------------------ header items

/** A cue as written or in capitals, then "on" or a colon: "Published on", "Posted:", "UPDATED". */
const cueRegExp = (cues: readonly string[]) =>
  new RegExp(`(?<![\\p{L}])(?:${alt([...cues, ...cues.map((c) => c.toUpperCase())])})(?:\\s+(?:on|ON))?\\s*[:\\-]?\\s*(?=\\S)`, "gu");
const PUBLISHED = cueRegExp(PUBLISHED_CUES);
const UPDATED = cueRegExp(UPDATED_CUES);
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|UTC[+-]\d+))?/gi;

/** "Written by X", "By X and Y", "Author: X", "Posted by X". */
const BYLINE = /(?:^|[\s|])(?:(?:Written|Posted|Reported|Words|Story|Text)\s+by|^By|^BY|Authors?\s*:|Byline\s*:)\s*:?\s*(?=\S)/u;
const BYLINE_STOP = new RegExp(`\\s*(?:\\b(?:${alt(BYLINE_STOP_WORDS)})\\b|\\||\\s[-\u2013\u2014]\\s|\\bon\\s+(?=\\d|${MONTH})|${DATE_SOURCE}|\\d{1,2}\\s+(?:min|minute)s?\\b)`, "u");

/** "Source: X", "Publisher: X". */
const SOURCE = /^(?:Source|Publisher|Published by|Via)\s*:\s*(.{2,60}?)\s*$/i;
/** "© 2024 X", "Copyright (c) 2024 X. All rights reserved.": a year is needed unless the sign is there. */
const COPYRIGHT = /(?:^|\s)(?:©\s*(?:(\d{4})(?:\s*[-\u2013]\s*\d{4})?\s*,?\s*)?|(?:Copyright|\(c\))\s*(?:©\s*)?(\d{4})(?:\s*[-\u2013]\s*\d{4})?\s*,?\s*)(?<holder>[A-Z][\p{L}\p{N}.&'’ -]{1,60}?)\s*(?:[.,|]|All rights|$)/u;

/** A dateline at the start of a paragraph: "WASHINGTON, May 3 (Reuters) -", "HONG KONG (REUTERS) -", "LONDON, May 3 -". */
const DATELINE = new RegExp(
  `^[A-Z][A-Z.'\u2019 -]{1,40}(?:,\\s*[A-Z][\\p{L}.]+(?:\\s[A-Z][\\p{L}.]+)?)?` +
    `(?:,?\\s+(?<month>${MONTH})\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?)?` +
    `\\s*(?:\\((?<agency>[A-Za-z][A-Za-z. ]{1,30})\\))?\\s*[-\u2013\u2014]+\\s*`,
  "u",
);

/** "Home / World / ...", "News > Security > ...": a site's breadcrumb trail. */
const BREADCRUMB = /^(?:Home|News)\s*[/>»›|]|^[^/>»›]{1,40}(?:\s[/>»›]\s[^/>»›]{1,120}){2,}$/u;
/** A site name after a bar at the end of a headline: "... Cyber Attack | Fox Business". */
const TITLE_SITE = /\s\|\s+((?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s*$/u;
/** A line that ends as a sentence does. */
const SENTENCE_LINE = /[.!?]["'\u201d\u2019)]*$/u;
const SITE = new RegExp(`^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${SITE_DOMAINS.join("|")})$`, "iu");
const NAME_PARTICLES = new Set(["de", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "du", "di", "dos", "del"]);

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (let s = 0; s <= text.length; ) {
    let i = text.indexOf("\n", s);
    if (i < 0) i = text.length;
    let a = s;
    let b = i;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    s = i + 1;
  }
  return out;
}

/** The first line as a headline: short, no sentence-final full stop, followed by more text. */
function headline(lines: Line[]): Line | null {
  const first = lines[0];
  if (!first || lines.length < 2) return null;
  const t = first.text;
  const words = t.split(/\s+/).length;
  if (t.length > 250 || words > 40 || words < 2) return null;
  if (/\.$/.test(t) && !/(?:\b\p{Lu}\.){2,}$|\.\.\.$/u.test(t)) return null;
  if ((/^\p{Ll}/u.test(t) && !/^\p{Ll}+\p{Lu}/u.test(t)) || BYLINE.test(t)) return null; // "myGov scam ..." is a headline
  return first;
}

/** Splits a byline's names: "X and Y", "X, Y", "X & Y", and "StaffČTK" (an agency glued to the name). */
function authorsOf(raw: string): { authors: string[]; site: string | null; agency: string | null } {
  const [names, outlet] = raw.split(/\s+for\s+/u, 2) as [string, string | undefined];
  const parts = names
    .replace(/(\p{Ll})(\p{Lu}{2,})(?!\p{Ll})/gu, "$1, $2")
    .split(/\s*(?:,|;|&|\band\b|\/)\s*/u)
    .map((p) => p.trim().replace(/[.:,;]+$/, ""))
    .filter(Boolean);
  const authors: string[] = [];
  let site: string | null = outlet && SITE.test(outlet.trim()) ? outlet.trim() : null;
  let agency: string | null = outlet ? NEWS_AGENCIES[outlet.trim()] ?? null : null;
  for (const p of parts) {
    if (NEWS_AGENCIES[p]) {
      agency ??= NEWS_AGENCIES[p]!;
      continue;
    }
    const tokens = p.split(/\s+/);
    if (tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(p) && authors.length) {
      agency ??= p; // "By Jane Doe, CNN": an outlet's initials after the names
      continue;
    }
    if (tokens.length > 5 || /\d/.test(p.replace(SITE_LIKE, ""))) continue;
    if (tokens.every((t) => BYLINE_ROLE_WORDS.has(t.toLowerCase()))) continue;
    if (tokens.some((t) => NOT_AUTHOR_WORDS.has(t))) continue;
    const siteToken = tokens.find((t) => SITE.test(t));
    if (siteToken) site ??= siteToken;
    if (!tokens.every((t) => /^\p{Lu}/u.test(t) || NAME_PARTICLES.has(t) || SITE.test(t))) continue;
    if (!authors.includes(p)) authors.push(p);
  }
  if (!authors.length && agency) authors.push(agency);
  return { authors: authors.slice(0, 6), site, agency };
}
const SITE_LIKE = /\S+\.\S+/g;

/** A byline's words: names, particles, "and", job titles, site names. "By Monday, the company said" is not one. */
function bylineWordsOk(raw: string): boolean {
  return raw
    .split(/[\s,;&/]+/u)
    .filter(Boolean)
    .every((t) => /^\p{Lu}/u.test(t) || t === "and" || t === "for" || NAME_PARTICLES.has(t) || BYLINE_ROLE_WORDS.has(t) || SITE.test(t));
}

/** The byline's names, from where BYLINE matched to the first stop word, date or separator. */
function bylineIn(line: Line): { raw: string; end: number } | null {
  const m = BYLINE.exec(line.text);
  if (!m) return null;
  const from = m.index + m[0].length;
  const rest = line.text.slice(from);
  const stop = BYLINE_STOP.exec(rest);
  const raw = (stop ? rest.slice(0, stop.index) : rest).trim().replace(/[,;:.]+$/, "");
  if (!raw || raw.length > 100 || !bylineWordsOk(raw)) return null;
  return { raw, end: from + raw.length };
}

/** "© 2024 X", "Copyright 2024 X. All rights reserved.": a short line, usually the footer. */
function copyrightHolder(lines: Line[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.text.length > 150) continue;
    const holder = COPYRIGHT.exec(line.text)?.groups?.holder;
    if (holder && !/^(?:All|Copyright)\b/i.test(holder)) return holder.trim();
  }
  return null;
}

/** A date after a cue in a line, or null. */
function cuedDate(text: string, cue: RegExp, order: Order): string | null {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const d = DATE_AT_START.exec(after);
    if (d?.groups) {
      const v = dateOf(d.groups, order);
      if (v) return v;
    }
  }
  return null;
}

/** A line that is only a date (with time, weekday, separators): "3 May 2024 | 10:15", "May 3, 2024". */
function dateLine(text: string, order: Order): string | null {
  if (text.length > 80) return null;
  const m = DATE.exec(text);
  if (!m?.groups) return null;
  const rest = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length))
    .replace(TIME, " ")
    .replace(/[|,•·\-\u2013\u2014()]/g, " ")
    .replace(/\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|IST|JST|am|pm)\b/gi, " ")
    .trim();
  if (rest.split(/\s+/).filter(Boolean).length > 3) return null;
  return dateOf(m.groups, order);
}

export function recogniseMetadata(doc: AnalysedText): ArticleMetadata {
  const text = doc.text;
  const lines = linesOf(text);
  const title = headline(lines);
  const first = title ? 1 : 0;
  const limit = (title ? title.end : 0) + HEADER_CHARS;

  // the header: short lines under the headline, up to the first body paragraph
  // (a standfirst may be one sentence; the second sentence-like line is the body)
  const header: Line[] = [];
  let bodyLine: Line | undefined;
  let sentences = 0;
  for (let i = first; i < lines.length && i < first + HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line.start > limit) break;
    // a long line is the body whatever it holds: test that first, the sentence test is slow on a long line
    if (line.text.length <= BODY_LINE && SENTENCE_LINE.test(line.text) && line.text.split(/\s+/).length >= 12) sentences++;
    if (line.text.length > BODY_LINE || sentences > 1) {
      bodyLine = line;
      break;
    }
    header.push(line);
  }
  const headerText = header.map((l) => l.text).join("\n");
  const order = orderOf(headerText);

  let publishedAt: string | null = null;
  let updatedAt: string | null = null;
  let authors: string[] = [];
  let publisher: string | null = null;
  let site: string | null = null;
  let agency: string | null = null;
  let headerEnd = title ? title.end : 0;

  for (const line of header) {
    let isHeader = false;
    const by = bylineIn(line);
    if (by && !authors.length) {
      const a = authorsOf(by.raw);
      if (a.authors.length) {
        authors = a.authors;
        site ??= a.site;
        agency ??= a.agency;
        isHeader = true;
      }
    }
    const cued = cuedDate(line.text, PUBLISHED, order);
    const updated = cuedDate(line.text, UPDATED, order);
    const only = dateLine(line.text, order);
    if (cued || only) {
      publishedAt ??= cued ?? only;
      isHeader = true;
    }
    if (updated) {
      updatedAt ??= updated;
      isHeader = true;
    }
    if (by && !cued && !only) {
      // "By Jane Doe | May 3, 2024": a date anywhere on a byline line is the article's
      const m = DATE.exec(line.text);
      const v = m?.groups ? dateOf(m.groups, order) : null;
      if (v) {
        publishedAt ??= v;
        isHeader = true;
      }
    }
    if (BREADCRUMB.test(line.text)) isHeader = true;
    const source = SOURCE.exec(line.text);
    if (source) {
      publisher ??= source[1]!;
      isHeader = true;
    }
    if (isHeader) headerEnd = Math.max(headerEnd, line.end);
  }

  // a dateline opens the first body paragraph
  let bodyStart = -1;
  const firstBody = lines.find((l) => l.start > headerEnd);
  const datelineLine = firstBody && (bodyLine === undefined || firstBody.start <= bodyLine.start) ? firstBody : undefined;
  if (datelineLine) {
    const d = DATELINE.exec(datelineLine.text);
    // with no agency and no date, a dateline is a city in capitals and a dash: "INDIANAPOLIS, Ind. –", "KYIV —"
    const bare = d ? /^[A-Z]{4,}/.test(d[0]) && /(?:\s|\.)[-\u2013\u2014]+\s*$/.test(d[0]) : false;
    if (d?.groups && (d.groups.agency || d.groups.month || bare)) {
      const ag = d.groups.agency ? NEWS_AGENCIES[d.groups.agency.trim()] ?? NEWS_AGENCIES[titleCase(d.groups.agency.trim())] : undefined;
      if (ag || d.groups.month || bare) {
        if (ag) agency ??= ag;
        if (d.groups.month) {
          const above = header.filter((l) => l.start < datelineLine.start).map((l) => l.text).join("\n");
          const year = d.groups.year ?? yearStated(above, lines);
          if (year) publishedAt ??= iso(Number(year), monthOf(d.groups.month)!, Number(d.groups.day));
        }
        bodyStart = datelineLine.start + d[0].length;
      }
    }
  }
  if (bodyStart < 0) {
    const next = lines.find((l) => l.start > headerEnd);
    bodyStart = headerEnd === 0 ? (lines[0]?.start ?? 0) : next ? next.start : text.length;
  }

  publisher ??= copyrightHolder(lines) ?? (title ? TITLE_SITE.exec(title.text)?.[1] : undefined) ?? site ?? agency;

  return {
    title: title ? title.text : null,
    publishedAt: publishedAt ?? updatedAt,
    authors,
    publisher,
    bodyStart,
  };
}

const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** A year the header or a copyright line states, for a dateline that gives only month and day. */
function yearStated(headerText: string, lines: Line[]): string | null {
  const h = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(headerText);
  if (h) return h[0];
  for (const line of lines) {
    if (line.text.length > 150) continue;
    const c = /(?:©|Copyright)\s*(?:©\s*)?((?:19|20)\d{2})/.exec(line.text);
    if (c) return c[1]!;
  }
  return null;
}
