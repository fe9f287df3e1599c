// The manifest stream of `extract --jsonl -`: one JSON object a line,
//   {"id", "path" | "text", "publishedAt"?, "url"?, "title"?, "format"?}
// read as it arrives (a slow consumer slows the reading: the stream is pulled, not pushed).
import type { Format } from "../input/read.js";
import type { Preset, TaskInput } from "./pool.js";

export interface ManifestEntry {
  line: number;
  task: TaskInput;
  /** set when the line cannot be used: it becomes an error line in its place */
  error?: Preset;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The lines of a byte stream, decoded as UTF-8, without their line ends; blank lines are dropped. */
export async function* linesOf(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ line: number; text: string }> {
  const decoder = new TextDecoder("utf-8");
  let buf = "";
  let line = 0;
  for await (const chunk of stream) {
    buf += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const text = buf.slice(0, nl).replace(/\r$/, "");
      buf = buf.slice(nl + 1);
      line++;
      if (text.trim()) yield { line, text };
    }
  }
  buf += decoder.decode();
  line++;
  if (buf.trim()) yield { line, text: buf.replace(/\r$/, "") };
}

const optionalString = (v: unknown): v is string | null | undefined => v === undefined || v === null || typeof v === "string";

/** One manifest line to a task; `defaults` are the command line's --published and --format. */
export function parseManifestLine(line: number, text: string, defaults: { published?: string; format?: Format }): ManifestEntry {
  const bad = (message: string, id: string | null = null, path = "-"): ManifestEntry => ({
    line,
    task: { id, path },
    error: { code: "usage", message: `manifest line ${line}: ${message}` },
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return bad("not a JSON object");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return bad("not a JSON object");
  const o = value as Record<string, unknown>;
  const id = typeof o.id === "string" ? o.id : typeof o.id === "number" ? String(o.id) : null;
  if (o.id !== undefined && o.id !== null && id === null) return bad('"id" must be a string or a number');
  const path = typeof o.path === "string" && o.path !== "" ? o.path : "-";
  if (!optionalString(o.path)) return bad('"path" must be a string', id);
  if (!optionalString(o.text)) return bad('"text" must be a string', id, path);
  if (typeof o.text !== "string" && path === "-") return bad('needs "path" or "text"', id);
  if (!optionalString(o.publishedAt) || (typeof o.publishedAt === "string" && !isIsoDate(o.publishedAt))) {
    return bad('"publishedAt" must be a date YYYY-MM-DD or null', id, path);
  }
  if (o.format !== undefined && o.format !== null && o.format !== "text" && o.format !== "html") {
    return bad('"format" must be "text" or "html"', id, path);
  }
  if (!optionalString(o.url)) return bad('"url" must be a string', id, path);
  if (!optionalString(o.title)) return bad('"title" must be a string', id, path);
  const task: TaskInput = {
    id,
    path,
    published: (o.publishedAt as string | null | undefined) ?? defaults.published ?? null,
    format: (o.format as Format | null | undefined) ?? defaults.format,
    url: (o.url as string | null | undefined) ?? null,
    title: (o.title as string | null | undefined) ?? null,
  };
  if (typeof o.text === "string") task.text = o.text;
  return { line, task };
}
