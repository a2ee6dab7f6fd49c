import fs from 'node:fs';
import path from 'node:path';
import { labelBlocks } from '../../../src/clean/label';
import { parseText } from '../../../src/parse/text-blocks';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../../fixtures/text', name), 'utf8');

describe('labelBlocks on the seed dump', () => {
  const labelled = labelBlocks(parseText(fixture('tasnim-seed.txt')), 'fa');
  const content = labelled.filter((b) => b.label === 'content');

  test('keeps the lead and the seven body paragraphs, nothing else', () => {
    expect(content.length).toBe(8);
    expect(content[0]!.text.startsWith('رئیس جمهوری بلاروس')).toBe(true);
    expect(content[1]!.text.startsWith('به گزارش گروه بینالملل')).toBe(true);
    expect(content[7]!.text.startsWith('در ماه سپتامبر')).toBe(true);
  });

  test('drops the Telegram promo, the end marker and the menus after it, with reasons', () => {
    const promo = labelled.find((b) => b.text.includes('کانال تلگرامی'))!;
    expect(promo.label).toBe('boilerplate');
    expect(promo.reason).toMatch(/promo/);
    const end = labelled.find((b) => b.text === 'انتهای پیام/')!;
    expect(end.reason).toMatch(/end-of-story marker/);
    const tail = labelled.slice(labelled.indexOf(end));
    expect(tail.every((b) => b.label === 'boilerplate')).toBe(true);
    expect(labelled.find((b) => b.text === 'همراه اول')!.reason).toMatch(/section heading/);
  });

  test('the repeated headline is not content', () => {
    expect(labelled[0]!.label).toBe('boilerplate');
    expect(labelled[0]!.reason).toMatch(/repeated 2 times/);
  });

  test('same decisions on a lynx-wrapped copy', () => {
    const wrapped = labelBlocks(parseText(fixture('tasnim-seed.lynx80.txt')), 'fa').filter((b) => b.label === 'content');
    expect(wrapped.map((b) => b.text)).toEqual(content.map((b) => b.text));
  });
});
