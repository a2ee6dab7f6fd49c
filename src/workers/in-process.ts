/**
 * Runs tasks in the main thread: for single-document runs, where starting a worker (about 90 ms to load
 * the pipeline again) costs more than it saves (batches run on workers, even at -j1: see
 * cli/worker-count.ts). The time limit still holds: the synchronous part runs under node:vm's `timeout`,
 * whose watchdog interrupts any JavaScript on this thread, including an endless loop or a catastrophic
 * regular expression, for about 0.2 ms per call. Unlike a terminated worker, an interrupted main thread
 * keeps its module state; the pipeline keeps no per-document state, so that is safe except for a lazy
 * load that was itself interrupted (the next document reloads it). */
import * as vm from 'node:vm';
import { faultsFromEnv, maybeHang, type Faults } from './faults';
import type { Task, TaskResult, TaskSettings } from './protocol';
import type { RawInput } from '../types';
import { documentRunner, isResult, loadTask } from './task';

const TIMEOUT_ERROR_CODE = 'ERR_SCRIPT_EXECUTION_TIMEOUT';

export class InProcessRunner {
  /** One context and one script for the whole run: `call()` runs whatever `limit` put there. */
  private readonly context = vm.createContext({ call: (): unknown => undefined });
  private readonly script = new vm.Script('call()');
  private readonly faults: Faults;
  private readonly runDocument: (raw: RawInput, where: string) => TaskResult;

  constructor(
    private readonly settings: TaskSettings,
    private readonly timeoutMs: number,
    env: Readonly<Record<string, string | undefined>> = process.env,
  ) {
    this.faults = faultsFromEnv(env);
    this.runDocument = documentRunner(settings);
  }

  async run(task: Task): Promise<TaskResult> {
    const loaded = await loadTask(task, this.settings.extract.maxBytes);
    if (isResult(loaded)) return loaded;
    const render = (): TaskResult => {
      maybeHang(this.faults, task);
      return this.runDocument(loaded, task.where);
    };
    if (this.timeoutMs <= 0) return render();
    return this.limit(render) ?? {
      kind: 'failed', error: { code: 'E_TIMEOUT', message: `extraction took longer than --timeout-ms ${this.timeoutMs}` },
    };
  }

  /** Runs `fn` under the time limit; null when the limit stopped it. */
  private limit(fn: () => TaskResult): TaskResult | null {
    let result: TaskResult | null = null;
    this.context['call'] = (): void => { result = fn(); };
    try {
      this.script.runInContext(this.context, { timeout: this.timeoutMs });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === TIMEOUT_ERROR_CODE) return null;
      throw err;
    } finally {
      this.context['call'] = (): unknown => undefined;
    }
    return result;
  }
}
