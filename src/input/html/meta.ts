// What a page states about itself: title, publication date, authors, publisher, address and language,
// from <meta> tags, JSON-LD, microdata, <time>, <link rel> and bylines. Each field: the best source that has it.
import {
  AUTHOR_META, BYLINE_CLASS_WORDS, BYLINE_PREFIX, DATE_META, JSONLD_ARTICLE_TYPES, JSONLD_PAGE_TYPES, MONTHS,
  PUBLISHER_META, TITLE_META, TITLE_SEPARATORS, URL_META,
} from "../../data/html-meta.js";
import { classWords, collapse, textOf, walk, type DomElement, type DomNode } from "./dom.js";

export interface PageMetaFound {
  title: string | null;
  publishedAt: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  language: string | null;
}

interface Collected {
  meta: Map<string, string[]>;
  titleTag: string | null;
  h1: string | null;
  /** the first <h1> in a header outside any article (a site's logo, or a simple page's headline) */
  headerH1: string | null;
  lang: string | null;
  canonical: string | null;
  relAuthors: string[];
  propAuthors: string[];
  bylines: string[];
  propDates: string[];
  timesMarked: string[];
  times: string[];
  jsonld: unknown[];
}

const FURNITURE = new Set(["aside", "nav", "footer"]);
const isArticleLike = (el: DomElement) => el.name === "article" || el.name === "main" || /Article|BlogPosting/.test(el.attribs.itemtype ?? "");
const NOT_BYLINE = new Set(["html", "body", "main", "article", "section", "img"]);

function collect(root: DomNode): Collected {
  const c: Collected = {
    meta: new Map(), titleTag: null, h1: null, headerH1: null, lang: null, canonical: null, relAuthors: [], propAuthors: [],
    bylines: [], propDates: [], timesMarked: [], times: [], jsonld: [],
  };
  let furniture = 0;
  let bylineDepth = 0;
  let articleDepth = 0;
  const furnitureEls = new Set<DomElement>();
  // a <header> outside any article: the site's masthead, or (on simple pages) the post's own header
  let siteHeader = 0;
  const siteHeaders = new Set<DomElement>();
  const bylines = new Set<DomElement>();
  walk(root, {
    enter(el) {
      const a = el.attribs;
      switch (el.name) {
        case "html":
          if (a.lang && !c.lang) c.lang = a.lang.trim() || null;
          break;
        case "meta": {
          const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"] ?? "").trim().toLowerCase();
          const value = a.content ?? a.datetime;
          if (key && value !== undefined && collapse(value)) {
            const list = c.meta.get(key) ?? [];
            list.push(collapse(value));
            c.meta.set(key, list);
          }
          return false;
        }
        case "title":
          if (c.titleTag === null && !furniture) c.titleTag = textOf(el) || null;
          return false;
        case "link": {
          const rel = (a.rel ?? "").toLowerCase().split(/\s+/);
          if (rel.includes("canonical") && a.href && !c.canonical) c.canonical = a.href.trim();
          return false;
        }
        case "script":
          if ((a.type ?? "").toLowerCase().includes("ld+json")) c.jsonld.push(...parseJsonLd(rawText(el)));
          return false;
        case "style":
        case "template":
        case "noscript":
        case "svg":
          return false;
        case "h1":
          if (!c.h1 && !furniture && !siteHeader) c.h1 = textOf(el) || null;
          if (!c.headerH1 && !furniture && siteHeader) c.headerH1 = textOf(el) || null;
          break;
        case "time": {
          const dt = a.datetime;
          if (dt && !furniture) {
            const marked = "pubdate" in a || (a.itemprop ?? "").toLowerCase() === "datepublished"
              || classWords(el).some((w) => w === "published" || w === "pubdate" || w === "publish");
            (marked ? c.timesMarked : c.times).push(dt);
          }
          break;
        }
        case "a":
          if ((a.rel ?? "").toLowerCase().split(/\s+/).includes("author") && !furniture) {
            const t = textOf(el);
            if (t) c.relAuthors.push(t);
          }
          break;
      }
      if (isArticleLike(el)) articleDepth++;
      if (FURNITURE.has(el.name)) {
        furniture++;
        furnitureEls.add(el);
      } else if (el.name === "header" && !articleDepth) {
        siteHeader++;
        siteHeaders.add(el);
      }
      const prop = (a.itemprop ?? "").toLowerCase().split(/\s+/);
      if (prop.includes("datepublished") && el.name !== "time") {
        const v = a.content ?? a.datetime ?? textOf(el);
        if (v) c.propDates.push(v);
      }
      if (prop.includes("author") && !furniture) {
        const name = a.content ?? textOf(el);
        if (name) c.propAuthors.push(name);
      }
      if (!furniture && !bylineDepth && !NOT_BYLINE.has(el.name) && classWords(el).some((w) => BYLINE_CLASS_WORDS.has(w))) {
        const t = textOf(el);
        if (t && t.length <= 120) c.bylines.push(t);
        bylines.add(el);
        bylineDepth++;
      }
      return true;
    },
    leave(el) {
      if (furnitureEls.has(el)) furniture--;
      if (siteHeaders.has(el)) siteHeader--;
      if (isArticleLike(el)) articleDepth--;
      if (bylines.has(el)) bylineDepth--;
    },
  });
  return c;
}

