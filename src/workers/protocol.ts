/**
 * What travels between the CLI's main thread and the extraction workers. Tasks name work, not content,
 * where they can: a file task carries only its path (the worker reads it, so reading runs in parallel and
 * the bytes never cross threads); an NDJSON line or a stdin document carries its bytes (transferred, not
 * copied). A result carries the output text already serialized, so JSON.stringify also runs off the main
 * thread, which then only writes strings in input order.
 */
import type { Diagnostics, Format, Removal, WinnowError } from '../types';
import type { ExtractOptions } from '../options';
import type { Observation } from '../profile/observe';

/** One unit of work. `where` names it in messages and `--events` (`path`, `source:LINE`, `<stdin>`). */
export type Task =
  | { readonly kind: 'file'; readonly where: string; readonly path: string }
  | { readonly kind: 'bytes'; readonly where: string; readonly bytes: Uint8Array }
  | { readonly kind: 'line'; readonly where: string; readonly bytes: Uint8Array; readonly firstLine: boolean };

/** How a task is run and its output rendered: fixed for the whole run. */
export interface TaskSettings {
  readonly extract: ExtractOptions;
  readonly pretty: boolean;
  readonly events: boolean;
  /** Send removed blocks back (for --explain); otherwise they stay in the worker. */
  readonly keepRemoved: boolean;
  /** The site-profile learning pass: documents are observed (site and block keys), not extracted. */
  readonly observe?: boolean;
}

/** A finished task. `text` is exactly what the output gets (a record line or a document event). */
export type TaskResult =
  | {
    readonly kind: 'done'; readonly text: string; readonly format: Format; readonly warnings: readonly string[];
    readonly diagnostics: Diagnostics; readonly removed: readonly Removal[];
  }
  | { readonly kind: 'failed'; readonly error: WinnowError }
  /** A blank NDJSON line: no output, only counted. */
  | { readonly kind: 'blank' }
  /** Learning pass: what the profile learner takes from the document (null: a repeat this worker has
   *  already observed) and a fingerprint of its content (see profile/observe.ts PageObserver). */
  | { readonly kind: 'observed'; readonly observation: Observation | null; readonly content: number };

/** Main thread → worker. */
export interface TaskMessage { readonly task: Task }

/** Worker → main thread: `ready` once the pipeline is loaded, then one `result` per task. */
export type WorkerMessage =
  | { readonly kind: 'ready' }
  | { readonly kind: 'result'; readonly result: TaskResult };

/** The ArrayBuffers a task can hand over instead of copying. */
export function transferList(task: Task): ArrayBuffer[] {
  if (task.kind === 'file') return [];
  const { buffer, byteOffset, byteLength } = task.bytes;
  // Only a buffer the view owns whole may be transferred (a pooled Buffer shares its slab).
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

/** A copy of `bytes` in its own ArrayBuffer, so it can be transferred to a worker. */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}
