/** gzip input, read transparently: `.html.gz` pages and compressed dumps (magic bytes 1f 8b). */
import { gunzipSync } from 'node:zlib';
import type { WinnowError } from '../types';

/** Whether the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Inflates gzip data, refusing to produce more than `maxBytes` so a gzip bomb fails fast instead of
 *  exhausting memory (zlib stops at maxOutputLength). */
export function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array | WinnowError {
  try {
    return gunzipSync(bytes, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      return { code: 'E_TOO_LARGE', message: `gzip data inflates to more than --max-bytes ${maxBytes}` };
    }
    return { code: 'E_DECODE', message: `gzip data is corrupt (${err instanceof Error ? err.message : String(err)})` };
  }
}
