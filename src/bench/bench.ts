// `npm run bench [dir] [--limit N] [--repeat N]`: throughput (articles per second) and peak memory of
// `extract` over a folder, with --jobs 1 and with the default jobs, against compromise's own full parse of
// the same articles (nlp(text), then .people(), .organizations(), .places()) as the reference.
//
// extract runs as a child process (`bin/extract <dir> --jsonl --quiet`), its wall time including start-up.
// Every 20 ms its peak RSS (VmHWM, the kernel's high-water mark, in /proc/<pid>/status) and its CPU time
// (user + system of all its threads, /proc/<pid>/stat) are sampled: CPU over wall time is the number of
// cores it kept busy, V8's compiler and garbage collector threads included.
// --repeat N sends the articles N times over (a manifest on stdin, each line with its own id), to measure
// a run the size of N corpora; compromise parses them N times too.
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
  /** CPU seconds of the whole process (all threads), when /proc tells */
  cpuSeconds: number | null;
  exitCode: number | null;
}

/** clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux) */
const TICKS_PER_SECOND = 100;

const bin = fileURLToPath(new URL("../../bin/extract", import.meta.url));

function statusKb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** user + system CPU seconds of a process so far (fields 14 and 15 of /proc/<pid>/stat, after the name) */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Runs bin/extract with `args`; `stdin`, when given, is written to its standard input. */
function runExtract(label: string, args: string[], count: number, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: [stdin === undefined ? "ignore" : "pipe", "ignore", "pipe"] });
    if (stdin !== undefined) child.stdin!.end(stdin);
    let peakKb = 0;
    let cpuSeconds: number | null = null;
    let stderr = "";
    const sample = (): void => {
      if (!child.pid) return;
      const kb = statusKb(child.pid, "VmHWM") ?? statusKb(child.pid, "VmRSS");
      if (kb !== null && kb > peakKb) peakKb = kb;
      cpuSeconds = cpuSecondsOf(child.pid) ?? cpuSeconds;
    };
    const timer = setInterval(sample, 20);
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && code !== 1) process.stderr.write(`bench: ${label} exited ${code}: ${stderr.trim().split("\n").slice(-3).join(" | ")}\n`);
      resolve({ label, seconds, perSecond: count / seconds, peakMb: peakKb ? peakKb / 1024 : null, cpuSeconds, exitCode: code });
    });
  });
}

type Doc = { people(): View; organizations(): View; places(): View };
type View = { out(format: "array"): string[] };

async function runCompromise(paths: string[], repeat: number): Promise<Run> {
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
  const cpuStarted = process.cpuUsage();
  let found = 0;
  for (let r = 0; r < repeat; r++) {
    for (const text of texts) {
      const doc = nlp(text);
      found += doc.people().out("array").length + doc.organizations().out("array").length + doc.places().out("array").length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  if (found < 0) throw new Error("unreachable");
  const label = "compromise full parse (reference)";
  return { label, seconds, perSecond: (texts.length * repeat) / seconds, peakMb: null, cpuSeconds: (cpu.user + cpu.system) / 1e6, exitCode: 0 };
}

const USAGE = "usage: npm run bench -- [dir] [--limit N] [--repeat N]\n  dir defaults to ../shared/corpus/casie-dev/docs\n";

/** a whole number of at least 1, or a usage error */
function countArg(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: ${name} takes a whole number of at least 1, not ${value ?? "nothing"}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

function parseArgs(argv: string[]): { dir: string; limit: number | null; repeat: number } {
  let dir = "../shared/corpus/casie-dev/docs";
  let limit: number | null = null;
  let repeat = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--limit") limit = countArg("--limit", argv[++i]);
    else if (argv[i] === "--repeat") repeat = countArg("--repeat", argv[++i]);
    else if (argv[i] === "--help" || argv[i] === "-h") {
      process.stdout.write(USAGE);
      process.exit(0);
    } else dir = argv[i]!;
  }
  return { dir, limit, repeat };
}

async function main(): Promise<void> {
  const { dir, limit, repeat } = parseArgs(process.argv.slice(2));
  let paths = walkInputs([dir]).inputs.filter((i) => !i.error).map((i) => i.path);
  if (paths.length === 0) {
    process.stderr.write(`bench: no .txt/.html articles under ${dir}\n`);
    process.exit(66);
  }
  // a limit runs the first N articles through a manifest-free list of files
  if (limit && limit < paths.length) paths = paths.slice(0, limit);
  // repeated, the articles go in as a manifest: the same files, each time under a new id
  const inputs = repeat > 1 ? ["-"] : limit ? paths : [dir];
  const manifest = repeat > 1
    ? Array.from({ length: repeat }, (_, r) => paths.map((path) => JSON.stringify({ id: `${r + 1}/${path}`, path })).join("\n") + "\n").join("")
    : undefined;
  const count = paths.length * repeat;
  const jobs = availableParallelism();
  const times = repeat > 1 ? ` x ${repeat} (${count} articles)` : "";
  process.stdout.write(`bench: ${paths.length} articles from ${dir}${times}, ${jobs} cores\n`);

  const one = await runExtract("extract --jobs 1", [...inputs, "--jsonl", "--quiet", "--jobs", "1"], count, manifest);
  const many = await runExtract(`extract --jobs ${jobs} (default)`, [...inputs, "--jsonl", "--quiet"], count, manifest);
  const ref = await runCompromise(paths, repeat);

  // CPU seconds over wall seconds: the cores a run kept busy
  const row = (r: Run): string =>
    `  ${r.label.padEnd(36)} ${r.perSecond.toFixed(1).padStart(8)} articles/s ${r.seconds.toFixed(2).padStart(8)} s` +
    (r.cpuSeconds !== null ? ` ${r.cpuSeconds.toFixed(2).padStart(7)} s CPU (${(r.cpuSeconds / r.seconds).toFixed(2)} cores)` : "") +
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
  // Cores a single thread already keeps busy (V8 compiles and collects garbage on helper threads) are not free
  // for more workers: however little each worker paid to start, `jobs` cores run at most jobs / cores-used as fast.
  if (one.cpuSeconds !== null && jobs > 1) {
    const used = one.cpuSeconds / one.seconds;
    process.stdout.write(`  --jobs 1 keeps ${used.toFixed(2)} of ${jobs} cores busy: ${jobs} workers can be at most ${(jobs / used).toFixed(2)}x as fast\n`);
  }
  if ((one.exitCode ?? 2) > 1 || (many.exitCode ?? 2) > 1) process.exitCode = 1;
}

await main();
