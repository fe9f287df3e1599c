// Running tasks over worker threads, emitting results in input order with bounded in-flight work.
//
// push() waits while `window` tasks are submitted but not yet emitted, and emit() is awaited (it waits
// for stdout to drain), so a slow reader of the output slows the reading of the input: memory stays
// flat however long the batch. With jobs = 1 tasks run in this thread, one at a time, in order.
import { Worker } from "node:worker_threads";
import type { Task, TaskResult } from "./task.js";

export type Emit = (task: Task, result: TaskResult) => void | Promise<void>;
export type TaskInput = Omit<Task, "seq">;
/** A result known without running anything (an unreadable manifest line, a collision): emitted in its place. */
export type Preset = { code: Extract<TaskResult, { ok: false }>["code"]; message: string };

interface Job {
  task: Task;
  result?: TaskResult;
}

const MAX_CRASHES = 50;
/** Tasks handed to one worker at a time: with a second one queued in the worker, it never waits for this
 * thread (busy writing output, or not scheduled) to send the next. */
const PER_WORKER = 2;
/** A small young generation per worker keeps memory down: on the 509 CASIE articles with 2 workers, peak RSS
 * 222 MB at 4 MB and 6.4 s; 245 MB at 16 MB and 5.8 s (less garbage collection); 275 MB at 32 MB, no faster. */
const YOUNG_GENERATION_MB = 16;

export class OrderedPool {
  private readonly jobs = new Map<number, Job>();
  private submitted = 0;
  private emitted = 0;
  private flushing = false;
  private readonly roomWaiters: (() => void)[] = [];
  private doneWaiter: (() => void) | null = null;
  private readonly queue: Task[] = [];
  /** the tasks each worker holds, in the order it runs them: the first is the one running */
  private readonly busy = new Map<Worker, Task[]>();
  private readonly errors = new Map<Worker, string>();
  private crashes = 0;
  private closing = false;

  private constructor(
    private readonly threads: number,
    private readonly window: number,
    private readonly emit: Emit,
    private readonly inline: ((task: Task) => TaskResult) | null,
  ) {
    for (let i = 0; i < threads; i++) this.spawn();
  }

  /** jobs worker threads (or the current thread when jobs is 1). */
  static async create(jobs: number, emit: Emit): Promise<OrderedPool> {
    if (jobs <= 1) {
      const { runTask } = await import("./task.js");
      return new OrderedPool(0, 4, emit, runTask);
    }
    return new OrderedPool(jobs, jobs * 4, emit, null);
  }

  /** Submits the next task in input order; resolves once there is room for it. */
  async push(input: TaskInput, preset?: Preset): Promise<void> {
    while (this.submitted - this.emitted >= this.window) await new Promise<void>((r) => this.roomWaiters.push(r));
    const task: Task = { ...input, seq: this.submitted++ };
    this.jobs.set(task.seq, { task });
    if (preset) this.complete({ seq: task.seq, ok: false, ...preset });
    else if (this.inline) this.complete(this.inline(task));
    else {
      this.queue.push(task);
      this.pump();
    }
    // let the output catch up with what ran in this thread
    if (this.inline || preset) await this.settled();
  }

  /** Resolves when everything pushed has been emitted; stops the workers. */
  async finish(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.doneWaiter = resolve;
      this.checkDone();
    });
    this.closing = true;
    await Promise.all([...this.busy.keys()].map((w) => w.terminate()));
  }

  private settled(): Promise<void> {
    return new Promise((r) => setImmediate(r));
  }

  private complete(result: TaskResult): void {
    const job = this.jobs.get(result.seq);
    if (!job || job.result) return;
    job.result = result;
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (let job = this.jobs.get(this.emitted); job?.result; job = this.jobs.get(this.emitted)) {
        this.jobs.delete(this.emitted);
        await this.emit(job.task, job.result);
        this.emitted++;
        this.roomWaiters.shift()?.();
      }
    } finally {
      this.flushing = false;
    }
    this.checkDone();
  }

  private checkDone(): void {
    if (this.doneWaiter && !this.flushing && this.emitted === this.submitted) {
      const done = this.doneWaiter;
      this.doneWaiter = null;
      done();
    }
  }

  private spawn(): void {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.busy.set(worker, []);
    worker.on("message", (result: TaskResult) => {
      const held = this.busy.get(worker);
      const i = held?.findIndex((t) => t.seq === result.seq) ?? -1;
      if (held && i >= 0) held.splice(i, 1);
      this.complete(result);
      this.pump();
    });
    worker.on("error", (e) => this.errors.set(worker, e.message.split("\n")[0]!));
    worker.on("exit", () => {
      if (this.closing) return;
      const [task, ...waiting] = this.busy.get(worker) ?? [];
      const why = this.errors.get(worker) ?? "worker stopped";
      this.busy.delete(worker);
      this.errors.delete(worker);
      // the task it was running failed; those it had not started go back to the queue
      this.queue.unshift(...waiting);
      if (task) this.complete({ seq: task.seq, ok: false, code: "internal", message: `${task.path}: internal error: ${why}` });
      if (++this.crashes <= MAX_CRASHES) this.spawn();
      else if (this.busy.size === 0) {
        for (const t of this.queue.splice(0)) {
          this.complete({ seq: t.seq, ok: false, code: "internal", message: `${t.path}: internal error: no worker left (${why})` });
        }
      }
      this.pump();
    });
  }

  private pump(): void {
    // hand out tasks to the least loaded workers first
    for (let load = 0; load < PER_WORKER; load++) {
      for (const [worker, held] of this.busy) {
        if (!this.queue.length) break;
        if (held.length !== load) continue;
        const task = this.queue.shift()!;
        held.push(task);
        worker.postMessage(task);
      }
    }
    if (this.threads && this.busy.size === 0 && this.crashes > MAX_CRASHES) {
      for (const t of this.queue.splice(0)) {
        this.complete({ seq: t.seq, ok: false, code: "internal", message: `${t.path}: internal error: no worker left` });
      }
    }
  }
}