function rawText(el: DomElement): string {
  const parts: string[] = [];
  walk(el, { text: (t) => void parts.push(t.data) });
  return parts.join("");
}

/** The JSON values of a JSON-LD script; nothing if it does not parse. */
function parseJsonLd(raw: string): unknown[] {
  const s = raw.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, "").replace(/(?:-->|\/\/\s*\]\]>)\s*$/, "").trim();
  if (!s) return [];
  try {
    return [JSON.parse(s)];
  } catch {
    try {
      return [JSON.parse(s.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"))];
    } catch {
      return [];
    }
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);

function typesOf(o: Json): string[] {
  const t = o["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^.*[/#:]/, ""));
}

/** Every object in the JSON-LD (in @graph arrays, nested values...), in document order, without recursion. */
function jsonObjects(values: unknown[]): Json[] {
  const out: Json[] = [];
  const stack: unknown[] = [...values].reverse();
  let budget = 100_000;
  while (stack.length && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (isObject(v)) {
      out.push(v);
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const x = v[keys[i]!];
        if (x && typeof x === "object") stack.push(x);
      }
    }
  }
  return out;
}

const str = (v: unknown): string | null => (typeof v === "string" && collapse(v) ? collapse(v) : null);

/** Names in a JSON-LD author/publisher value: a string, an object with a name, or a list of them. */
function namesIn(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const x of list) {
    if (typeof x === "string") out.push(x);
    else if (isObject(x)) {
      const n = str(x.name);
      if (n) out.push(n);
      else if (str(x.givenName) || str(x.familyName)) out.push([str(x.givenName), str(x.familyName)].filter(Boolean).join(" "));
    }
  }
  return out;
}

interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  pageDate: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
}

function jsonLdFacts(values: unknown[]): JsonLdFacts {
  const f: JsonLdFacts = { headline: null, datePublished: null, pageDate: null, authors: [], publisher: null, url: null };
  for (const o of jsonObjects(values)) {
    const types = typesOf(o);
    if (types.some((t) => JSONLD_ARTICLE_TYPES.has(t))) {
      f.headline ??= str(o.headline) ?? str(o.name);
      f.datePublished ??= str(o.datePublished) ?? str(o.dateCreated) ?? str(o.uploadDate);
      if (!f.authors.length) f.authors = namesIn(o.author ?? o.creator);
      if (!f.publisher && o.publisher) f.publisher = namesIn(o.publisher)[0] ?? null;
      f.url ??= str(o.url) ?? (isObject(o.mainEntityOfPage) ? str(o.mainEntityOfPage["@id"]) : str(o.mainEntityOfPage));
    } else if (types.some((t) => JSONLD_PAGE_TYPES.has(t))) {
      f.pageDate ??= str(o.datePublished);
    }
  }
  return f;
}

// ---------------------------------------------------------------- values

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const SLASHED = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;
const DOTTED_DMY = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/** A date as the page writes it to YYYY-MM-DD: the date part as written, time zones not applied. */
export function pageDate(value: string | null | undefined): string | null {
  if (!value) return null;
  let m = ISO.exec(value) ?? SLASHED.exec(value) ?? COMPACT.exec(value);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  if ((m = DOTTED_DMY.exec(value))) return ymd(+m[3]!, +m[2]!, +m[1]!);
  if ((m = DAY_MONTH_YEAR.exec(value))) {
    const month = MONTHS.get(m[2]!.toLowerCase());
    if (month) return ymd(+m[3]!, month, +m[1]!);
  }
  if ((m = MONTH_DAY_YEAR.exec(value))) {
    const month = MONTHS.get(m[1]!.toLowerCase());
    if (month) return ymd(+m[3]!, month, +m[2]!);
  }
  return null;
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  if (d > days) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const looksLikeUrl = (s: string) => /^(?:https?:|www\.|\/\/)|\.(?:com|org|net)\//i.test(s);

/** A byline or author value to names: "By A and B" -> ["A", "B"]. */
export function authorNames(raw: string): string[] {
  let s = collapse(raw).replace(BYLINE_PREFIX, "");
  // what follows a name in a byline: a date, "Published ...", "Updated ...", a pipe
  s = s.split(/\s+(?:\||\u2022|\u00b7)\s+|\s+(?:published|updated|posted|on)\s+(?=[A-Z0-9])|\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}/i)[0]!;
  return s
    .split(/\s*(?:,|;|\band\b|&|\s\|\s)\s*/i)
    .map((n) => n.replace(BYLINE_PREFIX, "").replace(/^[\s,.:\-\u2013\u2014]+|[\s,:\-\u2013\u2014]+$/g, ""))
    .filter((n) => n.length >= 2 && n.length <= 80 && !looksLikeUrl(n) && !n.startsWith("@") && /\p{L}/u.test(n) && !/\d/.test(n));
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = n.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(n);
    }
  }
  return out;
}

