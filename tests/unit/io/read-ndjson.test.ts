import { Readable } from 'node:stream';
import { readNdjson, splitLines, type NdjsonItem } from '../../../src/io/read-ndjson';

/** A byte stream delivered in small chunks, so lines straddle chunk boundaries. */
function chunked(text: string | Buffer, size = 7): Readable {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function collect(text: string | Buffer, maxLineBytes = 1_000_000): Promise<NdjsonItem[]> {
  const items: NdjsonItem[] = [];
  for await (const item of readNdjson(chunked(text), 'crawl.jsonl', maxLineBytes)) items.push(item);
  return items;
}

describe('readNdjson', () => {
  test('records, blank lines, CRLF, missing final newline', async () => {
    const text = '{"id":"a","text":"سلام"}\r\n\r\n  \n{"html":"<p>x</p>","url":"https://e.x/1"}';
    expect(await collect(text)).toEqual([
      { kind: 'record', line: 1, where: 'crawl.jsonl:1', raw: { id: 'a', text: 'سلام', format: 'text', url: null } },
      { kind: 'blank', line: 2, where: 'crawl.jsonl:2' },
      { kind: 'blank', line: 3, where: 'crawl.jsonl:3' },
      { kind: 'record', line: 4, where: 'crawl.jsonl:4', raw: { id: 'crawl.jsonl:4', text: '<p>x</p>', format: 'html', url: 'https://e.x/1' } },
    ]);
  });

  test('a bad line is a named error and reading goes on', async () => {
    const items = await collect('{"text":"a"}\n{"text": oops}\n[1]\n{"text":"b","html":"c"}\n{"id":{},"text":"d"}\n{"id":5,"text":"e"}\n');
    expect(items.map((i) => (i.kind === 'error' ? `${i.where} ${i.error.code} ${i.error.message.split(' (')[0]}` : `${i.where} ${i.kind}`))).toEqual([
      'crawl.jsonl:1 record',
      'crawl.jsonl:2 E_NDJSON invalid JSON',
      'crawl.jsonl:3 E_NDJSON expected a JSON object',
      'crawl.jsonl:4 E_NDJSON record has both "html" and "text"',
      'crawl.jsonl:5 E_NDJSON "id" must be a string or a number',
      'crawl.jsonl:6 record',
    ]);
    expect(items[5]).toMatchObject({ raw: { id: '5', text: 'e' } });
  });

  test('a BOM before line 1 is tolerated; invalid UTF-8 is E_NDJSON', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"a"}\n{"text":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const items = await collect(bytes);
    expect(items[0]).toMatchObject({ kind: 'record', raw: { text: 'a' } });
    expect(items[1]).toEqual({ kind: 'error', line: 2, where: 'crawl.jsonl:2', error: { code: 'E_NDJSON', message: 'line is not valid UTF-8' } });
  });

  test('an over-long line is skipped with E_TOO_LARGE; the next line is read', async () => {
    const long = JSON.stringify({ text: 'x'.repeat(500) });
    const items = await collect(`${long}\n{"text":"ok"}\n`, 100);
    expect(items.map((i) => i.kind)).toEqual(['error', 'record']);
    expect(items[0]).toMatchObject({ line: 1, error: { code: 'E_TOO_LARGE' } });
    expect(items[1]).toMatchObject({ line: 2, raw: { text: 'ok' } });
  });

  test('splitLines keeps a multi-MB line whole across chunks', async () => {
    const big = 'ب'.repeat(1_500_000);
    const lines: number[] = [];
    for await (const l of splitLines(Readable.from([Buffer.from(big.slice(0, 10)), Buffer.from(big.slice(10) + '\nz')]), 10_000_000)) {
      lines.push(l.bytes!.length);
    }
    expect(lines).toEqual([3_000_000, 1]);
  });
});
