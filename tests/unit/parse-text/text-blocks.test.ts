import fs from 'node:fs';
import path from 'node:path';
import { parseText } from '../../../src/parse/text-blocks';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../../fixtures/text', name), 'utf8');
const LEAD = 'رئیس جمهوری بلاروس و وزیر خارجه آمریکا با یکدیگر مکالمه تلفنی داشتند که طی آن، لوکاشنکو روسیه را متحد اصلی مینسک نامید و پامپئو نیز خواستار اجازه خروج یک تبعه آمریکایی از بلاروس شد.';

describe('parseText', () => {
  test('seed dump: one block per paragraph line, titles first', () => {
    const page = parseText(fixture('tasnim-seed.txt'));
    expect(page.format).toBe('text');
    expect(page.blocks[0]!.text).toBe('گفتوگوی تلفنی لوکاشنکو و وزیر خارجه آمریکا');
    expect(page.blocks[2]!.text).toBe(LEAD);
    expect(page.blocks.length).toBe(29);
    expect(page.blocks.every((b, i) => b.index === i)).toBe(true);
  });

  test('lynx-style 80-column wrapping is rejoined into the original paragraphs', () => {
    const wrapped = parseText(fixture('tasnim-seed.lynx80.txt'));
    const original = parseText(fixture('tasnim-seed.txt'));
    expect(wrapped.blocks.map((b) => b.text)).toEqual(original.blocks.map((b) => b.text));
    const lead = wrapped.blocks.find((b) => b.text === LEAD)!;
    expect(lead.lines).toBe(3);
  });

  test('innerText-style dump (no blank lines) keeps one block per line', () => {
    const joined = fixture('tasnim-seed.txt').split('\n').filter((l) => l.trim()).join('\n');
    const page = parseText(joined);
    expect(page.blocks.length).toBe(29);
    expect(page.blocks[2]!.text).toBe(LEAD);
  });

  test('CRLF, bullets, image placeholders and filler lines', () => {
    const page = parseText('Title line\r\n\r\n  • Home\r\n  □ World\r\n  1. First\r\n* star item\r\n[logo]\r\n  ●  \r\n   \r\nLast paragraph.\r\n');
    expect(page.blocks.map((b) => [b.text, b.kind])).toEqual([
      ['Title line', 'paragraph'],
      ['Home', 'list-item'],
      ['World', 'list-item'],
      ['First', 'list-item'],
      ['star item', 'list-item'],
      ['[logo]', 'caption'],
      ['Last paragraph.', 'paragraph'],
    ]);
    expect(page.blocks[1]!.hints).toContain('list-bullet');
    expect(page.blocks[5]!.hints).toContain('placeholder');
  });

  test('long unwrapped lines (w3m -cols 10000) are never joined', () => {
    const long = 'word '.repeat(60).trim();
    const page = parseText(`${long}\n${long}\n${long}\n`);
    expect(page.blocks.length).toBe(3);
  });
});
