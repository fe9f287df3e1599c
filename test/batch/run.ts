// Spawning the built CLI (npm test builds it first) in a scratch folder.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const bin = new URL("../../bin/extract", import.meta.url).pathname;

export interface Ran {
  status: number | null;
  /** the signal that ended the process, if one did (status is then null) */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runSync(args: string[], opts: { cwd?: string; input?: string } = {}): Ran {
  const r = spawnSync(bin, args, { cwd: opts.cwd, input: opts.input, encoding: "utf8" });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Asynchronous, so that the tests of one file can run their commands side by side. */
export function run(args: string[], opts: { cwd?: string; input?: string } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: opts.cwd, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

export function scratch(prefix = "extract-batch-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function put(root: string, rel: string, content: string | Buffer): string {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

export const lines = (s: string): unknown[] => s.split("\n").filter(Boolean).map((l) => JSON.parse(l) as unknown);

/** Short articles of the kind the tool reads, written for these tests. */
export const ARTICLES = [
  "Hackers broke into the network of a regional bank in Germany on 3 May 2024, the bank said on Friday.\n",
  "A ransomware attack disrupted surgery schedules at a hospital in Lyon, France, last week.\n\nThe hospital said patient records were encrypted.\n",
  "Microsoft patched CVE-2024-21412, a flaw exploited by a criminal group, in its February update.\n",
  "Officials in Estonia said a wave of denial-of-service attacks knocked government websites offline for hours.\n",
  "The police arrested two men suspected of stealing $2 million from a cryptocurrency exchange in Singapore.\n",
  "A phishing campaign targeted staff at three universities in Canada, according to a statement.\n",
];

export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
export const BAD_UTF8 = Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65, 0x0a]);
