/**
 * Running one task, the same code in a worker and in the main thread (-j1), so output bytes cannot
 * depend on the number of jobs. Split in two: `loadTask` (async: read the file, parse the NDJSON line)
 * and `renderTask` (synchronous: the pipeline and serialization), which is the part a time limit guards.
 */
import { extract } from '../pipeline';
import { readFileBytes } from '../io/read-input';
import { parseRecordLine } from '../io/read-ndjson';
import { formatEvent, formatRecord, orderRecord } from '../io/serialize';
import { PageObserver } from '../profile/observe';
import type { RawInput } from '../types';
import type { Task, TaskResult, TaskSettings } from './protocol';

/** The document a task names, or the result when there is nothing to extract (read error, bad line). */
export async function loadTask(task: Task, maxBytes: number): Promise<RawInput | TaskResult> {
  switch (task.kind) {
    case 'file': {
      const bytes = await readFileBytes(task.path, maxBytes);
      return 'code' in bytes ? { kind: 'failed', error: bytes } : { id: task.where, bytes };
    }
    case 'bytes':
      return { id: task.where, bytes: task.bytes };
    case 'line': {
      const parsed = parseRecordLine(task.bytes, task.firstLine, task.where);
      if (parsed === null) return { kind: 'blank' };
      return 'code' in parsed ? { kind: 'failed', error: parsed } : parsed;
    }
  }
}

/** Whether loadTask already produced the result. */
export function isResult(value: RawInput | TaskResult): value is TaskResult {
  return 'kind' in value;
}

/** Extracts one document and renders its output text. Synchronous and pure. */
export function renderTask(raw: RawInput, where: string, settings: TaskSettings): TaskResult {
  const outcome = extract(raw, settings.extract);
  if (!outcome.ok) return { kind: 'failed', error: outcome.error };
  const text = settings.events
    ? formatEvent('document', {
      input: where, record: orderRecord(outcome.record), diagnostics: outcome.diagnostics,
      warnings: outcome.warnings, removed: outcome.removed,
    }, settings.pretty)
    : formatRecord(outcome.record, settings.pretty);
  return {
    kind: 'done', text, format: outcome.record.format, warnings: outcome.warnings,
    diagnostics: outcome.diagnostics, removed: settings.keepRemoved ? outcome.removed : [],
  };
}

/** What a runner does with each loaded document for a whole run: extract and render it, or, in the
 *  learning pass, observe it (one observer for the run, so repeated content is observed once). */
export function documentRunner(settings: TaskSettings): (raw: RawInput, where: string) => TaskResult {
  if (!settings.observe) return (raw, where) => renderTask(raw, where, settings);
  const observer = new PageObserver(settings.extract);
  return (raw) => {
    const seen = observer.observe(raw);
    return 'code' in seen ? { kind: 'failed', error: seen } : { kind: 'observed', ...seen };
  };
}
