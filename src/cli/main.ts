// The command line: `extract <file>`, `extract -`, `extract schema`, and batch mode:
// `extract <dir|file...> --out DIR | --jsonl`, `extract --jsonl -` (a manifest on stdin),
// `extract check <dir>`, `extract validate <file|->`.
import "./engine-flags.js";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { asExtractError, EXIT, ExtractError } from "../input/errors.js";
import type { Format } from "../input/read.js";
import { fail, formatRecord, warn, writeOut } from "./output.js";

const version = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const EXAMPLES = `
Examples:
  $ extract article.txt > incident.json        one record, one compact JSON line
  $ extract --pretty article.html              a saved news page, indented
  $ cat article.txt | extract --published 2024-05-03 -
  $ extract --text page.html                   the text the record's offsets refer to
  $ extract schema > record.schema.json        the JSON Schema of the record

Batch:
  $ extract articles/ --out records/           records/<name>.json for every .txt/.html/.htm
  $ extract articles/ --out records/ --skip-existing    resume: only what changed
  $ extract articles/ a.txt --jsonl > all.jsonl         one record a line, input order
  $ extract --jsonl - < manifest.jsonl         manifest lines {"id","path"|"text","publishedAt"?,...}
  $ extract articles/ --jsonl --jobs 1         in this thread (default: one worker per core)
  $ extract check fixtures/                    compare with <name>.expected.json (--update rewrites)
  $ extract validate all.jsonl                 check records against the schema

Exit codes:
  0 success, 1 some inputs of a batch failed (or check/validate found differences),
  2 wrong usage, 65 input is not text (binary, invalid UTF-8),
  66 input missing or unreadable, 70 internal error (a record failed its schema)`;

