/**
 * The one path every document takes: inputs → tasks → extractor → ordered writer.
 * Streamed end to end: a task is made only when the extractor has room for it (`capacity`), NDJSON is
 * split line by line from a stream, and each outcome is written, awaiting the sink (and so the
 * destination's drain), before more is read. Memory is bounded by `capacity` documents, whatever the
 * number or size of inputs. Outcomes are written in input order whichever finishes first, so the output
 * is the same for any number of workers.
 * This module loads neither the pipeline nor the worker code: the extractor it is given does.
 */
import type { ErrorCode } from '../types';
import type { InputList, InputSource } from '../io/find-inputs';
import { formatEvent } from '../io/serialize';
import { Fifo } from '../lib/fifo';
import type { OutputSink } from '../io/write-output';
import type { Task, TaskResult } from '../workers/protocol';
import { readJobs } from '../workers/read-jobs';
import type { Reporter, RunSummary } from './messages';

/** Turns tasks into results: in this thread (capacity 1) or on a worker pool. */
export interface Extractor {
  /** How many tasks may be in flight at once. */
  readonly capacity: number;
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

export interface RunSettings {
  readonly maxBytes: number;
  readonly events: boolean;
  readonly pretty: boolean;
  /** --skip-existing: inputs whose complete output already exists are not read. */
  readonly skip?: (input: InputSource) => Promise<boolean>;
  /** Told about progress (the TTY progress line); never affects output. */
  readonly observer?: RunObserver;
}

export interface RunObserver {
  /** A document or failed input was written out. */
  documentDone(failed: boolean): void;
  /** An input was finished (or skipped). */
  inputDone(): void;
  /** Bytes of an NDJSON stream were read. */
  bytesRead(n: number): void;
}

/** Queue entry: a result on its way, or the end of an input (per-input output files close there). */
type Pending =
  | { readonly kind: 'result'; readonly input: InputSource; readonly where: string; readonly result: Promise<TaskResult> }
  | { readonly kind: 'end'; readonly input: InputSource };

/** Reads every input in order, extracts, writes outcomes in input order; returns the run's counts.
 *  Reading and writing run side by side: a result is written as soon as it and everything before it are
 *  done (a trickling stdin still gets each record at once), and reading waits while `capacity` tasks are
 *  unwritten. */
export async function processInputs(
  inputs: InputList,
  settings: RunSettings,
  sink: OutputSink,
  reporter: Reporter,
  extractor: Extractor,
  stdin: AsyncIterable<Uint8Array>,
): Promise<RunSummary> {
  const started = performance.now();
  const counts = { records: 0, failed: 0, skipped: 0, warnings: 0, blankLines: 0 };
  const errors = new Map<ErrorCode, number>();
  const observer = settings.observer;
  const queue = new Handoff<Pending>(extractor.capacity);

  const emit = async (head: Pending): Promise<void> => {
    if (head.kind === 'end') {
      await sink.endInput(head.input);
      observer?.inputDone();
      return;
    }
    const settled = await head.result;
    // The extracting pass never observes (settings.observe is the learning pass's): guard the type anyway.
    const result: TaskResult = settled.kind === 'observed'
      ? { kind: 'failed', error: { code: 'E_INTERNAL', message: 'internal error: a document was observed, not extracted' } }
      : settled;
    if (result.kind === 'blank') {
      counts.blankLines++;
    } else if (result.kind === 'done') {
      counts.records++;
      counts.warnings += result.warnings.length;
      for (const warning of result.warnings) reporter.warning(head.where, warning);
      reporter.diagnostics(head.where, result.format, result.diagnostics);
      reporter.removed(head.where, result.removed);
      await sink.write(head.input, result.text);
      observer?.documentDone(false);
    } else {
      counts.failed++;
      errors.set(result.error.code, (errors.get(result.error.code) ?? 0) + 1);
      reporter.failure(head.where, result.error);
      if (settings.events) {
        await sink.write(head.input, formatEvent('error', { input: head.where, code: result.error.code, message: result.error.message }, settings.pretty));
      }
      observer?.documentDone(true);
    }
  };

  const writer = (async (): Promise<void> => {
    for (let head = await queue.take(); head !== null; head = await queue.take()) await emit(head);
  })();
  // A failed write stops the reader at its next put.
  writer.catch((err: unknown) => queue.fail(err));

  let inputCount = 0;
  for await (const input of inputs) {
    inputCount++;
    if (settings.skip && await settings.skip(input)) {
      counts.skipped++;
      observer?.inputDone();
      continue;
    }
    for await (const job of readJobs(input, settings.maxBytes, stdin, observer)) {
      await queue.room();
      const result = job.kind === 'task'
        ? extractor.run(job.task)
        : Promise.resolve<TaskResult>({ kind: 'failed', error: job.error });
      queue.put({ kind: 'result', input, where: job.kind === 'task' ? job.task.where : job.where, result });
    }
    queue.put({ kind: 'end', input });
  }
  queue.end();
  await writer;

  const summary: RunSummary = {
    inputs: inputCount, ...counts,
    errors: Object.fromEntries([...errors.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    elapsedMs: Math.round(performance.now() - started),
  };
  if (settings.events) await sink.write(null, formatEvent('summary', summary, settings.pretty));
  return summary;
}

/**
 * The ordered queue between the reader and the writer. At most `capacity` results are unwritten at a time
 * (input ends do not count: they hold no document); `room()` waits for a free place, `take()` for the
 * next entry. A writer failure is passed to the reader through `fail`.
 */
export class Handoff<T extends { readonly kind: string }> {
  private readonly items = new Fifo<T>();
  private lastTaken: T | null = null;
  private results = 0;
  private ended = false;
  private failure: { readonly error: unknown } | null = null;
  private wakeTaker: (() => void) | null = null;
  private wakePutter: (() => void) | null = null;

  constructor(private readonly capacity: number) {}

  /** Resolves when another result may be put (rejects if the writer failed). */
  async room(): Promise<void> {
    while (this.results >= this.capacity && this.failure === null) {
      await new Promise<void>((resolve) => { this.wakePutter = resolve; });
    }
    if (this.failure) throw this.failure.error;
  }

  put(item: T): void {
    if (this.failure) throw this.failure.error;
    this.items.push(item);
    if (item.kind === 'result') this.results++;
    this.wake('taker');
  }

  /** No more entries will come. */
  end(): void {
    this.ended = true;
    this.wake('taker');
  }

  fail(error: unknown): void {
    this.failure = { error };
    this.wake('putter');
  }

  /** The next entry, or null once the queue has ended and is empty. The entry counts as unwritten until
   *  the following take. */
  async take(): Promise<T | null> {
    if (this.lastTaken?.kind === 'result') { this.results--; this.wake('putter'); }
    this.lastTaken = null;
    while (this.items.length === 0) {
      if (this.ended) return null;
      await new Promise<void>((resolve) => { this.wakeTaker = resolve; });
    }
    const item = this.items.shift()!;
    this.lastTaken = item;
    return item;
  }

  private wake(who: 'taker' | 'putter'): void {
    const wake = who === 'taker' ? this.wakeTaker : this.wakePutter;
    if (who === 'taker') this.wakeTaker = null; else this.wakePutter = null;
    wake?.();
  }
}
