/**
 * A fixed-size pool of worker threads, each running one task at a time (node:worker_threads directly:
 * one message each way per document, nothing else to pay for). The pool queues what it is given and
 * hands the next tasks to the first workers with room; callers get one promise per task and keep their
 * own order. Each worker holds up to TASKS_PER_WORKER tasks: the one it runs and the next, which it
 * reads while running the first, so it never sits idle waiting for a file or for the main thread.
 *
 * Isolation: a task gets `timeoutMs` from the moment a worker starts it (a worker runs its tasks in the
 * order given, so the next one starts when the previous result arrives). On expiry the worker is
 * terminated (that stops even a synchronous endless loop), the task fails with E_TIMEOUT and a fresh
 * worker takes the slot. A worker that dies mid-task (out of memory, a native crash, process.exit) fails
 * only that task, with E_INTERNAL, and is replaced the same way. Tasks the dead worker held but had
 * not started go back to the head of the queue. A worker that dies before it ever got
 * ready means the worker script itself is broken: the pool fails everything instead of respawning forever.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Fifo } from '../lib/fifo';
import type { WinnowError } from '../types';
import { transferList, type Task, type TaskResult, type TaskSettings, type WorkerMessage } from './protocol';

/** The built worker script. src/workers and dist/workers both sit two levels below the package root, so
 *  ts-jest tests (running src/) use the built worker too. */
export const WORKER_SCRIPT = path.join(__dirname, '..', '..', 'dist', 'workers', 'worker.js');

