import fs from 'node:fs';
import path from 'node:path';
import { labelBlocks } from '../../../src/clean/label';
import { extractFields } from '../../../src/extract/fields';
import { parseText } from '../../../src/parse/text-blocks';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, '../../fixtures/text', name), 'utf8');
const run = (name: string, language: string): ReturnType<typeof extractFields> => {
  const page = parseText(fixture(name));
  return extractFields(labelBlocks(page, language), page, language);
};

interface Expected { title: string; lead: string; body: string; source: { publisher: string; publisher_en: string; via: string[] } }
const seedGold = JSON.parse(fixture('tasnim-seed.expected.json')) as Expected;

describe('extractFields: Tasnim seed dump', () => {
  const fields = run('tasnim-seed.txt', 'fa');

  test('title, lead and body exactly as the gold record', () => {
    expect(fields.title).toBe(seedGold.title);
    expect(fields.lead).toBe(seedGold.lead);
    expect(fields.body).toBe(seedGold.body);
  });

  test('body has no Telegram promo, end marker or menu lines', () => {
    expect(fields.body).not.toContain('کانال تلگرامی');
    expect(fields.body).not.toContain('انتهای پیام');
    expect(fields.body).not.toContain('همراه اول');
  });

  test('source from the attribution sentence: publisher, via, desk', () => {
    expect(fields.source.name).toBe('خبرگزاری تسنیم');
    expect(fields.source.name_en).toBe('Tasnim News Agency');
    expect(fields.source.via).toEqual(['نووستی']);
    expect(fields.source.desk).toBe('گروه بینالملل');
  });

  test('removed blocks carry reasons', () => {
    const promo = fields.removed.find((r) => r.text.includes('کانال تلگرامی'))!;
    expect(promo.reason).toMatch(/promo/);
    expect(fields.removed.find((r) => r.index === 1)!.reason).toMatch(/headline|repeated/);
  });

  test('the lynx-wrapped copy gives the same record', () => {
    const wrapped = run('tasnim-seed.lynx80.txt', 'fa');
    expect(wrapped.title).toBe(seedGold.title);
    expect(wrapped.lead).toBe(seedGold.lead);
    expect(wrapped.body).toBe(seedGold.body);
    expect(wrapped.source.via).toEqual(['نووستی']);
  });
});

describe('extractFields: Arabic (Youm7) w3m excerpt', () => {
  const fields = run('youm7-excerpt.txt', 'ar');

  test('headline, no lead, publisher from the site lines', () => {
    expect(fields.title).toBe('وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة');
    expect(fields.lead).toBeNull();
    expect(fields.source.name).toBe('اليوم السابع');
    expect(fields.source.name_en).toBe('Youm7');
    expect(fields.source.published).toBe('2020-08-24');
  });

  test('body starts with the first paragraph and leaves out byline, share bar, tags and related list', () => {
    expect(fields.body!.startsWith('شهد الدكتور محمد عبد العاطي وزير الموارد المائية والرى')).toBe(true);
    expect(fields.body).not.toContain('كتبت أسماء نصار');
    expect(fields.body).not.toContain('Share on facebook');
    expect(fields.body).not.toContain('الموضوعات المتعلقة');
    expect(fields.body!.split('\n\n').length).toBe(6);
  });
});

describe('extractFields: English (Reuters) w3m dump', () => {
  const fields = run('reuters-1.txt', 'en');

  test('headline and publisher', () => {
    expect(fields.title).toBe('\'Parasite\' scores historic upset at SAG awards, boosting Oscar chances');
    expect(fields.lead).toBeNull();
    expect(fields.source.name).toBe('Reuters');
  });

  test('body keeps the subhead and drops byline, related box and credit box', () => {
    expect(fields.body!.startsWith('LOS ANGELES (Reuters) - South Korean thriller')).toBe(true);
    expect(fields.body).toContain('DISAPPOINTING NIGHT FOR ‘IRISHMAN’');
    expect(fields.body).not.toContain('By Jill Serjeant');
    expect(fields.body).not.toContain('Related Coverage');
    expect(fields.body).not.toContain('Additional reporting by');
  });
});
