import { gzipSync } from 'node:zlib';
import { decode } from '../../../src/io/decode';
import type { DecodedText, WinnowError } from '../../../src/types';
import { encode, fixtureBytes, fixtureText, persianAsWindows1256Text } from './fixture-text';

const AUTO = { encoding: null, maxBytes: 20_000_000 };

function ok(result: DecodedText | WinnowError): DecodedText {
  if ('code' in result) throw new Error(`expected text, got ${result.code}: ${result.message}`);
  return result;
}

const persian = fixtureText('persian-dump.txt');

describe('decode', () => {
  test('valid UTF-8 without BOM → utf8-valid', () => {
    const out = ok(decode(fixtureBytes('persian-dump.txt'), AUTO));
    expect(out).toEqual({ text: persian, encoding: 'utf-8', encodingSource: 'utf8-valid', replacements: 0 });
  });

  test('UTF-8 BOM is honoured and stripped', () => {
    const out = ok(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixtureBytes('persian-dump.txt')]), AUTO));
    expect(out.encodingSource).toBe('bom');
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toBe(persian);
  });

  test('UTF-16LE and UTF-16BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(persian, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(ok(decode(le, AUTO))).toEqual({ text: persian, encoding: 'utf-16le', encodingSource: 'bom', replacements: 0 });
    expect(ok(decode(be, AUTO))).toEqual({ text: persian, encoding: 'utf-16be', encodingSource: 'bom', replacements: 0 });
  });

  test('BOM-less UTF-16LE of Latin text is recognised, not called binary', () => {
    const english = fixtureText('guardian-excerpt.txt');
    const out = ok(decode(Buffer.from(english, 'utf16le'), AUTO));
    expect(out.encoding).toBe('utf-16le');
    expect(out.encodingSource).toBe('fallback');
    expect(out.text).toBe(english);
  });

  test('BOM-less UTF-16 of Persian text (few NULs, high bytes 06) is recognised in both byte orders', () => {
    const le = Buffer.from(persian, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(ok(decode(le, AUTO))).toEqual({ text: persian, encoding: 'utf-16le', encodingSource: 'fallback', replacements: 0 });
    expect(ok(decode(be, AUTO))).toEqual({ text: persian, encoding: 'utf-16be', encodingSource: 'fallback', replacements: 0 });
  });

  test('<meta charset=windows-1256> page is decoded with the declared encoding', () => {
    const text = persianAsWindows1256Text();
    const paragraphs = text.split(/\n\s*\n/).slice(0, 4).map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!DOCTYPE html>\n<html lang="fa"><head><meta charset="windows-1256"><title>t</title></head>\n<body>${paragraphs}</body></html>\n`;
    const out = ok(decode(encode(html, 'windows-1256'), AUTO));
    expect(out.encoding).toBe('windows-1256');
    expect(out.encodingSource).toBe('meta');
    expect(out.text).toBe(html);
  });

  test('http-equiv Content-Type charset is found too', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>'
      + persianAsWindows1256Text().slice(0, 400) + '</p></body></html>';
    const out = ok(decode(encode(html, 'windows-1256'), AUTO));
    expect([out.encoding, out.encodingSource]).toEqual(['windows-1256', 'meta']);
  });

  test('undeclared windows-1256 Persian dump → windows-1256 fallback, text intact', () => {
    const text = persianAsWindows1256Text();
    const out = ok(decode(encode(text, 'windows-1256'), AUTO));
    expect(out).toEqual({ text, encoding: 'windows-1256', encodingSource: 'fallback', replacements: 0 });
    expect(out.text).toContain('خبرگزاري تسنيم');
  });

  test('invalid UTF-8 Latin text (windows-1252 bytes) → windows-1252, not windows-1256', () => {
    const english = fixtureText('guardian-excerpt.txt');
    const out = ok(decode(encode(english, 'windows-1252'), AUTO));
    expect(out.encoding).toBe('windows-1252');
    expect(out.encodingSource).toBe('fallback');
    expect(out.text).toBe(english);
  });

  test('a stale legacy <meta> on bytes that are valid UTF-8 is ignored (re-saved page)', () => {
    const html = `<html><head><meta charset="windows-1256"></head><body><p>${persian.slice(0, 300)}</p></body></html>`;
    const out = ok(decode(Buffer.from(html, 'utf8'), AUTO));
    expect([out.encoding, out.encodingSource, out.text]).toEqual(['utf-8', 'utf8-valid', html]);
  });

  test('UTF-8 cut mid-character stays UTF-8 with one replacement', () => {
    const bytes = fixtureBytes('persian-dump.txt');
    // Keep only the first byte of a 2-byte Persian letter, then resume at a character boundary.
    const lead = bytes.findIndex((b, i) => i >= 100 && (b & 0xe0) === 0xc0);
    const resume = bytes.findIndex((b, i) => i >= 200 && (b & 0xc0) !== 0x80);
    const cut = Buffer.concat([bytes.subarray(0, lead + 1), Buffer.from('\n'), bytes.subarray(resume)]);
    const out = ok(decode(cut, AUTO));
    expect([out.encoding, out.encodingSource, out.replacements]).toEqual(['utf-8', 'fallback', 1]);
  });

  test('--encoding overrides detection; unknown label is E_DECODE', () => {
    const bytes = encode(persianAsWindows1256Text(), 'windows-1256');
    const out = ok(decode(bytes, { encoding: 'cp1256', maxBytes: 1e7 }));
    expect([out.encoding, out.encodingSource]).toEqual(['windows-1256', 'option']);
    expect(decode(bytes, { encoding: 'no-such-charset', maxBytes: 1e7 })).toEqual({ code: 'E_DECODE', message: 'unknown encoding label "no-such-charset"' });
  });

  test('NUL bytes that are not UTF-16 → E_BINARY', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 0xc8, 8, 6, 0, 0, 0]);
    const bytes = Buffer.concat([png, fixtureBytes('persian-dump.txt')]);
    expect(decode(bytes, AUTO)).toEqual({ code: 'E_BINARY', message: 'input is binary (NUL bytes in the first 8 KiB)' });
  });

  test('gzip is inflated transparently; a gzip bomb fails with E_TOO_LARGE', () => {
    const out = ok(decode(gzipSync(fixtureBytes('persian-dump.txt')), AUTO));
    expect(out.text).toBe(persian);
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x61));
    expect(bomb.length).toBeLessThan(10_000);
    const result = decode(bomb, { encoding: null, maxBytes: 1_000_000 });
    expect(result).toEqual({ code: 'E_TOO_LARGE', message: 'gzip data inflates to more than --max-bytes 1000000' });
  });

  test('the real .html.gz fixture decodes as its declared UTF-8', () => {
    const out = ok(decode(fixtureBytes('aeb-page.html.gz'), AUTO));
    expect([out.encoding, out.encodingSource, out.replacements]).toEqual(['utf-8', 'meta', 0]);
    expect(out.text.startsWith('<')).toBe(true);
  });

  test('corrupt gzip → E_DECODE; over maxBytes → E_TOO_LARGE', () => {
    const corrupt = gzipSync(fixtureBytes('persian-dump.txt')).subarray(0, 40);
    expect(decode(corrupt, AUTO)).toMatchObject({ code: 'E_DECODE' });
    expect(decode(fixtureBytes('persian-dump.txt'), { encoding: null, maxBytes: 100 }))
      .toEqual({ code: 'E_TOO_LARGE', message: 'input is 3622 bytes, over --max-bytes 100' });
  });

  test('a U+FFFD already in the UTF-8 input is not counted as a replacement', () => {
    const bytes = Buffer.concat([Buffer.from('\uFFFD متن '), Buffer.from([0xd9])]);
    const out = ok(decode(Buffer.concat([bytes, Buffer.from(persian.slice(0, 200))]), AUTO));
    expect(out.replacements).toBe(1);
  });
});
