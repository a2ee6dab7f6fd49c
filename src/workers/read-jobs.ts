/**
 * The inputs of a run as tasks, made lazily one at a time: a file becomes a task naming its path, an
 * NDJSON stream one task per line (split here, parsed by whoever runs the task), stdin one task with its
 * bytes. Both passes over a run's inputs use it: the extracting pass (cli/run.ts) and the profile
 * learning pass (profile/auto.ts), so they see the same documents under the same names.
 */
import { createReadStream } from 'node:fs';
import type { InputSource } from '../io/find-inputs';
import { readErrorMessage } from '../io/fs-errors';
import { readStreamBytes } from '../io/read-input';
import { splitLines } from '../io/read-ndjson';
import type { WinnowError } from '../types';
import type { Task } from './protocol';

/** One unit read from an input: a task to run, or a failure found while reading. */
export type Job =
  | { readonly kind: 'task'; readonly task: Task }
  | { readonly kind: 'failure'; readonly where: string; readonly error: WinnowError };

/** Told how many bytes of an NDJSON stream went by (the progress line). */
export interface BytesObserver {
  bytesRead(n: number): void;
}

/** The tasks of one input. */
export async function* readJobs(
  input: InputSource, maxBytes: number, stdin: AsyncIterable<Uint8Array>, observer?: BytesObserver,
): AsyncGenerator<Job> {
  if (input.kind === 'unresolved') {
    yield { kind: 'failure', where: input.id, error: input.error };
    return;
  }
  if (input.ndjson) {
    const stream = input.kind === 'stdin' ? stdin : createReadStream(input.path, { highWaterMark: 1 << 20 });
    try {
      for await (const { line, bytes } of splitLines(counted(stream, observer), maxBytes)) {
        const where = `${input.id}:${line}`;
        if (bytes === null) yield { kind: 'failure', where, error: { code: 'E_TOO_LARGE', message: `line is over --max-bytes ${maxBytes}` } };
        else yield { kind: 'task', task: { kind: 'line', where, bytes, firstLine: line === 1 } };
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ';
      yield { kind: 'failure', where: input.id, error: { code, message: readErrorMessage(err) } };
    }
    return;
  }
  if (input.kind === 'file') {
    yield { kind: 'task', task: { kind: 'file', where: input.id, path: input.path } };
    return;
  }
  const bytes = await readStreamBytes(stdin, maxBytes);
  if ('code' in bytes) yield { kind: 'failure', where: input.id, error: bytes };
  else yield { kind: 'task', task: { kind: 'bytes', where: input.id, bytes } };
}

/** Passes a byte stream through, telling the observer how much went by. */
async function* counted(stream: AsyncIterable<Uint8Array>, observer: BytesObserver | undefined): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) {
    observer?.bytesRead(chunk.byteLength);
    yield chunk;
  }
}
