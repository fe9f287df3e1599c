// The progress bar (stderr, only when it is a terminal) and the summary line of a batch.
import { performance } from "node:perf_hooks";

export interface Counts {
  done: number;
  failed: number;
  skipped: number;
}

const REDRAW_MS = 100;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h ? 2 : 1, "0")}:${String(s % 60).padStart(2, "0")}`;
  return h ? `${h}:${mmss}` : mmss;
}

export class Progress {
  readonly counts: Counts = { done: 0, failed: 0, skipped: 0 };
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;

  /** total: the number of inputs when known (a folder walk), null for a stream. */
  constructor(
    private readonly total: number | null,
    private readonly bar: boolean,
    private readonly quiet: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** One more input finished (or failed, or skipped). */
  tick(): void {
    if (!this.bar) return;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw();
  }

  /** A message on stderr, without tearing the bar. */
  message(line: string): void {
    this.clear();
    this.stream.write(`extract: ${line}\n`);
    if (this.bar) this.draw();
  }

  /** Clears the bar and prints the summary line (unless --quiet). */
  end(): void {
    this.clear();
    if (this.quiet) return;
    const { done, failed, skipped } = this.counts;
    this.stream.write(`extract: ${done} done, ${failed} failed, ${skipped} skipped, ${this.seconds().toFixed(1)} s\n`);
  }

  private draw(): void {
    const { done, failed, skipped } = this.counts;
    const n = done + failed + skipped;
    const secs = this.seconds();
    const rate = secs > 0 ? (done + failed) / secs : 0;
    const width = Math.max(40, Math.min(100, this.stream.columns || 80));
    let line: string;
    if (this.total !== null && this.total > 0) {
      const share = Math.min(1, n / this.total);
      const eta = rate > 0 ? (this.total - n) / rate : Infinity;
      const tail = ` ${n}/${this.total} ${(share * 100).toFixed(0)}% ${rate.toFixed(1)}/s ETA ${clock(eta)}${failed ? ` ${failed} failed` : ""}`;
      const barWidth = Math.max(5, width - tail.length - 3);
      const full = Math.round(share * barWidth);
      line = `[${"#".repeat(full)}${"-".repeat(barWidth - full)}]${tail}`;
    } else {
      line = `${n} done ${rate.toFixed(1)}/s ${clock(secs)}${failed ? ` ${failed} failed` : ""}`;
    }
    this.stream.write(`\r${line.slice(0, width - 1)}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (!this.drawn) return;
    this.stream.write("\r\x1b[K");
    this.drawn = false;
  }
}
