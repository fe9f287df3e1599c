// Batch mode: folders, many files, or a manifest stream, to records (JSONL on stdout, or one file each).
//
//   extract docs/ --out records/          one records/<rel>.json per docs/<rel>.{txt,html,htm}
//   extract docs/ a.txt --jsonl           one record a line on stdout, in input order
//   extract --jsonl - < manifest.jsonl    one manifest line in, one record line out, in order
//
// A bad input never stops the batch: its error goes to stderr (and, in JSONL, as an error line in its
// place); the exit status is 1 when any input failed, 0 otherwise.
import { once } from "node:events";
import { statSync } from "node:fs";
import { basename } from "node:path";
import { EXIT } from "../input/errors.js";
import type { Format } from "../input/read.js";
import { linesOf, parseManifestLine } from "./manifest.js";
import { OrderedPool, type Preset, type TaskInput } from "./pool.js";
import { Progress } from "./progress.js";
import type { Task, TaskResult } from "./task.js";
import { outputPathOf, walkInputs } from "./walk.js";

export interface BatchOptions {
  /** folders and files; ["-"] alone reads a manifest on stdin */
  inputs: string[];
  out?: string;
  jsonl: boolean;
  jobs: number;
  quiet: boolean;
  skipExisting: boolean;
  published?: string;
  format?: Format;
  pretty?: boolean;
  /** draw the progress bar (stderr is a terminal and not --quiet) */
  progressBar: boolean;
}

async function writeStdout(s: string): Promise<void> {
  if (!process.stdout.write(s)) await once(process.stdout, "drain");
}

/** An error line of the JSONL output: where it came from, and what went wrong. */
export function errorLine(task: Pick<Task, "id" | "path">, code: string, message: string): string {
  return JSON.stringify({ source: { id: task.id, path: task.path }, error: { code, message } }) + "\n";
}

function mtimeMs(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/** A manifest id as a file name: anything but letters, digits, dot, dash and underscore becomes "_". */
function fileNameOfId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
}

export async function runBatch(opts: BatchOptions): Promise<number> {
  const manifest = opts.inputs.length === 1 && opts.inputs[0] === "-";
  const walk = manifest ? null : walkInputs(opts.inputs);
  const progress = new Progress(walk ? walk.inputs.length + walk.skipped : null, opts.progressBar, opts.quiet);
  if (walk) progress.counts.skipped = walk.skipped;

  const emit = async (task: Task, result: TaskResult): Promise<void> => {
    if (result.ok) {
      progress.counts.done++;
      for (const w of result.warnings) progress.message(`warning: ${w}`);
      if (result.json !== null) await writeStdout(result.json);
    } else {
      progress.counts.failed++;
      progress.message(result.message);
      if (opts.jsonl) await writeStdout(errorLine(task, result.code, result.message));
    }
    progress.tick();
  };
  const pool = await OrderedPool.create(opts.jobs, emit);

  const outputs = new Map<string, string>();
  /** Submits one input: skipped when --skip-existing finds its output up to date. */
  const submit = async (task: TaskInput, outName: string | null, preset?: Preset): Promise<void> => {
    if (opts.out !== undefined && outName !== null && !preset) {
      const out = outName;
      const twin = outputs.get(out);
      if (twin !== undefined) {
        return pool.push(task, { code: "write-failed", message: `${task.path}: its output ${out} is already the output of ${twin}` });
      }
      outputs.set(out, task.path);
      if (opts.skipExisting) {
        const outTime = mtimeMs(out);
        const inTime = task.text !== undefined ? 0 : mtimeMs(task.path);
        if (outTime !== null && inTime !== null && outTime >= inTime) {
          progress.counts.skipped++;
          progress.tick();
          return;
        }
      }
      task.out = out;
    }
    task.pretty = !!opts.pretty && opts.out !== undefined;
    return pool.push(task, preset);
  };

  if (walk) {
    for (const input of walk.inputs) {
      const task: TaskInput = { id: null, path: input.path, published: opts.published ?? null, format: opts.format };
      const out = opts.out !== undefined ? outputPathOf(opts.out, input.rel) : null;
      await submit(task, out, input.error ? { code: "unreadable", message: input.error } : undefined);
    }
  } else {
    for await (const { line, text } of linesOf(process.stdin)) {
      const entry = parseManifestLine(line, text, { published: opts.published, format: opts.format });
      let out: string | null = null;
      if (opts.out !== undefined) {
        const name = entry.task.id !== null ? fileNameOfId(entry.task.id)
          : entry.task.path !== "-" ? basename(entry.task.path) : `line-${line}`;
        out = outputPathOf(opts.out, entry.task.id !== null ? `${name}.txt` : name);
      }
      await submit(entry.task, out, entry.error);
    }
  }
  await pool.finish();
  progress.end();
  return progress.counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
}
