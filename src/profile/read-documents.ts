/**
 * The documents of a list of inputs, read lazily one at a time (files, stdin, NDJSON lines), for passes
 * that only need each document once and keep nothing of it: profile learning.
 */
import { createReadStream } from 'node:fs';
import type { InputSource } from '../io/find-inputs';
import { readFileBytes, readStreamBytes } from '../io/read-input';
import { readNdjson } from '../io/read-ndjson';
import { readErrorMessage } from '../io/fs-errors';
import type { RawInput, WinnowError } from '../types';

export type DocumentItem =
  | { readonly kind: 'document'; readonly where: string; readonly raw: RawInput }
  | { readonly kind: 'failure'; readonly where: string; readonly error: WinnowError };

export async function* readDocuments(inputs: readonly InputSource[], maxBytes: number, stdin: AsyncIterable<Uint8Array>): AsyncGenerator<DocumentItem> {
  for (const input of inputs) {
    if (input.kind === 'unresolved') {
      yield { kind: 'failure', where: input.id, error: input.error };
      continue;
    }
    if (input.ndjson) {
      const stream = input.kind === 'stdin' ? stdin : createReadStream(input.path, { highWaterMark: 1 << 20 });
      try {
        for await (const item of readNdjson(stream, input.id, maxBytes)) {
          if (item.kind === 'record') yield { kind: 'document', where: item.where, raw: item.raw };
          else if (item.kind === 'error') yield { kind: 'failure', where: item.where, error: item.error };
        }
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ';
        yield { kind: 'failure', where: input.id, error: { code, message: readErrorMessage(err) } };
      }
      continue;
    }
    const bytes = input.kind === 'stdin' ? await readStreamBytes(stdin, maxBytes) : await readFileBytes(input.path, maxBytes);
    if ('code' in bytes) yield { kind: 'failure', where: input.id, error: bytes };
    else yield { kind: 'document', where: input.id, raw: { id: input.id, bytes } };
  }
}
