// The command line: `extract <file>`, `extract -`, `extract schema`.
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { analysedTextOf, extractFromBytes } from "../extract.js";
import { asExtractError, EXIT, ExtractError } from "../input/errors.js";
import { readInputBytes, type Format } from "../input/read.js";
import { recordJsonSchema } from "../record/schema.js";
import { fail, formatRecord, warn, writeOut } from "./output.js";

const version = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const EXAMPLES = `
Examples:
  $ extract article.txt > incident.json        one record, one compact JSON line
  $ extract --pretty article.html              a saved news page, indented
  $ cat article.txt | extract --published 2024-05-03 -
  $ extract --text page.html                   the text the record's offsets refer to
  $ extract schema > record.schema.json        the JSON Schema of the record

Exit codes:
  0 success, 2 wrong usage, 65 input is not text (binary, invalid UTF-8),
  66 input missing or unreadable, 70 internal error (a record failed its schema)`;

export interface RunOptions {
  pretty?: boolean;
  published?: string;
  format?: Format;
  text?: boolean;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function runOne(input: string, opts: RunOptions): number {
  if (opts.published !== undefined && !isIsoDate(opts.published)) {
    fail(`--published takes a date YYYY-MM-DD, not "${opts.published}"`);
    return EXIT.usage;
  }
  try {
    const bytes = readInputBytes(input);
    if (opts.text) {
      writeOut(analysedTextOf(bytes, input, opts.format));
      return EXIT.ok;
    }
    if (bytes.length === 0 || /^\s*$/.test(new TextDecoder().decode(bytes.subarray(0, 4096))) && bytes.length < 4096) {
      warn(`${input}: input is empty`);
    }
    const record = extractFromBytes(bytes, { path: input, published: opts.published ?? null, format: opts.format });
    writeOut(formatRecord(record, !!opts.pretty));
    return EXIT.ok;
  } catch (e) {
    const err = asExtractError(e);
    fail(err.code === "internal" ? `internal error: ${err.message}` : err.message);
    return err.exitCode;
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("extract")
    .description("Turn a news article about a cyber incident into a validated JSON record.")
    .version(version, "-V, --version")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError(false)
    .addHelpText("after", EXAMPLES);

  program
    .command("schema")
    .description("print the JSON Schema of the record")
    .action(() => {
      writeOut(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    });

  program
    .command("run", { isDefault: true, hidden: true })
    .argument("<input>", 'an article (.txt, .html), or "-" for standard input')
    .option("--pretty", "indent the JSON")
    .option("--published <date>", "publication date YYYY-MM-DD (reference for relative dates)")
    .addOption(new Option("--format <format>", "read the input as").choices(["text", "html"]))
    .option("--text", "print the analysed text that offsets refer to, not the record")
    .action((input: string, opts: RunOptions) => {
      process.exitCode = runOne(input, opts);
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
