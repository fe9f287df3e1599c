// HTML pages: the article body and what the page states about itself (title, date, authors...), with cheerio.
import * as cheerio from "cheerio";
import { decodeBytes, normaliseText } from "./decode.js";

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
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

/** A first version: paragraphs of the body joined by blank lines. */
export function htmlToArticle(bytes: Uint8Array): Page {
  const html = decodeBytes(bytes, "windows-1252").text;
  const $ = cheerio.load(html);
  $("script, style, noscript, nav, aside, footer, header, form, iframe, svg").remove();
  const root = $("article").first().length ? $("article").first() : $("body");
  const parts: string[] = [];
  root.find(BLOCKS).each((_, el) => {
    if ($(el).find(BLOCKS).length) return;
    const t = $(el).text().replace(/\s+/g, " ").trim();
    if (t) parts.push(t);
  });
  const title = $('meta[property="og:title"]').attr("content") ?? $("h1").first().text().trim() ?? null;
  const text = normaliseText([title, ...parts].filter(Boolean).join("\n\n"));
  return { text, meta: { title: title || null, language: $("html").attr("lang") ?? null } };
}
