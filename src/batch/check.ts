// `extract check <dir|file...>`: regression test of articles against <name>.expected.json beside them.
//
// Every field is compared except source.path (it depends on the folder the command runs from).
// Publication date: an expected record whose source.publishedAt is set, for an article that does not state
// it (the extractor finds none), is checked as if run with `--published <that date>`: the date the
// fixture was generated with is kept in the expected file itself, no side file needed.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { extractFromBytes } from "../extract.js";
import { asExtractError, EXIT } from "../input/errors.js";
import { readInputBytes } from "../input/read.js";
import type { ExtractionRecord } from "../record/schema.js";
import { writeAtomic } from "./atomic.js";
import { diffJson, formatDiff } from "./diff.js";
import { ARTICLE_EXTENSION, walkInputs } from "./walk.js";

export interface CheckOptions {
  update?: boolean;
  quiet?: boolean;
}

export function expectedPathOf(article: string): string {
  return join(dirname(article), `${basename(article).replace(ARTICLE_EXTENSION, "")}.expected.json`);
}

function publishedOf(expected: unknown): string | null {
  const p = (expected as { source?: { publishedAt?: unknown } } | null)?.source?.publishedAt;
  return typeof p === "string" ? p : null;
}

/** The record for an article, with the expected file's publication date when the article states none. */
export function extractForCheck(article: string, expected: unknown): ExtractionRecord {
  const bytes = readInputBytes(article);
  const record = extractFromBytes(bytes, { path: article });
  const published = publishedOf(expected);
  if (published && record.source.publishedAt === null) return extractFromBytes(bytes, { path: article, published });
  return record;
}

function withoutPath(record: unknown): unknown {
  if (!record || typeof record !== "object") return record;
  const r = record as { source?: Record<string, unknown> };
  if (!r.source || typeof r.source !== "object") return record;
  const { path: _path, ...source } = r.source;
  return { ...r, source };
}

export function runCheck(args: string[], opts: CheckOptions): number {
  const out = (s: string) => process.stdout.write(s + "\n");
  const note = (s: string) => process.stderr.write(`extract: ${s}\n`);
  for (const arg of args) {
    if (!existsSync(arg)) {
      note(`${arg}: no such file or folder`);
      return EXIT.noInput;
    }
  }
  const articles = walkInputs(args).inputs.filter((i) => !i.error && ARTICLE_EXTENSION.test(i.path));
  let checked = 0, matched = 0, differ = 0, updated = 0;
  for (const { path } of articles) {
    const expectedPath = expectedPathOf(path);
    if (!existsSync(expectedPath)) continue;
    checked++;
    let expected: unknown = null;
    let expectedError: string | null = null;
    try {
      expected = JSON.parse(readFileSync(expectedPath, "utf8"));
    } catch (e) {
      expectedError = `${expectedPath}: not JSON (${(e as Error).message.split("\n")[0]})`;
    }
    let got: ExtractionRecord;
    try {
      got = extractForCheck(path, expected);
    } catch (e) {
      differ++;
      out(`${path}: ${asExtractError(e).message}`);
      continue;
    }
    const diffs = expectedError ? [] : diffJson(withoutPath(expected), withoutPath(got));
    if (!expectedError && diffs.length === 0) {
      matched++;
      continue;
    }
    if (opts.update) {
      writeAtomic(expectedPath, JSON.stringify(got, null, 2) + "\n");
      updated++;
      if (!opts.quiet) note(`updated ${expectedPath}`);
      continue;
    }
    differ++;
    if (expectedError) out(expectedError);
    else {
      out(`${path}: ${diffs.length} difference${diffs.length === 1 ? "" : "s"} from ${expectedPath}`);
      for (const line of formatDiff(diffs)) out(line);
    }
  }
  if (!opts.quiet) {
    const parts = [`${checked} checked`, `${matched} match`, `${differ} differ`];
    if (opts.update) parts.push(`${updated} updated`);
    note(`check: ${parts.join(", ")}${checked === 0 ? " (no <name>.expected.json beside any article)" : ""}`);
  }
  return differ > 0 ? EXIT.someFailed : EXIT.ok;
}
