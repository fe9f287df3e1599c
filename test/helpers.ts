// Shared test helpers: run the pipeline on a string, and walk every span of a record.
import { readFileSync } from "node:fs";
import { analyse, type AnalysedText } from "../src/analyse/analyse.js";
import { extractFromBytes, type ExtractOptions } from "../src/extract.js";
import type { ExtractionRecord } from "../src/record/schema.js";

export function extractText(text: string, options: Partial<ExtractOptions> = {}): ExtractionRecord {
  return extractFromBytes(new TextEncoder().encode(text), { path: "test.txt", ...options });
}

export function extractFixture(name: string, options: Partial<ExtractOptions> = {}): ExtractionRecord {
  const path = new URL(`../fixtures/${name}`, import.meta.url);
  return extractFromBytes(readFileSync(path), { path: `fixtures/${name}`, ...options });
}

export function doc(text: string): AnalysedText {
  return analyse(text);
}

/** Every {start, end, text} object anywhere in a record, with its JSON path. */
export function allSpans(value: unknown, path = "$"): { path: string; start: number; end: number; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => allSpans(v, `${path}[${i}]`));
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    const here = typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string"
      ? [{ path, start: o.start, end: o.end, text: o.text }]
      : [];
    return [...here, ...Object.entries(o).flatMap(([k, v]) => allSpans(v, `${path}.${k}`))];
  }
  return [];
}
