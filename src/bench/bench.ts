// `npm run bench [dir] [--limit N]`: throughput (articles per second) and peak memory of `extract` over a
// folder, with --jobs 1 and with the default jobs, against compromise's own full parse of the same
// articles (nlp(text), then .people(), .organizations(), .places()) as the reference.
//
// extract runs as a child process (`bin/extract <dir> --jsonl --quiet`), its wall time including start-up;
// its peak RSS is sampled from /proc/<pid>/status (VmHWM, the kernel's high-water mark) every 20 ms.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { walkInputs } from "../batch/walk.js";

const TARGETS = { jobs1VsCompromise: 3, defaultVsJobs1: 1.7, peakMb: 300 };

interface Run {
  label: string;
  seconds: number;
  perSecond: number;
  peakMb: number | null;
  exitCode: number | null;
}

const bin = fileURLToPath(new URL("../../bin/extract", import.meta.url));

function statusKb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function runExtract(label: string, args: string[], count: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let peakKb = 0;
    let stderr = "";
    const sample = (): void => {
      const kb = child.pid ? statusKb(child.pid, "VmHWM") ?? statusKb(child.pid, "VmRSS") : null;
      if (kb !== null && kb > peakKb) peakKb = kb;
    };
    const timer = setInterval(sample, 20);
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && code !== 1) process.stderr.write(`bench: ${label} exited ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}\n`);
      resolve({ label, seconds, perSecond: count / seconds, peakMb: peakKb ? peakKb / 1024 : null, exitCode: code });
    });
  });
}

type Doc = { people(): View; organizations(): View; places(): View };
type View = { out(format: "array"): string[] };

async function runCompromise(paths: string[]): Promise<Run> {
  const { analysedTextOf } = await import("../extract.js");
  const texts = paths.map((p) => {
    try {
      return analysedTextOf(readFileSync(p), p);
    } catch {
      return "";
    }
  });
  const nlp = createRequire(import.meta.url)("compromise") as (text: string) => Doc;
  nlp("Warm up, once."); // loading is not parsing
  const started = performance.now();
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().out("array").length + doc.organizations().out("array").length + doc.places().out("array").length;
  }
  const seconds = (performance.now() - started) / 1000;
  if (found < 0) throw new Error("unreachable");
  return { label: "compromise full parse (reference)", seconds, perSecond: texts.length / seconds, peakMb: null, exitCode: 0 };
}

function parseArgs(argv: string[]): { dir: string; limit: number | null } {
  let dir = "../shared/corpus/casie-dev/docs";
  let limit: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--limit") limit = Number(argv[++i]);
    else if (argv[i] === "--help" || argv[i] === "-h") {
      process.stdout.write("usage: npm run bench -- [dir] [--limit N]\n  dir defaults to ../shared/corpus/casie-dev/docs\n");
      process.exit(0);
    } else dir = argv[i]!;
  }
  return { dir, limit };
}

async function main(): Promise<void> {
  const { dir, limit } = parseArgs(process.argv.slice(2));
  let paths = walkInputs([dir]).inputs.filter((i) => !i.error).map((i) => i.path);
  if (paths.length === 0) {
    process.stderr.write(`bench: no .txt/.html articles under ${dir}\n`);
    process.exit(66);
  }
  // a limit runs the first N articles through a manifest-free list of files
  if (limit && limit < paths.length) paths = paths.slice(0, limit);
  const inputs = limit ? paths : [dir];
  const jobs = availableParallelism();
  process.stdout.write(`bench: ${paths.length} articles from ${dir}, ${jobs} cores\n`);

  const one = await runExtract("extract --jobs 1", [...inputs, "--jsonl", "--quiet", "--jobs", "1"], paths.length);
  const many = await runExtract(`extract --jobs ${jobs} (default)`, [...inputs, "--jsonl", "--quiet"], paths.length);
  const ref = await runCompromise(paths);

  const row = (r: Run): string =>
    `  ${r.label.padEnd(36)} ${r.perSecond.toFixed(1).padStart(8)} articles/s ${r.seconds.toFixed(2).padStart(8)} s` +
    (r.peakMb !== null ? ` ${r.peakMb.toFixed(0).padStart(6)} MB peak RSS` : "");
  process.stdout.write([row(one), row(many), row(ref)].join("\n") + "\n");

  const verdict = (ok: boolean): string => (ok ? "ok" : "BELOW TARGET");
  const r1 = one.perSecond / ref.perSecond;
  const r2 = many.perSecond / one.perSecond;
  const peak = Math.max(one.peakMb ?? 0, many.peakMb ?? 0);
  process.stdout.write(
    `  --jobs 1 / compromise:        ${r1.toFixed(2)}x  (target >= ${TARGETS.jobs1VsCompromise}x) ${verdict(r1 >= TARGETS.jobs1VsCompromise)}\n` +
      `  --jobs ${jobs} / --jobs 1:          ${r2.toFixed(2)}x  (target >= ${TARGETS.defaultVsJobs1}x) ${verdict(r2 >= TARGETS.defaultVsJobs1)}\n` +
      `  peak memory:                  ${peak.toFixed(0)} MB (target < ${TARGETS.peakMb} MB) ${verdict(peak < TARGETS.peakMb)}\n`,
  );
  if ((one.exitCode ?? 2) > 1 || (many.exitCode ?? 2) > 1) process.exitCode = 1;
}

await main();
