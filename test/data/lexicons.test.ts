// Lexicon entries are joined into patterns between word-boundary tests: an entry that begins or ends with white
// space can never match there ("from (?:either )?" followed by a letter fails the boundary after it).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const dataDir = new URL("../../src/data/", import.meta.url);
const modules = readdirSync(dataDir).filter((f) => f.endsWith(".ts"));
/** exports that are literal text searched as is, not pattern entries: their spaces belong to them */
const LITERAL_TEXT = new Set(["TITLE_SEPARATORS"]);

/** every string in a data module's exports, with the export's name */
function stringsOf(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (value instanceof Set || value instanceof Map) [...value].forEach((v, i) => stringsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stringsOf(v, `${path}.${k}`, out);
}

describe("lexicons", () => {
  it.each(modules)("%s: no entry begins or ends with white space or an optional group of it", async (file) => {
    const mod = (await import(new URL(file, dataDir).href)) as Record<string, unknown>;
    const strings: [string, string][] = [];
    for (const [name, value] of Object.entries(mod)) if (!LITERAL_TEXT.has(name)) stringsOf(value, name, strings);
    const bad = strings.filter(([, s]) => /^\s|\s$|\s\)\?$/u.test(s));
    expect(bad).toEqual([]);
  });

  it.each(modules)("%s: no entry begins with a look-behind (tried at every position of the text; put it after the words it checks)", async (file) => {
    const mod = (await import(new URL(file, dataDir).href)) as Record<string, unknown>;
    const strings: [string, string][] = [];
    for (const [name, value] of Object.entries(mod)) if (!LITERAL_TEXT.has(name)) stringsOf(value, name, strings);
    expect(strings.filter(([, s]) => /^\(\?<[=!]/u.test(s))).toEqual([]);
  });
});

