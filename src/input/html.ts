// HTML pages: the article body and what the page states about itself (title, date, authors...), with cheerio.
// The text keeps the plain-text corpus shape: the headline, a blank line, then the body's blocks (paragraphs,
// headings, list items, byline lines), one blank line between blocks, `<br>` as a line break.
import { articleBlocks, sameHeadline, type Block } from "./html/body.js";
import { decodePage } from "./html/charset.js";
import { parseHtml } from "./html/dom.js";
import { pageMeta } from "./html/meta.js";

/** What a page states about itself; every field optional. */
export interface PageMeta {
  title?: string | null;
  publishedAt?: string | null;
  authors?: string[];
  publisher?: string | null;
  url?: string | null;
  language?: string | null;
}

export interface Page {
  text: string;
  meta: PageMeta;
  /** what a user should know about the page: no article text found, for one */
  warnings: string[];
}

/** Fewer words than this beside the headline: the page holds no article (a teaser, a paywall, a script-built body). */
const MIN_BODY_WORDS = 8;

/** Bytes of an HTML page to its article text and metadata. */
export function htmlToArticle(bytes: Uint8Array): Page {
  const { text: html } = decodePage(bytes);
  const doc = parseHtml(html);
  const meta = pageMeta(doc);
  const blocks: Block[] = articleBlocks(doc, meta.title);

  // The headline goes first: the page's title, else the article's first main heading.
  let title = meta.title;
  const h1 = blocks.findIndex((b) => b.tag === "h1" && (!title || sameHeadline(b.text, title)));
  if (!title && h1 >= 0) title = blocks[h1]!.text.replace(/\n/g, " ");
  if (h1 >= 0 && title && sameHeadline(blocks[h1]!.text, title)) blocks.splice(h1, 1);

  const parts = title ? [title, ...blocks.map((b) => b.text)] : blocks.map((b) => b.text);
  const bodyWords = blocks.reduce((n, b) => n + (b.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  const warnings = bodyWords < MIN_BODY_WORDS ? [`the page has no article text beyond its headline (${bodyWords} words)`] : [];
  return { text: parts.join("\n\n"), meta: { ...meta, title: title ?? null }, warnings };
}
