/** Reads one whole document: a file or a stream (stdin), refusing more than maxBytes before reading it all. */
import { open } from 'node:fs/promises';
import type { WinnowError } from '../types';
import { readErrorMessage } from './fs-errors';

/** A file's bytes, or why it could not be read. The size is checked on the open handle before reading. */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array | WinnowError> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    return fileError(err);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { code: 'E_READ', message: 'is a directory' };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    return await handle.readFile();
  } catch (err) {
    return fileError(err);
  } finally {
    await handle.close();
  }
}

/** All bytes of a stream, or E_TOO_LARGE as soon as it passes maxBytes (the rest is not read). */
export async function readStreamBytes(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array | WinnowError> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      total += bytes.length;
      if (total > maxBytes) return { code: 'E_TOO_LARGE', message: `input is over --max-bytes ${maxBytes}` };
      chunks.push(bytes);
    }
  } catch (err) {
    return { code: 'E_READ', message: readErrorMessage(err) };
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(size: number, maxBytes: number): WinnowError {
  return { code: 'E_TOO_LARGE', message: `input is ${size} bytes, over --max-bytes ${maxBytes}` };
}

function fileError(err: unknown): WinnowError {
  const code = (err as NodeJS.ErrnoException).code;
  return { code: code === 'ENOENT' ? 'E_NOT_FOUND' : 'E_READ', message: readErrorMessage(err) };
}