export interface PoolOptions {
  readonly size: number;
  /** Per-task limit in ms; 0 = none. */
  readonly timeoutMs: number;
  readonly settings: TaskSettings;
  readonly script?: string;
  /** The workers' environment (default: this process's); the test fault hook is read from it. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

interface Job {
  readonly task: Task;
  readonly resolve: (result: TaskResult) => void;
}

/** Heap limits per pool worker. V8 grows a heap lazily towards its limits, so with the defaults each
 *  worker carries 120-150 MB of garbage on a stream of ordinary pages whose live heap is ~25 MB; these
 *  make it collect sooner (peak RSS of two workers on news pages: ~310 -> ~210 MB, /tmp probe and
 *  scripts/bench.mjs). A document that needs more (a multi-MB dump) is not failed: it is run again,
 *  alone, on an uncapped worker. The young generation is 12 MB, not 16: on the bench's 100,000-record
 *  -j2 stream, 16 MB peaked at 257 MB (target 250; 4,000 records: ~244 vs ~220 MB). The price is ~6% more
 *  CPU on that stream and up to ~12% per document on entity-heavy text dumps (extract() in a worker with
 *  these limits, three alternating runs). */
export const WORKER_YOUNG_GENERATION_MB = 12;
export const WORKER_OLD_GENERATION_MB = 192;
const OUT_OF_MEMORY_CODE = 'ERR_WORKER_OUT_OF_MEMORY';
/** Tasks a worker holds at once: the running one and the next. Two hides the next file's read and the
 *  message round trip behind the running document (with one, each worker was idle ~13% of a batch of
 *  16 KB dumps); more would only move work away from a worker that frees up first. */
export const TASKS_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Tasks given to this worker, in the order it runs them; the first is the running one. */
  jobs: Job[];
  timer: NodeJS.Timeout | null;
  /** The worker's uncaught error, reported when it exits. */
  lastError: string | null;
  /** It died for want of heap (see WORKER_OLD_GENERATION_MB). */
  outOfMemory: boolean;
  /** An uncapped worker started for one document; stopped after it. */
  readonly solo: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue = new Fifo<Job>();
  private readonly solos = new Set<Slot>();
  private broken: WinnowError | null = null;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.options.size;
  }

  /** Runs one task on the next free worker. Never rejects: every failure is a result. */
  run(task: Task): Promise<TaskResult> {
    if (this.broken) return Promise.resolve({ kind: 'failed', error: this.broken });
    if (this.closed) return Promise.resolve(failed('E_INTERNAL', 'the worker pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; tasks still queued fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.drain()) job.resolve(failed('E_INTERNAL', 'the run stopped before this input was extracted'));
    await Promise.all([...this.slots, ...this.solos].map((slot) => this.stop(slot)));
  }

  /** A worker for the pool (`capped`), or an uncapped one for a single large document. */
  private spawn(capped = true): Slot {
    const worker = new Worker(this.options.script ?? WORKER_SCRIPT, {
      workerData: this.options.settings,
      env: this.options.env ?? process.env,
      ...(capped ? { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB } } : {}),
    });
    const slot: Slot = { worker, ready: false, jobs: [], timer: null, lastError: null, outOfMemory: false, solo: !capped };
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') {
        slot.ready = true;
      } else {
        this.finish(slot, message.result);
      }
      this.dispatch();
    });
    // An uncaught error is followed by 'exit'; the exit handler does the replacing.
    worker.on('error', (err: NodeJS.ErrnoException) => {
      slot.lastError = err.message;
      slot.outOfMemory = err.code === OUT_OF_MEMORY_CODE;
    });
    worker.on('exit', (code) => this.onExit(slot, code));
    return slot;
  }

  private onExit(slot: Slot, code: number): void {
    if (this.closed) return;
    if (slot.solo) {
      if (slot.jobs.length > 0) this.finish(slot, failed('E_INTERNAL', `extraction worker crashed (${slot.lastError ?? `exit code ${code}`}); the input was skipped`));
      return;
    }
    const index = this.slots.indexOf(slot);
    if (index === -1) return; // terminated on purpose and already replaced
    if (!slot.ready) {
      this.broken = { code: 'E_INTERNAL', message: `extraction worker could not start (${slot.lastError ?? `exit code ${code}`})` };
      for (const job of slot.jobs.splice(0)) job.resolve({ kind: 'failed', error: this.broken });
      for (const job of this.queue.drain()) job.resolve({ kind: 'failed', error: this.broken });
      return;
    }
    this.slots[index] = this.spawn();
    this.requeueWaiting(slot);
    const job = slot.jobs[0];
    if (job && slot.outOfMemory) {
      if (slot.timer) clearTimeout(slot.timer);
      slot.jobs = [];
      this.runSolo(job);
      return;
    }
    this.finish(slot, failed('E_INTERNAL', `extraction worker crashed (${slot.lastError ?? `exit code ${code}`}); the input was skipped`));
    this.dispatch();
  }

  /** Runs one job on a worker of its own without the heap cap, then stops that worker. */
  private runSolo(job: Job): void {
    const slot = this.spawn(false);
    this.solos.add(slot);
    const done = (result: TaskResult): void => {
      this.solos.delete(slot);
      job.resolve(result);
      void this.stop(slot);
    };
    slot.jobs = [{ task: job.task, resolve: done }];
    slot.worker.once('message', () => {
      slot.worker.postMessage({ task: job.task }, transferList(job.task));
      if (this.options.timeoutMs > 0) slot.timer = setTimeout(() => this.finish(slot, timedOut(this.options.timeoutMs)), this.options.timeoutMs);
    });
  }

  /** Gives queued tasks to ready workers with room, filling the emptiest first so that with fewer tasks
   *  than places every worker still gets one. */
  private dispatch(): void {
    for (let depth = 0; depth < TASKS_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) break;
        if (!slot.ready || slot.jobs.length !== depth) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        slot.worker.postMessage({ task: job.task }, transferList(job.task));
        if (depth === 0) this.startClock(slot);
      }
    }
  }

  /** Starts the time limit of the slot's running task. */
  private startClock(slot: Slot): void {
    if (this.options.timeoutMs > 0) slot.timer = setTimeout(() => this.timeOut(slot), this.options.timeoutMs);
  }

  private timeOut(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots[index] = this.spawn();
    this.requeueWaiting(slot);
    this.finish(slot, timedOut(this.options.timeoutMs));
    void this.stop(slot);
    this.dispatch();
  }

  /** Settles the slot's running task; the next one it holds starts now, so its clock does too. */
  private finish(slot: Slot, result: TaskResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.jobs.shift();
    if (slot.jobs.length > 0) this.startClock(slot);
    job?.resolve(result);
  }

  /** Puts the tasks a lost worker held but had not started back at the head of the queue, in order. */
  private requeueWaiting(slot: Slot): void {
    const waiting = slot.jobs.splice(1);
    for (let i = waiting.length - 1; i >= 0; i--) {
      this.queue.unshift(waiting[i]!);
    }
  }

  private async stop(slot: Slot): Promise<void> {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    await slot.worker.terminate();
  }

}

function timedOut(ms: number): TaskResult {
  return failed('E_TIMEOUT', `extraction took longer than --timeout-ms ${ms}`);
}

function failed(code: WinnowError['code'], message: string): TaskResult {
  return { kind: 'failed', error: { code, message } };
}
