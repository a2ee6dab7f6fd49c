import { readFileSync } from 'fs';
import * as path from 'path';
import { normalizeText, convertDigits, basicLine } from '../../../src/normalize/text';
import { normalizeField, normalizePage } from '../../../src/normalize/page';
import type { ParsedPage } from '../../../src/types';

const seed = readFileSync(path.join(__dirname, '../../fixtures/normalize/tasnim-seed-head.txt'), 'utf8');
const fa = (text: string, level: 'none' | 'basic' | 'full' | null = null) => normalizeText(text, { language: 'fa', level });

describe('level none', () => {
  test('leaves text byte-identical', () => {
    const messy = `${seed}\u200e &zwnj; ي ك ـــ \u00a0 "x"\r\n`;
    expect(normalizeText(messy, { language: 'fa', level: 'none' })).toBe(messy);
    expect(normalizeText(messy, { language: 'fa', level: 'none', digits: 'latin' })).toBe(messy);
    expect(normalizeField(messy, 'fa', 'none')).toBe(messy);
  });
});

describe('level basic', () => {
  test('NFC, entities, invisible characters, spaces, kashida, Persian letters', () => {
    expect(fa('كتاب&zwnj;ها\u200f  و   تــــهران&nbsp;ي', 'basic')).toBe('کتاب‌ها و تهران ی');
  });
  test('decodes numeric entities and drops ZWNJ at word edges and after non-joiners', () => {
    expect(fa('&#8204;کتاب&#x200C; دار\u200cها', 'basic')).toBe('کتاب دارها');
  });
  test('presentation forms become base letters', () => {
    expect(fa('\ufefb\ufe8e', 'basic')).toBe('لاا');
  });
  test('keeps line breaks', () => {
    expect(fa('الف  \n\nب\r\nج', 'basic')).toBe('الف\n\nب\r\nج');
  });
  test('never writes Persian letters into Arabic text', () => {
    const ar = 'قال الرئيس إن الحكومة في مصر ستعمل على تحسين الوضع';
    expect(normalizeText(ar, { language: 'ar', level: 'full' })).toBe(ar);
    expect(normalizeText('کتب علی', { language: 'ar', level: 'basic' })).toBe('كتب على');
  });
  test('an Arabic quotation inside Persian text keeps its Arabic letters', () => {
    const text = 'او گفت:\nقال رسول الله صلى الله عليه وآله إن في الجنة بابا يقال له الريان\nو رفت';
    expect(fa(text)).toBe(text);
  });
});

describe('level full (Persian default)', () => {
  test('restores the issue examples', () => {
    expect(fa('گفتوگوی رسانههای بینالملل نمیکند پربینندهترین'))
      .toBe('گفت‌وگوی رسانه‌های بین‌الملل نمی‌کند پربیننده‌ترین');
  });
  test('punctuation spacing and guillemets', () => {
    expect(fa('او گفت ، "ما می آییم" ( امروز ) .')).toBe('او گفت، «ما می‌آییم» (امروز).');
    expect(fa('ساعت 11:45 و عدد 3.5')).toBe('ساعت 11:45 و عدد 3.5');
  });
  test('drops short vowels but keeps tanwin and hamza above', () => {
    expect(fa('کِتابِ خانهٔ اصلاً')).toBe('کتاب خانهٔ اصلاً');
  });
  test('restoration never changes a letter', () => {
    const out = fa(seed);
    const letters = (s: string) => s.replace(/[^\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]/g, '');
    expect(letters(out)).toBe(letters(fa(seed, 'basic')));
  });
  test('English text at the default level only gets basic fixes', () => {
    expect(normalizeText('Hello ,  world "x"', { language: 'en', level: null })).toBe('Hello , world "x"');
  });
});

describe('digits', () => {
  test('kept as written unless asked', () => {
    expect(fa('۱۲ و 34 و ٥٦')).toBe('۱۲ و 34 و ٥٦');
    expect(convertDigits('۱۲ و 34 و ٥٦', 'latin', 'fa')).toBe('12 و 34 و 56');
    expect(convertDigits('12 و A320 و ٥٦', 'persian', 'fa')).toBe('۱۲ و A320 و ۵۶');
    expect(convertDigits('12', 'persian', 'ar')).toBe('١٢');
  });
});

describe('pipeline hooks', () => {
  const page: ParsedPage = {
    format: 'text',
    blocks: [{ index: 0, text: 'گفتوگوی  رسانههای\u200e ما', kind: 'paragraph', level: 0, linkChars: 0, lines: 1, path: '', hints: [] }],
    meta: { htmlTitle: 'تسنيم&zwnj;', metaTitle: null, description: null, siteName: null, url: null, published: null, lang: null },
  };
  test('blocks get basic fixes only, so they stay close to the page', () => {
    const out = normalizePage(page, 'fa', null);
    expect(out.blocks[0]?.text).toBe('گفتوگوی رسانههای ما');
    expect(out.meta.htmlTitle).toBe('تسنیم');
  });
  test('level none returns the page itself', () => {
    expect(normalizePage(page, 'fa', 'none')).toBe(page);
  });
  test('fields get the full level for Persian', () => {
    expect(normalizeField('گفتوگوی رسانههای', 'fa', null)).toBe('گفت‌وگوی رسانه‌های');
    expect(normalizeField('کتاب ها می شود', 'fa', null)).toBe('کتاب ها می شود');
    expect(normalizeField(null, 'fa', null)).toBeNull();
  });
});

describe('basicLine fast path', () => {
  test('a line no rule touches comes back as is; one touched character still runs every rule', () => {
    const clean = 'گفت‌وگوی تلفنی لوکاشنکو و وزیر خارجه آمریکا';
    expect(basicLine(clean, 'fa')).toBe(clean);
    expect(basicLine(' كتاب  ها\u200f ', 'fa')).toBe('کتاب ها');
    expect(basicLine('كتاب', 'ar')).toBe('كتاب');
    expect(basicLine('کتاب', 'ar')).toBe('كتاب');
  });
});
