// Reading the input: a file or standard input, as bytes, then as an article (text or HTML).
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { ExtractError } from "./errors.js";
import { decodeBytes, normaliseText } from "./decode.js";
import { htmlToArticle, type PageMeta } from "./html.js";

export type Format = "text" | "html";

export interface Article {
  /** the analysed text: every offset of the record points into it */
  text: string;
  format: Format;
  sha256: string;
  /** what the page itself states (HTML only) */
  meta: PageMeta;
  /** what a user should know about the input, one line each */
  warnings: string[];
}

/** Reads a path ("-" is standard input) as bytes, with a one-line error for a missing or unreadable input. */
export function readInputBytes(path: string): Uint8Array {
  try {
    if (path === "-") return readFileSync(0);
    const st = statSync(path);
    if (st.isDirectory()) throw new ExtractError("not-a-file", `${path}: is a directory, not a file`);
    if (!st.isFile()) throw new ExtractError("not-a-file", `${path}: not a regular file`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ExtractError("not-found", `${path}: no such file`);
    if (code === "EACCES" || code === "EPERM") throw new ExtractError("unreadable", `${path}: permission denied`);
    if (code === "EISDIR") throw new ExtractError("not-a-file", `${path}: is a directory, not a file`);
    throw new ExtractError("unreadable", `${path}: cannot be read (${code ?? "error"})`);
  }
}

/** HTML by extension (.html, .htm), by content (a doctype or <html), or as asked. */
export function detectFormat(path: string, head: string, asked?: Format): Format {
  if (asked) return asked;
  if (/\.html?$/i.test(path)) return "html";
  if (/^\s*(<!doctype\s+html|<html[\s>])/i.test(head.slice(0, 2048))) return "html";
  return "text";
}

/** The most text analysed of one input: a long news article is 20,000 characters; beyond this an input is a
 *  book, a dump or a log, and analysing it whole would take minutes. The rest is left out, with a warning. */
export const MAX_TEXT_CHARS = 100_000;

/** Bytes to the article that gets analysed. */
export function toArticle(bytes: Uint8Array, path: string, asked?: Format): Article {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const probe = new TextDecoder("latin1").decode(bytes.subarray(0, 2048)).replace(/^\u00ef\u00bb\u00bf/, "");
  const format = detectFormat(path, probe, asked);
  if (format === "html") {
    const page = htmlToArticle(bytes);
    return { ...capped(page.text, page.warnings), format, sha256, meta: page.meta };
  }
  const { text } = decodeBytes(bytes);
  const normalised = normaliseText(text);
  return { ...capped(normalised, /\S/u.test(normalised) ? [] : ["input is empty"]), format, sha256, meta: {} };
}

/** The text cut to MAX_TEXT_CHARS at the last paragraph break before it (else the last line break, else the limit). */
function capped(text: string, warnings: string[]): { text: string; warnings: string[] } {
  if (text.length <= MAX_TEXT_CHARS) return { text, warnings };
  let cut = text.lastIndexOf("\n\n", MAX_TEXT_CHARS);
  if (cut < MAX_TEXT_CHARS / 2) cut = text.lastIndexOf("\n", MAX_TEXT_CHARS);
  if (cut < MAX_TEXT_CHARS / 2) cut = MAX_TEXT_CHARS;
  // never split a surrogate pair
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  const left = text.length - cut;
  return { text: text.slice(0, cut), warnings: [...warnings, `the text is ${text.length} characters long: only the first ${cut} are analysed (${left} left out)`] };
}
