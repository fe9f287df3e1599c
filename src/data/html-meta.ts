// Where pages state their own title, date, authors, publisher and address: <meta> names and properties,
// JSON-LD types, byline classes, title separators and month names. Source: the Open Graph protocol
// (ogp.me), Twitter cards, schema.org (NewsArticle, BlogPosting), Dublin Core, Parse.ly and Sailthru
// metadata conventions, WordPress theme markup (written by hand).

/** Meta names/properties (lower case) that state the headline, best first. */
export const TITLE_META = ["og:title", "twitter:title", "sailthru.title", "parsely-title", "dc.title"] as const;

/** Meta names/properties (lower case) that state the publication date or time, best first. */
export const DATE_META = [
  "article:published_time", "og:article:published_time", "og:published_time", "article.published",
  "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "parsely-pub-date",
  "sailthru.date", "citation_publication_date", "citation_date", "originalpublicationdate", "displaydate",
  "article_date_original", "cxenseparse:recs:publishtime", "published_time", "published-date",
] as const;

/** Meta names/properties (lower case) that name the authors, best first. */
export const AUTHOR_META = [
  "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
  "citation_author", "twitter:creator",
] as const;

/** Meta names/properties (lower case) that name the publisher, best first. */
export const PUBLISHER_META = ["og:site_name", "application-name", "publisher", "article:publisher", "dc.publisher", "cre"] as const;

/** Meta names/properties (lower case) that state the page's address, best first (after <link rel=canonical>). */
export const URL_META = ["og:url", "twitter:url", "parsely-link"] as const;

/** JSON-LD @type values of the article itself. */
export const JSONLD_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
  "ReviewNewsArticle", "Article", "BlogPosting", "TechArticle", "Report", "LiveBlogPosting", "SocialMediaPosting",
]);

/** JSON-LD @type values of a page that may carry the date when no article node does. */
export const JSONLD_PAGE_TYPES: ReadonlySet<string> = new Set(["WebPage", "ItemPage"]);

/** One word of a class or id that marks a byline or an author's name. */
export const BYLINE_CLASS_WORDS: ReadonlySet<string> = new Set([
  "byline", "byl", "author", "authors", "writer", "contributor", "contributors", "dateline",
]);

/** Words before a byline's names ("By", "Written by") and after them, dropped. */
export const BYLINE_PREFIX = /^(?:(?:written|posted|reported|published|story|words|text)\s+by|by|from|author|authors|von|par|por|di)\s*[:\-\u2013\u2014]?\s+/i;

/** Separators between a headline and the site's name in <title> ("Headline | Site", "Headline - Site"). */
export const TITLE_SEPARATORS = [" | ", " \u2013 ", " \u2014 ", " - ", " :: ", " \u00b7 ", " \u2022 ", " // ", " \u00bb "] as const;

/** Month names and abbreviations (English) to month numbers, for dates written out in meta tags. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["jan", 1], ["january", 1], ["feb", 2], ["february", 2], ["mar", 3], ["march", 3], ["apr", 4], ["april", 4],
  ["may", 5], ["jun", 6], ["june", 6], ["jul", 7], ["july", 7], ["aug", 8], ["august", 8], ["sep", 9], ["sept", 9],
  ["september", 9], ["oct", 10], ["october", 10], ["nov", 11], ["november", 11], ["dec", 12], ["december", 12],
]);
