// Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM; binary data and invalid UTF-8 are refused.
// (HTML pages are decoded leniently, by their declared charset: src/input/html/charset.ts.)
import { WINDOWS_1252_HIGH } from "../data/html-windows-1252.js";
import { ExtractError } from "./errors.js";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

/** Decodes bytes as text. `fallback` names the encoding to use when the bytes are not UTF-8 (HTML pages may declare one). */
export function decodeBytes(bytes: Uint8Array, fallback?: "windows-1252"): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeStrict("utf-16le", bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeStrict("utf-16be", bytes.subarray(2)), encoding: "utf-16be" };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new ExtractError("not-text", "input is binary data, not text");
  if (fallback) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
    } catch {
      return { text: decodeWindows1252(body), encoding: fallback };
    }
  }
  return { text: decodeStrict("utf-8", body), encoding: "utf-8" };
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ExtractError("invalid-encoding", `input is not valid ${encoding.toUpperCase()} text`);
  }
}

/** NUL bytes, or many control characters in the first 8 KiB, mean binary data (PNG, PDF, ZIP...). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Line ends to \n; the text every offset refers to. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

const C1 = /[\u0080-\u009f]/g;

/** windows-1252 (and ISO-8859-1, which the web reads as windows-1252) to text. Node 20's TextDecoder decodes
 *  bytes 0x80-0x9F of windows-1252 as ISO-8859-1 C1 controls; they are mapped here to what they stand for. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes).replace(C1, (c) => String.fromCharCode(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!));
}