const fold = (s: string) => s.toLowerCase().replace(/[\s\u2018\u2019'"\u201c\u201d]+/g, " ").trim();

/** A headline without the site's name around it ("Headline | Site", "Headline - Site", "Site | Headline"). */
export function stripSiteName(title: string, site: string | null, h1: string | null): string {
  const t = collapse(title);
  if (h1 && h1.length >= 10 && fold(t).startsWith(fold(h1)) && t.length > h1.length) {
    const rest = t.slice(h1.length).trim();
    if (TITLE_SEPARATORS.some((sep) => rest.startsWith(sep.trim()))) return h1;
  }
  for (const sep of TITLE_SEPARATORS) {
    const i = t.lastIndexOf(sep);
    if (i <= 0) continue;
    const head = t.slice(0, i).trim();
    const tail = t.slice(i + sep.length).trim();
    if (site && fold(tail) === fold(site)) return head;
    const j = t.indexOf(sep);
    if (site && fold(t.slice(0, j)) === fold(site)) return t.slice(j + sep.length).trim();
    // no known site name: a short last part after a separator is the site's name
    // (after a pipe, any headline; after a dash, a headline of three words or more and a capitalised name)
    if (!site && tail.split(" ").length <= 4 && (sep === " | " || (head.split(" ").length >= 3 && /^[\p{Lu}0-9]/u.test(tail)))) return head;
  }
  return t;
}

function firstOf(c: Collected, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = c.meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

function absoluteUrl(v: string | null | undefined): string | null {
  if (!v) return null;
  const s = v.trim();
  return /^https?:\/\/[^\s/]+/i.test(s) ? s : null;
}

/** The page's statements about itself. */
export function pageMeta(root: DomNode): PageMetaFound {
  const c = collect(root);
  const ld = jsonLdFacts(c.jsonld);

  const publisherRaw = firstOf(c, PUBLISHER_META.slice(0, 2)) ?? ld.publisher ?? firstOf(c, PUBLISHER_META.slice(2));
  const publisher = publisherRaw && !looksLikeUrl(publisherRaw) ? publisherRaw : ld.publisher;

  // a site's name set in an <h1> (a logo) is not the headline
  const h1 = [c.h1, c.headerH1].find((h) => h && !(publisher && fold(h) === fold(publisher))) ?? null;
  const titleRaw = firstOf(c, TITLE_META) ?? ld.headline ?? h1 ?? c.titleTag;
  const title = titleRaw ? stripSiteName(titleRaw, publisher, h1) || null : null;

  const dateSources: (string | null | undefined)[] = [
    firstOf(c, DATE_META.slice(0, 5)), ld.datePublished, ...c.propDates, firstOf(c, DATE_META.slice(5)),
    ...c.timesMarked, ld.pageDate, ...c.times,
  ];
  let publishedAt: string | null = null;
  for (const d of dateSources) if ((publishedAt = pageDate(d))) break;

  const authorSources: string[][] = [
    ld.authors,
    AUTHOR_META.flatMap((k) => c.meta.get(k) ?? []),
    c.relAuthors,
    c.propAuthors,
    c.bylines,
  ];
  let authors: string[] = [];
  for (const source of authorSources) {
    authors = uniqueNames(source.flatMap(authorNames));
    if (authors.length) break;
  }

  const url = absoluteUrl(c.canonical) ?? absoluteUrl(firstOf(c, URL_META)) ?? absoluteUrl(ld.url);
  const language = c.lang ?? firstOf(c, ["content-language", "og:locale", "dc.language", "language"]);
  return { title, publishedAt, authors, publisher: publisher ?? null, url, language: language ?? null };
}
