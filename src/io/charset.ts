/**
 * Encoding labels and decoding with a named encoding. Labels follow the WHATWG Encoding spec (what
 * browsers and Node's TextDecoder accept); legacy single-byte code pages are decoded with iconv-lite so the
 * result does not depend on how much ICU data the Node build carries.
 */
import iconv from 'iconv-lite';

/** Encodings TextDecoder always has, even in small-ICU builds. */
const UNICODE_ENCODINGS: ReadonlySet<string> = new Set(['utf-8', 'utf-16le', 'utf-16be']);

/** The canonical name for an encoding label (`latin1` → `windows-1252`, `UTF8` → `utf-8`), or null when
 *  neither the WHATWG table nor iconv-lite knows it. */
export function canonicalEncoding(label: string): string | null {
  const trimmed = label.trim().toLowerCase();
  if (trimmed === '') return null;
  try {
    const name = new TextDecoder(trimmed).encoding;
    // WHATWG maps a few dangerous labels (iso-2022-kr, hz-gb-2312…) to "replacement": refuse them.
    return name === 'replacement' ? null : name;
  } catch {
    return iconv.encodingExists(trimmed) ? trimmed : null;
  }
}

/** Decodes `bytes` (no BOM) with a canonical encoding name; malformed input becomes U+FFFD. */
export function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (UNICODE_ENCODINGS.has(encoding)) return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  if (iconv.encodingExists(encoding)) return iconv.decode(bytes, encoding);
  return new TextDecoder(encoding).decode(bytes);
}

/** Strict UTF-8: the text, or null when any sequence is malformed. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
