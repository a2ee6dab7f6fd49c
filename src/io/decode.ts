/** Bytes → text. STUB: UTF-8 only; the full decode chain is built in src/io (issue 2). */
import type { DecodedText, WinnowError } from '../types';

export interface DecodeOptions { readonly encoding: string | null; readonly maxBytes: number }

export function decode(bytes: Uint8Array, opts: DecodeOptions): DecodedText | WinnowError {
  if (bytes.length > opts.maxBytes) return { code: 'E_TOO_LARGE', message: `input is ${bytes.length} bytes, over --max-bytes ${opts.maxBytes}` };
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, encoding: 'utf-8', encodingSource: 'utf8-valid', replacements: 0 };
}
