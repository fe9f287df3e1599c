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

/** Bytes to the article that gets analysed. */
export function toArticle(bytes: Uint8Array, path: string, asked?: Format): Article {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const probe = new TextDecoder("latin1").decode(bytes.subarray(0, 2048)).replace(/^\u00ef\u00bb\u00bf/, "");
  const format = detectFormat(path, probe, asked);
  if (format === "html") {
    const page = htmlToArticle(bytes);
    return { text: page.text, format, sha256, meta: page.meta, warnings: page.warnings };
  }
  const { text } = decodeBytes(bytes);
  const normalised = normaliseText(text);
  return { text: normalised, format, sha256, meta: {}, warnings: /\S/u.test(normalised) ? [] : ["input is empty"] };
}
