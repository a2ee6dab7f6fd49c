/**
 * Worker-thread entry (built to dist/workers/worker.js, CommonJS). Loads the pipeline once, says `ready`,
 * then runs one task per message and posts its result. The pipeline's own lazy loads (lexicon, entity
 * model) happen on first use and stay for the worker's life. No time limit here: the pool terminates a
 * worker whose task runs too long and starts a fresh one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { faultsFromEnv, maybeExhaustMemory, maybeHang } from './faults';
import type { TaskMessage, TaskSettings, WorkerMessage } from './protocol';
import { runTask } from './task';

/** Exit code of a worker asked to crash by the test hook (any non-zero code looks like a crash). */
const INJECTED_CRASH_EXIT_CODE = 70;

function serve(): void {
  const port = parentPort;
  if (port === null) throw new Error('winnow worker: must run as a worker thread');
  const settings = workerData as TaskSettings;
  const faults = faultsFromEnv(process.env);
  const send = (message: WorkerMessage): void => port.postMessage(message);
  port.on('message', (message: TaskMessage) => {
    const { task } = message;
    if (faults.crash.has(task.where)) process.exit(INJECTED_CRASH_EXIT_CODE);
    maybeHang(faults, task);
    maybeExhaustMemory(faults, task);
    void runTask(task, settings).then(
      (result) => send({ kind: 'result', result }),
      (err: unknown) => send({ kind: 'result', result: { kind: 'failed', error: { code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? err.message : String(err)}` } } }),
    );
  });
  send({ kind: 'ready' });
}

serve();
