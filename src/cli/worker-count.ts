/**
 * How many worker threads a run uses, and how many tasks each may hold: shared by the extracting run and
 * `winnow profile learn`, so both size their pools the same way.
 */
import type { InputSource } from '../io/find-inputs';

/** Tasks kept in flight per worker: one running and the next already queued, plus read-ahead so a slow
 *  document at the head of the output order does not leave the other workers idle. */
export const IN_FLIGHT_PER_WORKER = 4;

/** How many workers the run can use: none (in-process) for -j1 or a single document; otherwise -j,
 *  but no more than there are documents when that is known (NDJSON streams hold any number). */
export function workerCount(jobs: number, inputs: readonly InputSource[]): number {
  if (jobs <= 1) return 0;
  const readable = inputs.filter((input) => input.kind !== 'unresolved');
  if (readable.some((input) => input.ndjson)) return jobs;
  return readable.length <= 1 ? 0 : Math.min(jobs, readable.length);
}
