// One unit of batch work: an article (a path, or text given inline) to a serialised record, or to an error.
// Runs inside a worker thread, or in-process with --jobs 1; either way the pipeline loads once per thread.
import { extractFromBytes } from "../extract.js";
import { asExtractError, type ErrorCode } from "../input/errors.js";
import { readInputBytes, type Format } from "../input/read.js";
import { writeAtomic } from "./atomic.js";

export interface Task {
  /** position in the input: results are emitted in this order */
  seq: number;
  id: string | null;
  /** the path as given ("-" for inline text): it becomes source.path */
  path: string;
  /** inline article text (a manifest's "text"); when absent the path is read */
  text?: string;
  published?: string | null;
  format?: Format;
  url?: string | null;
  title?: string | null;
  /** write the record to this file (atomically) instead of returning it */
  out?: string;
  pretty?: boolean;
}

export type TaskResult =
  | { seq: number; ok: true; json: string | null; warnings: string[] }
  | { seq: number; ok: false; code: ErrorCode; message: string };

const encoder = new TextEncoder();

/** Messages of the decoder do not name the input: prefix the path unless the message already starts with it. */
function withPath(path: string, message: string): string {
  return message.startsWith(`${path}:`) ? message : `${path}: ${message}`;
}

export function runTask(task: Task): TaskResult {
  try {
    const bytes = task.text !== undefined ? encoder.encode(task.text) : readInputBytes(task.path);
    const warnings: string[] = [];
    const record = extractFromBytes(bytes, {
      warn: (m) => warnings.push(withPath(task.path, m)),
      path: task.path,
      id: task.id,
      published: task.published ?? null,
      format: task.format,
      url: task.url ?? null,
      title: task.title ?? null,
    });
    const json = JSON.stringify(record, null, task.pretty ? 2 : undefined) + "\n";
    if (task.out !== undefined) {
      try {
        writeAtomic(task.out, json);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? "error";
        return { seq: task.seq, ok: false, code: "write-failed", message: `${task.out}: cannot be written (${code})` };
      }
      return { seq: task.seq, ok: true, json: null, warnings };
    }
    return { seq: task.seq, ok: true, json, warnings };
  } catch (e) {
    const err = asExtractError(e);
    const message = err.code === "internal" ? `internal error: ${err.message}` : err.message;
    return { seq: task.seq, ok: false, code: err.code, message: withPath(task.path, message) };
  }
}
