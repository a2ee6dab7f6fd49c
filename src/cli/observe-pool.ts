/**
 * The site-profile learning pass on worker threads: the automatic first pass and `winnow profile learn`
 * both open a pool in observe mode for the pass and close it after, or observe in this thread when the
 * run has no workers (a single document).
 */
import type { ExtractOptions } from '../options';
import type { ObserveRunner } from '../profile/auto';
import { IN_FLIGHT_PER_WORKER } from './worker-count';

export interface ObservePoolOptions {
  /** Worker threads (cli/worker-count.ts); 0 = observe in this thread. */
  readonly workers: number;
  readonly timeoutMs: number;
  readonly extract: Partial<ExtractOptions>;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Runs `learn` with a runner on a pool of its own (undefined: this thread), and stops the pool after. */
export async function withObservePool<T>(options: ObservePoolOptions, learn: (runner: ObserveRunner | undefined) => Promise<T>): Promise<T> {
  if (options.workers === 0) return learn(undefined);
  const [{ WorkerPool }, { observeSettings }] = await Promise.all([import('../workers/pool'), import('../profile/auto')]);
  const pool = new WorkerPool({
    size: options.workers, timeoutMs: options.timeoutMs, settings: observeSettings(options.extract),
    ...(options.env ? { env: options.env } : {}),
  });
  try {
    return await learn({ capacity: options.workers * IN_FLIGHT_PER_WORKER, run: (task) => pool.run(task) });
  } finally {
    await pool.close();
  }
}
