import { formatEvent, formatRecord, orderRecord } from '../../../src/io/serialize';
import type { ArticleRecord } from '../../../src/types';

/** A record whose objects were built in a scrambled key order, as a stage might. */
const scrambled = {
  entities: [{ mentions: [{ end: 9, start: 0, field: 'title' }], count: 1, aliases: [], type: 'PERSON', text: 'لوکاشنکو' }],
  source: { via: ['نووستی'], url: '', name: 'تسنیم', published: null, desk: 'بین‌الملل', name_en: 'Tasnim' },
  body: 'متن', lead: '', title: 'عنوان', language: 'fa', format: 'text', input: 'a.txt',
} as unknown as ArticleRecord;

describe('serialize', () => {
  test('keys come out in ArticleRecord order; empty strings become null', () => {
    expect(formatRecord(scrambled, false)).toBe(
      '{"input":"a.txt","format":"text","language":"fa","title":"عنوان","lead":null,"body":"متن",'
      + '"source":{"name":"تسنیم","name_en":"Tasnim","via":["نووستی"],"desk":"بین‌الملل","url":null,"published":null},'
      + '"entities":[{"text":"لوکاشنکو","type":"PERSON","aliases":[],"count":1,"mentions":[{"field":"title","start":0,"end":9}]}]}\n',
    );
  });

  test('--pretty indents by two spaces and still ends with a newline', () => {
    const text = formatRecord(scrambled, true);
    expect(text.startsWith('{\n  "input": "a.txt",\n  "format": "text",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  test('orderRecord drops keys that are not part of the contract', () => {
    const extra = { ...scrambled, debugScore: 3 } as unknown as ArticleRecord;
    expect(Object.keys(orderRecord(extra))).toEqual(['input', 'format', 'language', 'title', 'lead', 'body', 'source', 'entities']);
  });

  test('events are {"type","data"} lines', () => {
    expect(formatEvent('error', { input: 'x', code: 'E_EMPTY' }, false)).toBe('{"type":"error","data":{"input":"x","code":"E_EMPTY"}}\n');
  });
});
