/** Shared helpers for the io tests: the real fixture texts and their legacy-encoded forms. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import iconv from 'iconv-lite';

export const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'io');

export function fixtureBytes(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export function fixtureText(name: string): string {
  return fixtureBytes(name).toString('utf8');
}

/** The Persian dump as a windows-1256 page would carry it: that code page has Arabic yeh (ي) but no
 *  Persian yeh (ی) or Persian digits, so real windows-1256 Persian text uses ي and ASCII digits. */
export function persianAsWindows1256Text(): string {
  return fixtureText('persian-dump.txt')
    .replace(/ی/g, 'ي')
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function encode(text: string, encoding: string): Buffer {
  const bytes = iconv.encode(text, encoding);
  // Guard the fixture itself: every character must survive the code page, or a test would compare '?'s.
  if (iconv.decode(bytes, encoding) !== text) throw new Error(`fixture text is not representable in ${encoding}`);
  return bytes;
}