export interface RunOptions {
  pretty?: boolean;
  published?: string;
  format?: Format;
  text?: boolean;
  out?: string;
  jsonl?: boolean;
  jobs?: number;
  quiet?: boolean;
  skipExisting?: boolean;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

async function runOne(input: string, opts: RunOptions): Promise<number> {
  if (opts.published !== undefined && !isIsoDate(opts.published)) {
    fail(`--published takes a date YYYY-MM-DD, not "${opts.published}"`);
    return EXIT.usage;
  }
  try {
    // loaded here, not at the top: a batch's main thread leaves the pipeline to its workers
    const { readInputBytes } = await import("../input/read.js");
    const bytes = readInputBytes(input);
    const { analysedTextOf, extractFromBytes } = await import("../extract.js");
    if (opts.text) {
      writeOut(analysedTextOf(bytes, input, opts.format));
      return EXIT.ok;
    }
    const record = extractFromBytes(bytes, { path: input, published: opts.published ?? null, format: opts.format, warn: (m) => warn(`${input}: ${m}`) });
    writeOut(formatRecord(record, !!opts.pretty));
    return EXIT.ok;
  } catch (e) {
    const err = asExtractError(e);
    fail(err.code === "internal" ? `internal error: ${err.message}` : err.message);
    return err.exitCode;
  }
}

function isDirectory(path: string): boolean {
  try {
    return path !== "-" && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One file (or "-") alone keeps the single-record behaviour; folders, several inputs, --out or --jsonl make a batch. */
async function run(inputs: string[], opts: RunOptions, program: Command): Promise<number> {
  const batch = opts.out !== undefined || !!opts.jsonl;
  if (!batch) {
    if (inputs.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    if (inputs.length > 1) {
      fail("several inputs make a batch: add --out DIR (one record file each) or --jsonl (one record a line)");
      return EXIT.usage;
    }
    for (const flag of ["jobs", "skipExisting"] as const) {
      if (opts[flag] !== undefined) {
        fail(`--${flag === "jobs" ? "jobs" : "skip-existing"} is for batches: add --out DIR or --jsonl`);
        return EXIT.usage;
      }
    }
    if (isDirectory(inputs[0]!)) {
      fail(`${inputs[0]}: is a directory, not a file (for a folder, add --out DIR or --jsonl)`);
      return EXIT.noInput;
    }
    return runOne(inputs[0]!, opts);
  }
  const usage = (message: string): number => {
    fail(message);
    return EXIT.usage;
  };
  if (inputs.length === 0) return usage('which articles? give folders or files, or "-" for a manifest on stdin');
  if (opts.text) return usage("--text prints one article's text: it does not combine with --out or --jsonl");
  if (opts.out !== undefined && opts.jsonl) return usage("--out writes files and --jsonl writes to stdout: choose one");
  if (opts.pretty && opts.jsonl) return usage("--jsonl writes one record a line: it does not combine with --pretty");
  if (opts.skipExisting && opts.out === undefined) return usage("--skip-existing needs --out DIR");
  if (inputs.includes("-") && inputs.length > 1) return usage('"-" (a manifest on stdin) stands alone');
  if (opts.published !== undefined && !isIsoDate(opts.published)) return usage(`--published takes a date YYYY-MM-DD, not "${opts.published}"`);
  const { runBatch } = await import("../batch/batch.js");
  return runBatch({
    inputs,
    out: opts.out,
    jsonl: !!opts.jsonl,
    jobs: opts.jobs ?? availableParallelism(),
    quiet: !!opts.quiet,
    skipExisting: !!opts.skipExisting,
    published: opts.published,
    format: opts.format,
    pretty: opts.pretty,
    progressBar: !opts.quiet && !!process.stderr.isTTY,
  });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new InvalidArgumentError("a whole number from 1 to 256");
  return n;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("extract")
    .description("Turn news articles about cyber incidents into validated JSON records: one article, folders, or a manifest stream.")
    .usage("[options] <file|dir|-...>\n       extract check|validate|schema ...")
    .version(version, "-V, --version")
    .exitOverride()
    // usage errors read like every other message: "extract: unknown option '--bogus'"
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(`extract: ${s.replace(/^error: /, "")}`) })
    .showHelpAfterError(false)
    .addHelpText("after", EXAMPLES)
    .argument("[inputs...]", 'an article (.txt, .html), "-" for standard input, or folders and files for a batch')
    .option("--pretty", "indent the JSON (one article, or the files of --out)")
    .option("--published <date>", "publication date YYYY-MM-DD (reference for relative dates; in a batch, for every article a manifest line does not date)")
    .addOption(new Option("--format <format>", "read the input as").choices(["text", "html"]))
    .option("--text", "print the analysed text that offsets refer to, not the record")
    .option("-o, --out <dir>", "batch: write <dir>/<name>.json per article, mirroring the folders given")
    .option("--jsonl", 'batch: one record a line on stdout, in input order; with "-", read a manifest on stdin')
    .option("-j, --jobs <n>", `batch: worker threads (default: one per core, here ${availableParallelism()}); 1 runs in-process`, positiveInt)
    .option("--skip-existing", "batch with --out: skip articles whose output is not older than the article")
    .option("-q, --quiet", "batch: no progress bar, no summary line (errors are still reported)")
    .action(async (inputs: string[], opts: RunOptions) => {
      process.exitCode = await run(inputs, opts, program);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the record")
    .action(async () => {
      const { recordJsonSchema } = await import("../record/schema.js");
      writeOut(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    });

  program
    .command("check")
    .description("run every article that has <name>.expected.json beside it and compare (all but source.path)")
    .argument("<dir|file...>", "folders (walked recursively) or articles")
    .option("--update", "rewrite the expected files that differ (pretty JSON, 2 spaces)")
    .option("-q, --quiet", "no summary line")
    .addHelpText("after", `
An expected record whose source.publishedAt is set, for an article that states no date, is
checked as if run with --published <that date>. Create an expected file with:
  $ extract --pretty [--published YYYY-MM-DD] a.txt > a.expected.json
Exit: 0 all match, 1 any differs (a diff per article on stdout: JSON path, expected, got).`)
    .action(async (paths: string[], opts: { update?: boolean; quiet?: boolean }) => {
      const { runCheck } = await import("../batch/check.js");
      process.exitCode = runCheck(paths, opts);
    });

  program
    .command("validate")
    .description("check records (one JSON record, or JSONL) against the record schema")
    .argument("<file>", 'a record file, a JSONL file, or "-" for standard input')
    .option("-q, --quiet", "no summary line")
    .addHelpText("after", `
Each error is printed as <file>:<line>: <JSON path>: <message>.
Exit: 0 all valid, 1 any invalid (or an error line of a batch), 66 file missing.
  $ extract articles/ --jsonl | extract validate -`)
    .action(async (file: string, opts: { quiet?: boolean }) => {
      const { runValidate } = await import("../batch/validate.js");
      process.exitCode = runValidate(file, opts);
    });
  return program;
}

async function main(): Promise<void> {
  process.on("uncaughtException", (e) => {
    fail(`internal error: ${asExtractError(e).message}`);
    process.exit(EXIT.software);
  });
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") {
        process.exitCode = EXIT.ok;
      } else {
        process.exitCode = EXIT.usage;
      }
      return;
    }
    const err = e instanceof ExtractError ? e : asExtractError(e);
    fail(err.message);
    process.exitCode = err.exitCode;
  }
}

await main();
