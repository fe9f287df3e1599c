// `extract validate <file|->`: records (one JSON record, pretty or not, or JSONL) against the zod schema.
// Each error names its line, its JSON path and what is wrong:  out.jsonl:12: $.incidents[0].types[1]: ...
import { RecordSchema } from "../record/schema.js";
import { asExtractError, EXIT } from "../input/errors.js";
import { readInputBytes } from "../input/read.js";
import { childPath } from "./diff.js";
import { lineIndex, lineOf } from "./locate.js";

const MAX_ISSUES_PER_RECORD = 20;

export interface ValidateOptions {
  quiet?: boolean;
}

interface Problem {
  line: number;
  path: string;
  message: string;
}

function issuesOf(value: unknown, firstLine: number, text: string, pretty: boolean): Problem[] {
  const o = value as Record<string, unknown> | null;
  if (o && typeof o === "object" && !Array.isArray(o) && "error" in o && !("schemaVersion" in o)) {
    const err = o.error as { code?: unknown; message?: unknown } | null;
    return [{ line: firstLine, path: "$", message: `an error line, not a record (${String(err?.code ?? "?")}: ${String(err?.message ?? "")})` }];
  }
  const result = RecordSchema.safeParse(value);
  if (result.success) return [];
  const lines = pretty ? lineIndex(text, firstLine) : null;
  return result.error.issues.slice(0, MAX_ISSUES_PER_RECORD).map((issue) => {
    const path = issue.path.reduce<string>((p, k) => childPath(p, typeof k === "number" ? k : String(k)), "$");
    return { line: lines ? lineOf(lines, path) ?? firstLine : firstLine, path, message: issue.message };
  });
}

export function runValidate(input: string, opts: ValidateOptions): number {
  const note = (s: string) => process.stderr.write(`extract: ${s}\n`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readInputBytes(input));
  } catch (e) {
    const err = asExtractError(e);
    note(err.code === "internal" ? `${input}: not UTF-8 text` : err.message);
    return err.code === "internal" ? EXIT.dataErr : err.exitCode;
  }
  const name = input === "-" ? "(stdin)" : input;
  const problems: Problem[] = [];
  let records = 0, invalid = 0;

  const check = (value: unknown, line: number, source: string, pretty: boolean): void => {
    records++;
    const found = issuesOf(value, line, source, pretty);
    if (found.length) invalid++;
    problems.push(...found);
  };

  let whole: unknown;
  let single = false;
  try {
    whole = JSON.parse(text);
    single = !!whole && typeof whole === "object" && !Array.isArray(whole);
  } catch {
    single = false;
  }
  if (single) {
    const firstLine = text.slice(0, text.search(/\S/)).split("\n").length;
    check(whole, firstLine, text.slice(text.search(/\S/)), text.trim().includes("\n"));
  } else {
    const lines = text.split("\n");
    lines.forEach((raw, k) => {
      const l = raw.replace(/\r$/, "");
      if (!l.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(l);
      } catch (e) {
        records++;
        invalid++;
        problems.push({ line: k + 1, path: "$", message: `not JSON (${(e as Error).message.split("\n")[0]})` });
        return;
      }
      check(value, k + 1, l, false);
    });
  }
  for (const p of problems) process.stdout.write(`${name}:${p.line}: ${p.path}: ${p.message}\n`);
  if (records === 0) {
    note(`validate: no record in ${name}`);
    return EXIT.someFailed;
  }
  if (!opts.quiet) note(`validate: ${records} record${records === 1 ? "" : "s"}, ${records - invalid} valid, ${invalid} invalid`);
  return invalid > 0 ? EXIT.someFailed : EXIT.ok;
}
