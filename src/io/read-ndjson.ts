/**
 * NDJSON / JSON Lines input: a stream of records `{"id"?, "html" | "text", "url"?}`, one per line, read
 * line by line (never slurped; a line may be many MB). Follows jsonlines.org: UTF-8, `\n` terminator (so
 * `\r\n` works), lines numbered from 1. A BOM before line 1 is tolerated. Blank lines are skipped and
 * reported as such; a bad line is a per-line error (E_NDJSON) and reading goes on.
 */
import type { Format, RawInput, WinnowError } from '../types';

/** What one line of an NDJSON stream turned out to be. `where` is `source:LINE`, the name messages use. */
export type NdjsonItem =
  | { readonly kind: 'record'; readonly line: number; readonly where: string; readonly raw: RawInput }
  | { readonly kind: 'error'; readonly line: number; readonly where: string; readonly error: WinnowError }
  | { readonly kind: 'blank'; readonly line: number; readonly where: string };

const NEWLINE = 0x0a;

/** Splits a byte stream into lines without decoding; a line longer than maxLineBytes is skipped up to its
 *  newline and reported by length only, so one giant line cannot exhaust memory. */
export async function* splitLines(
  stream: AsyncIterable<Uint8Array>, maxLineBytes: number,
): AsyncGenerator<{ readonly line: number; readonly bytes: Buffer | null }> {
  let parts: Buffer[] = [];
  let pending = 0;
  let oversized = false;
  let line = 0;
  // Node streams hand over each chunk for good, so a line's pieces can be kept as views until it ends.
  for await (const chunk of stream) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(NEWLINE, start);
      const piece = buf.subarray(start, nl === -1 ? buf.length : nl);
      if (!oversized) {
        pending += piece.length;
        if (pending > maxLineBytes) { oversized = true; parts = []; } else if (piece.length > 0) parts.push(piece);
      }
      if (nl === -1) break;
      line++;
      yield { line, bytes: oversized ? null : Buffer.concat(parts, pending) };
      parts = []; pending = 0; oversized = false; start = nl + 1;
    }
  }
  if (pending > 0 || oversized) yield { line: line + 1, bytes: oversized ? null : Buffer.concat(parts, pending) };
}

/** Reads an NDJSON stream; `source` names it in ids and messages (a path or `<stdin>`). */
export async function* readNdjson(
  stream: AsyncIterable<Uint8Array>, source: string, maxLineBytes: number,
): AsyncGenerator<NdjsonItem> {
  for await (const { line, bytes } of splitLines(stream, maxLineBytes)) {
    const where = `${source}:${line}`;
    if (bytes === null) {
      yield { kind: 'error', line, where, error: { code: 'E_TOO_LARGE', message: `line is over --max-bytes ${maxLineBytes}` } };
      continue;
    }
    const parsed = parseRecordLine(bytes, line === 1, where);
    if (parsed === null) yield { kind: 'blank', line, where };
    else if ('code' in parsed) yield { kind: 'error', line, where, error: parsed };
    else yield { kind: 'record', line, where, raw: parsed };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One line → a RawInput, an E_NDJSON error, or null for a blank line. */
export function parseRecordLine(bytes: Uint8Array, first: boolean, where: string): RawInput | WinnowError | null {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return ndjsonError('line is not valid UTF-8');
  }
  if (first && text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.endsWith('\r')) text = text.slice(0, -1);
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return ndjsonError(`invalid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return toRawInput(value, where);
}

/** Validates a parsed line as a record: an object with exactly one of `html`/`text` (a string), an optional
 *  `id` (string or number; `source:LINE` when absent) and an optional `url` (string or null). */
export function toRawInput(value: unknown, where: string): RawInput | WinnowError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ndjsonError('expected a JSON object');
  const rec = value as Record<string, unknown>;
  const html = rec['html'];
  const text = rec['text'];
  if (html !== undefined && text !== undefined) return ndjsonError('record has both "html" and "text"');
  const content = html ?? text;
  if (typeof content !== 'string') return ndjsonError('record needs an "html" or "text" string');
  const format: Format = html !== undefined ? 'html' : 'text';
  const id = rec['id'];
  if (id !== undefined && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return ndjsonError('"id" must be a string or a number');
  }
  const url = rec['url'];
  if (url !== undefined && url !== null && typeof url !== 'string') return ndjsonError('"url" must be a string');
  const name = id === undefined || id === null || id === '' ? where : String(id);
  return { id: name, text: content, format, url: typeof url === 'string' ? url : null };
}

function ndjsonError(message: string): WinnowError {
  return { code: 'E_NDJSON', message };
}
