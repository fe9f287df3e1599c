// The character encoding of an HTML page: a byte order mark, else what the page declares in its first
// bytes (<meta charset> or an http-equiv content type), else UTF-8 when the bytes are valid UTF-8, else
// windows-1252 (pages are lenient, and most undeclared non-UTF-8 pages are Western European).
import { ExtractError } from "../errors.js";
import { decodeWindows1252, looksBinary } from "../decode.js";

export interface DecodedPage {
  text: string;
  /** the WHATWG name of the encoding used */
  encoding: string;
  /** where the encoding came from */
  from: "bom" | "declared" | "utf-8" | "fallback";
}

const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.()+-]+)/i;

/** The encoding the page declares in a <meta> near its start, as a WHATWG encoding name; null if none or unknown. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  const m = META_CHARSET.exec(head.replace(/<!--[\s\S]*?-->/g, ""));
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  let name: string;
  try {
    name = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  // The HTML standard: a page cannot declare itself UTF-16 in ASCII bytes; x-user-defined means windows-1252.
  if (name.startsWith("utf-16")) return "utf-8";
  if (name === "x-user-defined") return "windows-1252";
  return name;
}

/** Bytes of an HTML page to text. Binary data is refused; undecodable bytes become U+FFFD, never an error. */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: "utf-8", from: "bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf-16le", from: "bom" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be", { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: "utf-16be", from: "bom" };
  }
  if (looksBinary(bytes)) throw new ExtractError("not-text", "input is binary data, not text");
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8") {
    const text = declared === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(declared).decode(bytes);
    return { text, encoding: declared, from: "declared" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", from: declared ? "declared" : "utf-8" };
  } catch {
    // Declared UTF-8 but not valid: as a browser does, U+FFFD for the bad bytes. Undeclared: windows-1252.
    if (declared) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8", from: "declared" };
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", from: "fallback" };
  }
}
