/**
 * Stage 1 of the pipeline: bytes → text, and why that encoding. Pure (no I/O); the pipeline calls it.
 * The chain, first match wins:
 *   0. gzip (magic 1f 8b) is inflated first, capped at maxBytes; then the size check.
 *   1. a byte order mark (UTF-8, UTF-16LE/BE)                                  → source `bom`
 *   2. NUL bytes in the first 8 KiB: BOM-less UTF-16 if they sit at one parity  → `fallback`,
 *      otherwise the input is binary (E_BINARY), unless --encoding names UTF-16
 *   3. --encoding LABEL (WHATWG label)                                          → `option`
 *   4. a charset declared in the first 4 KiB (<meta charset>, http-equiv, <?xml encoding>) → `meta`.
 *      A declared legacy code page is ignored when the bytes are valid non-ASCII UTF-8: saved and scraped
 *      pages are re-encoded to UTF-8 while keeping the original <meta>, and valid multi-byte UTF-8 does
 *      not happen by accident in windows-1256/1252 text.
 *   5. strictly valid UTF-8                                                     → `utf8-valid`
 *   6. mostly valid UTF-8 (≤ 5% broken sequences): UTF-8 with U+FFFD           → `fallback`
 *   7. otherwise a legacy code page: windows-1256 when the high bytes look like Arabic-script words,
 *      else windows-1252 (the WHATWG reading of latin1)                         → `fallback`
 * Output text never starts with a BOM. `replacements` counts U+FFFD produced by decoding (a U+FFFD that
 * was already encoded in valid UTF-8 input is not counted).
 */
import type { DecodedText, WinnowError } from '../types';
import { canonicalEncoding, decodeUtf8Strict, decodeWith } from './charset';
import { gunzip, isGzip } from './gunzip';
import {
  detectBom, guessLegacyEncoding, hasHighByte, hasNulByte, isMostlyUtf8, sniffDeclaredCharset, sniffUtf16, utf8Evidence,
} from './sniff-bytes';

export interface DecodeOptions {
  /** Forced encoding label (`--encoding`); null runs the detection chain. */
  readonly encoding: string | null;
  /** Inputs (after gunzip) larger than this fail with E_TOO_LARGE. */
  readonly maxBytes: number;
}

/** Decodes one input's bytes; failures are values, never exceptions. */
export function decode(bytes: Uint8Array, opts: DecodeOptions): DecodedText | WinnowError {
  let data = bytes;
  if (isGzip(data)) {
    const inflated = gunzip(data, opts.maxBytes);
    if ('code' in inflated) return inflated;
    data = inflated;
  }
  if (data.length > opts.maxBytes) {
    return { code: 'E_TOO_LARGE', message: `input is ${data.length} bytes, over --max-bytes ${opts.maxBytes}` };
  }

  const bom = detectBom(data);
  if (bom) return decoded(data.subarray(bom.length), bom.encoding, 'bom');

  let forced: string | null = null;
  if (opts.encoding !== null) {
    forced = canonicalEncoding(opts.encoding);
    if (forced === null) return { code: 'E_DECODE', message: `unknown encoding label "${opts.encoding}"` };
  }

  if (!forced?.startsWith('utf-16') && hasNulByte(data)) {
    const utf16 = sniffUtf16(data);
    if (utf16 === null) return { code: 'E_BINARY', message: 'input is binary (NUL bytes in the first 8 KiB)' };
    if (forced === null) return decoded(data, utf16, 'fallback');
  }
  if (forced !== null) return decoded(data, forced, 'option');

  const declared = declaredEncoding(data);
  const strict = decodeUtf8Strict(data);
  if (declared !== null && declared !== 'utf-8') {
    if (strict !== null && hasHighByte(data)) return utf8(strict, 'utf8-valid');
    return decoded(data, declared, 'meta');
  }
  if (strict !== null) return utf8(strict, declared === 'utf-8' ? 'meta' : 'utf8-valid');
  if (isMostlyUtf8(utf8Evidence(data))) return decoded(data, 'utf-8', declared === 'utf-8' ? 'meta' : 'fallback');
  return decoded(data, guessLegacyEncoding(data), 'fallback');
}

/** The declared charset in canonical form. A declared UTF-16 is read as UTF-8, as the HTML spec says:
 *  bytes that could be parsed far enough to find the <meta> are not UTF-16. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const label = sniffDeclaredCharset(bytes);
  const name = label === null ? null : canonicalEncoding(label);
  return name !== null && name.startsWith('utf-16') ? 'utf-8' : name;
}

function decoded(bytes: Uint8Array, encoding: string, source: DecodedText['encodingSource']): DecodedText {
  const text = decodeWith(bytes, encoding);
  const literal = encoding === 'utf-8' ? countEncodedReplacementChars(bytes) : 0;
  return { text, encoding, encodingSource: source, replacements: Math.max(0, countReplacementChars(text) - literal) };
}

/** Strictly valid UTF-8 loses nothing. */
function utf8(text: string, source: DecodedText['encodingSource']): DecodedText {
  return { text, encoding: 'utf-8', encodingSource: source, replacements: 0 };
}

function countReplacementChars(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD that the input itself contains (EF BF BD), so they are not counted as decoding losses. */
function countEncodedReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}
