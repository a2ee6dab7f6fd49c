/**
 * Byte-level evidence for the decoder (src/io/decode.ts): byte order marks, BOM-less UTF-16, NUL bytes,
 * a declared <meta charset>, how well the bytes parse as UTF-8, and whether legacy single-byte text looks
 * like Arabic script. Pure functions over bytes; the decision itself lives in decode.ts.
 */
import iconv from 'iconv-lite';

/** Bytes searched for NUL bytes: the window git and ripgrep use for their binary heuristic (8000 / 8 KiB). */
export const BINARY_SCAN_BYTES = 8192;
/** Bytes searched for a declared charset. The HTML spec prescans 1024; scraped pages often put long
 *  scripts and comments before the <meta>, so 4 KiB. */
export const META_SCAN_BYTES = 4096;
/** BOM-less UTF-16, Latin text: ASCII-range text puts a NUL in every other byte; 30% at one parity leaves
 *  room for non-Latin code units, while binary files scatter NULs over both parities. */
export const UTF16_MIN_NUL_SHARE = 0.3;
/** BOM-less UTF-16, other scripts: Persian text in UTF-16LE is mostly `xx 06` with `20 00` spaces, so its
 *  high-byte parity holds few NULs but almost nothing besides two values (the script's block and 00). */
export const UTF16_MIN_SCRIPT_NUL_SHARE = 0.05;
export const UTF16_MIN_TOP2_SHARE = 0.9;
/** Fewer code units than this are too few to tell UTF-16 from a short binary blob. */
export const UTF16_MIN_UNITS = 16;
/** …and the other parity must be nearly NUL-free (a NUL there is a U+xx00 character, rare in text). */
export const UTF16_MAX_OTHER_NUL_SHARE = 0.02;
/** Text that is mostly well-formed UTF-8 with a few broken sequences (a dump cut mid-character, one pasted
 *  latin1 byte) stays UTF-8 when at most this share of its non-ASCII sequences are broken; decoding it as a
 *  legacy code page would garble every other character instead. */
export const UTF8_MAX_BROKEN_SHARE = 0.05;
/** Legacy single-byte bytes are read as windows-1256 when at least this share of the high bytes are
 *  Arabic-script letters standing outside ASCII words (Arabic-script words are runs of high bytes between
 *  spaces; accented Latin letters sit inside ASCII words). */
export const ARABIC_SCRIPT_MIN_SHARE = 0.6;

/** Byte order marks, longest first. */
const BOMS: ReadonlyArray<{ readonly bytes: readonly number[]; readonly encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The BOM at the start of `bytes`, if any. */
export function detectBom(bytes: Uint8Array): { readonly encoding: string; readonly length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** UTF-16 without a BOM, recognised by how NUL bytes and high bytes fall on the two byte parities. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, BINARY_SCAN_BYTES) & ~1;
  if (end / 2 < UTF16_MIN_UNITS) return null;
  // Little-endian puts the high byte (the NUL of ASCII, the 06 of Arabic script) at odd offsets.
  if (looksLikeHighBytes(bytes, 1, end) && nulShare(bytes, 0, end) <= UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16le';
  if (looksLikeHighBytes(bytes, 0, end) && nulShare(bytes, 1, end) <= UTF16_MAX_OTHER_NUL_SHARE) return 'utf-16be';
  return null;
}

/** Share of NUL bytes at one parity. */
function nulShare(bytes: Uint8Array, parity: 0 | 1, end: number): number {
  let nul = 0;
  for (let i = parity; i < end; i += 2) if (bytes[i] === 0) nul++;
  return nul / (end / 2);
}

/** Whether one parity looks like the high bytes of UTF-16 code units. */
function looksLikeHighBytes(bytes: Uint8Array, parity: 0 | 1, end: number): boolean {
  const nul = nulShare(bytes, parity, end);
  if (nul >= UTF16_MIN_NUL_SHARE) return true;
  if (nul < UTF16_MIN_SCRIPT_NUL_SHARE) return false;
  const counts = new Array<number>(256).fill(0);
  for (let i = parity; i < end; i += 2) counts[bytes[i]!]!++;
  const [first = 0, second = 0] = counts.sort((a, b) => b - a);
  return (first + second) / (end / 2) >= UTF16_MIN_TOP2_SHARE;
}

/** Whether a NUL byte occurs in the binary-scan window. */
export function hasNulByte(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SCAN_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Whether any byte is outside ASCII. */
export function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** `charset=` inside a <meta> tag (both `<meta charset>` and the http-equiv content form). */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([^"'\s;/>]+)/i;
/** `<?xml … encoding="…"?>` at the start of XHTML pages. */
const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([^"']+)["']/i;

/** The charset label the document declares in its first META_SCAN_BYTES, as written; null if none. */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so ASCII markup is found whatever the real encoding is.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const found = XML_ENCODING.exec(head) ?? META_CHARSET.exec(head);
  return found ? found[1]! : null;
}

/** How the bytes fare as UTF-8. */
export interface Utf8Evidence {
  /** Well-formed multi-byte sequences. */
  readonly sequences: number;
  /** Bytes ≥ 0x80 that are not part of a well-formed sequence. */
  readonly broken: number;
}

/** Counts well-formed multi-byte UTF-8 sequences and stray high bytes (structure only: lead byte and
 *  continuation bytes; the strict check is TextDecoder's fatal mode in decode.ts). */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let sequences = 0;
  let broken = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) { i++; continue; }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) { sequences++; i += length; } else { broken++; i++; }
  }
  return { sequences, broken };
}

/** Whether broken UTF-8 is still best read as UTF-8 (see UTF8_MAX_BROKEN_SHARE). */
export function isMostlyUtf8(evidence: Utf8Evidence): boolean {
  const total = evidence.sequences + evidence.broken;
  return evidence.sequences > 0 && evidence.broken / total <= UTF8_MAX_BROKEN_SHARE;
}

/** For each byte 0x80–0xFF: does windows-1256 map it to an Arabic-script letter or a joiner? Built with
 *  iconv-lite so the answer does not depend on the Node build's ICU data. */
const ARABIC_SCRIPT_HIGH_BYTE: readonly boolean[] = (() => {
  const high = Buffer.alloc(128);
  for (let i = 0; i < 128; i++) high[i] = 0x80 + i;
  return [...iconv.decode(high, 'windows-1256')].map((ch) => {
    const cp = ch.codePointAt(0)!;
    return (cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x200c && cp <= 0x200f);
  });
})();

function isAsciiLetter(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
}

/** Share of high bytes that read as Arabic-script letters outside ASCII words (0 when there are none). */
export function arabicScriptShare(bytes: Uint8Array): number {
  let high = 0;
  let arabic = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (ARABIC_SCRIPT_HIGH_BYTE[b - 0x80] && !isAsciiLetter(bytes[i - 1]) && !isAsciiLetter(bytes[i + 1])) arabic++;
  }
  return high === 0 ? 0 : arabic / high;
}

/** The legacy code page for bytes that are not UTF-8: windows-1256 for Arabic-script text (the Persian and
 *  Arabic dumps winnow is for), else windows-1252 (the WHATWG reading of latin1). */
export function guessLegacyEncoding(bytes: Uint8Array): 'windows-1256' | 'windows-1252' {
  return arabicScriptShare(bytes) >= ARABIC_SCRIPT_MIN_SHARE ? 'windows-1256' : 'windows-1252';
}
