/**
 * Worker-thread entry (built to dist/workers/worker.js, CommonJS). Loads the pipeline once, says `ready`,
 * then runs the tasks it is sent one after another, in the order sent, posting one result each. A task
 * is loaded (file read, NDJSON line parsed) as soon as it arrives, so the next task's read overlaps the
 * running one's extraction (the pool sends up to two at a time). The word lists and the entity model are
 * loaded before `ready` (they would otherwise load during the first task, inside its time limit). No time
 * limit here: the pool terminates a worker whose task runs too long and starts a fresh one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { faultsFromEnv, maybeExhaustMemory, maybeHang } from './faults';
import type { Task, TaskMessage, TaskResult, TaskSettings, WorkerMessage } from './protocol';
import { documentRunner, isResult, loadTask } from './task';
import { preloadModels } from '../pipeline';
import type { RawInput } from '../types';

/** Exit code of a worker asked to crash by the test hook (any non-zero code looks like a crash). */
const INJECTED_CRASH_EXIT_CODE = 70;

function serve(): void {
  const port = parentPort;
  if (port === null) throw new Error('winnow worker: must run as a worker thread');
  const settings = workerData as TaskSettings;
  const faults = faultsFromEnv(process.env);
  const runDocument = documentRunner(settings);
  const send = (message: WorkerMessage): void => port.postMessage(message);
  const internal = (err: unknown): TaskResult => ({
    kind: 'failed', error: { code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? err.message : String(err)}` },
  });
  // The task started when the previous one's result is sent: the pool's clock for it starts then too,
  // and the test faults fire then, so they hit the task the pool thinks is running.
  const start = (task: Task, loaded: RawInput | TaskResult): TaskResult => {
    if (faults.crash.has(task.where)) process.exit(INJECTED_CRASH_EXIT_CODE);
    maybeHang(faults, task);
    maybeExhaustMemory(faults, task);
    return isResult(loaded) ? loaded : runDocument(loaded, task.where);
  };
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (message: TaskMessage) => {
    const { task } = message;
    const loading = loadTask(task, settings.extract.maxBytes);
    // Awaited below, maybe after it settles: mark it handled so a rejection cannot end the worker first.
    loading.catch(() => undefined);
    previous = previous.then(async () => {
      let result: TaskResult;
      try {
        result = start(task, await loading);
      } catch (err) {
        result = internal(err);
      }
      send({ kind: 'result', result });
    });
  });
  // Loaded before the first task, not during it: the pool's clock for a task starts when it is sent.
  preloadModels(settings.extract);
  send({ kind: 'ready' });
}

serve();
