/**
 * How many worker threads a run uses, and how many tasks each may hold: shared by the extracting run and
 * `winnow profile learn`, so both size their pools the same way.
 */
import { hasNdjson, readableCount, type InputScan } from '../io/input-scan';

/** Tasks kept in flight per worker: one running and the next already queued, plus read-ahead so a slow
 *  document at the head of the output order does not leave the other workers idle. */
export const IN_FLIGHT_PER_WORKER = 4;

/** How many workers the run can use: none (in-process) for a single document, which starts faster that
 *  way; otherwise -j, but no more than there are documents when that is known (NDJSON streams hold any
 *  number). A batch runs on workers even at -j1: in the main thread each document's time limit needs a
 *  vm watchdog, a thread started and joined per call (~0.2 ms, 7% of a batch of 16 KB dumps), and the
 *  main thread is free to read and write meanwhile. */
export function workerCount(jobs: number, inputs: InputScan): number {
  const readable = readableCount(inputs);
  const wanted = Math.max(1, jobs);
  if (hasNdjson(inputs)) return wanted;
  return readable <= 1 ? 0 : Math.min(wanted, readable);
}
