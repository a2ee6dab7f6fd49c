/**
 * The one path every document takes: read (files, stdin, NDJSON lines) → extractor → ordered writer.
 * Inputs are streamed: one document is read when the extractor has room for it, never all files up front.
 * Seam for the worker pool (`-j`, issue 5): the Extractor interface. A pool reports `capacity` > 1; this
 * loop then keeps that many documents in flight and still writes outcomes in input order, awaiting the
 * sink (and so the destination's drain) before reading more.
 */
import { createReadStream } from 'node:fs';
import { extract } from '../pipeline';
import type { ExtractOptions } from '../options';
import type { ErrorCode, Outcome, RawInput, WinnowError } from '../types';
import type { InputSource } from '../io/find-inputs';
import { readFileBytes, readStreamBytes } from '../io/read-input';
import { readNdjson } from '../io/read-ndjson';
import { formatEvent, formatRecord, orderRecord } from '../io/serialize';
import type { OutputSink } from '../io/write-output';
import { readErrorMessage } from '../io/fs-errors';
import type { Reporter, RunSummary } from './messages';

/** Turns documents into outcomes. In-process now; a worker pool later. */
export interface Extractor {
  /** How many documents may be in flight at once. */
  readonly capacity: number;
  extract(raw: RawInput): Promise<Outcome>;
  close(): Promise<void>;
}

/** Calls the pipeline in this thread, one document at a time. */
export function inProcessExtractor(options: ExtractOptions): Extractor {
  return {
    capacity: 1,
    extract: async (raw) => extract(raw, options),
    close: async () => undefined,
  };
}

export interface RunSettings {
  readonly extract: ExtractOptions;
  readonly pretty: boolean;
  readonly events: boolean;
}

/** One unit read from an input: a document to extract, a failure found while reading, or a blank line. */
type Job =
  | { readonly kind: 'document'; readonly where: string; readonly raw: RawInput }
  | { readonly kind: 'failure'; readonly where: string; readonly error: WinnowError }
  | { readonly kind: 'blank' };

/** Queue entry: an outcome on its way, or the end of an input (per-input output files close there). */
type Pending =
  | { readonly kind: 'outcome'; readonly input: InputSource; readonly where: string; readonly outcome: Promise<Outcome> }
  | { readonly kind: 'end'; readonly input: InputSource };

/** Reads every input in order, extracts, writes outcomes in input order; returns the run's counts. */
export async function processInputs(
  inputs: readonly InputSource[],
  settings: RunSettings,
  sink: OutputSink,
  reporter: Reporter,
  extractor: Extractor,
  stdin: AsyncIterable<Uint8Array>,
): Promise<RunSummary> {
  const started = performance.now();
  const counts = { records: 0, failed: 0, warnings: 0, blankLines: 0 };
  const errors = new Map<ErrorCode, number>();
  const queue: Pending[] = [];
  let inFlight = 0;

  const emitHead = async (): Promise<void> => {
    const head = queue.shift()!;
    if (head.kind === 'end') {
      await sink.endInput(head.input);
      return;
    }
    const outcome = await head.outcome;
    inFlight--;
    if (outcome.ok) {
      counts.records++;
      counts.warnings += outcome.warnings.length;
      for (const warning of outcome.warnings) reporter.warning(head.where, warning);
      reporter.diagnostics(head.where, outcome.record.format, outcome.diagnostics);
      reporter.removed(head.where, outcome.removed);
      await sink.write(head.input, settings.events
        ? formatEvent('document', {
          input: head.where, record: orderRecord(outcome.record), diagnostics: outcome.diagnostics,
          warnings: outcome.warnings, removed: outcome.removed,
        }, settings.pretty)
        : formatRecord(outcome.record, settings.pretty));
    } else {
      counts.failed++;
      errors.set(outcome.error.code, (errors.get(outcome.error.code) ?? 0) + 1);
      reporter.failure(head.where, outcome.error);
      if (settings.events) {
        await sink.write(head.input, formatEvent('error', { input: head.where, code: outcome.error.code, message: outcome.error.message }, settings.pretty));
      }
    }
  };

  for (const input of inputs) {
    for await (const job of readJobs(input, settings.extract.maxBytes, stdin)) {
      if (job.kind === 'blank') { counts.blankLines++; continue; }
      const outcome = job.kind === 'document'
        ? extractor.extract(job.raw)
        : Promise.resolve<Outcome>({ ok: false, input: job.where, error: job.error });
      queue.push({ kind: 'outcome', input, where: job.where, outcome });
      inFlight++;
      while (inFlight >= extractor.capacity) await emitHead();
    }
    queue.push({ kind: 'end', input });
    while (queue[0]?.kind === 'end') await emitHead();
  }
  while (queue.length > 0) await emitHead();

  const summary: RunSummary = {
    inputs: inputs.length, ...counts,
    errors: Object.fromEntries([...errors.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    elapsedMs: Math.round(performance.now() - started),
  };
  if (settings.events) await sink.write(null, formatEvent('summary', summary, settings.pretty));
  return summary;
}

/** The documents of one input, read lazily. */
async function* readJobs(input: InputSource, maxBytes: number, stdin: AsyncIterable<Uint8Array>): AsyncGenerator<Job> {
  if (input.kind === 'unresolved') {
    yield { kind: 'failure', where: input.id, error: input.error };
    return;
  }
  if (input.ndjson) {
    const stream = input.kind === 'stdin' ? stdin : createReadStream(input.path, { highWaterMark: 1 << 20 });
    try {
      for await (const item of readNdjson(stream, input.id, maxBytes)) {
        if (item.kind === 'blank') yield { kind: 'blank' };
        else if (item.kind === 'error') yield { kind: 'failure', where: item.where, error: item.error };
        else yield { kind: 'document', where: item.where, raw: item.raw };
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ';
      yield { kind: 'failure', where: input.id, error: { code, message: readErrorMessage(err) } };
    }
    return;
  }
  const bytes = input.kind === 'stdin' ? await readStreamBytes(stdin, maxBytes) : await readFileBytes(input.path, maxBytes);
  if ('code' in bytes) yield { kind: 'failure', where: input.id, error: bytes };
  else yield { kind: 'document', where: input.id, raw: { id: input.id, bytes } };
}
