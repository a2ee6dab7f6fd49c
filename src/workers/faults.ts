/**
 * Test-only fault injection, so the end-to-end tests can prove isolation without a genuinely
 * pathological page. Read from the WINNOW_TEST_FAULTS environment variable only (never a flag, never in
 * --help): JSON `{"crash": [names], "hang": [names], "oom": [names]}`, where a name is a task's `where`
 * (`a.txt`, `crawl.jsonl:3`). A worker asked to crash exits mid-task; a task asked to hang spins until
 * stopped; `oom` exhausts the heap of a heap-capped pool worker (and does nothing elsewhere, so the
 * uncapped retry succeeds).
 */
import { resourceLimits } from 'node:worker_threads';
import type { Task } from './protocol';

export interface Faults {
  readonly crash: ReadonlySet<string>;
  readonly hang: ReadonlySet<string>;
  readonly oom: ReadonlySet<string>;
}

const NONE: Faults = { crash: new Set(), hang: new Set(), oom: new Set() };

/** The faults the environment asks for; none when the variable is unset or not valid JSON. */
export function faultsFromEnv(env: Readonly<Record<string, string | undefined>>): Faults {
  const value = env['WINNOW_TEST_FAULTS'];
  if (value === undefined || value === '') return NONE;
  try {
    const parsed = JSON.parse(value) as { crash?: unknown; hang?: unknown; oom?: unknown };
    const names = (list: unknown): Set<string> => new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
    return { crash: names(parsed.crash), hang: names(parsed.hang), oom: names(parsed.oom) };
  } catch {
    return NONE;
  }
}

/** Spins forever when the task is marked `hang` (only a time limit ends it). */
export function maybeHang(faults: Faults, task: Task): void {
  if (!faults.hang.has(task.where)) return;
  for (;;) { /* deliberately endless */ }
}

/** Heaps below this are the pool's capped workers; an uncapped worker gets V8's default (2 GB or more). */
const CAPPED_HEAP_BELOW_MB = 1024;

/** Allocates until the heap limit kills the worker, when the task is marked `oom` and this is a
 *  heap-capped pool worker (the main thread and uncapped workers are left alone). */
export function maybeExhaustMemory(faults: Faults, task: Task): void {
  const heapMb = resourceLimits.maxOldGenerationSizeMb ?? 0;
  if (!faults.oom.has(task.where) || heapMb <= 0 || heapMb >= CAPPED_HEAP_BELOW_MB) return;
  const hoard: string[][] = [];
  for (;;) hoard.push(Array.from({ length: 100_000 }, (_, i) => `${i}`));
}
