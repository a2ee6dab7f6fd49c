import { detectLanguage } from '../../../src/normalize/language';
import type { ParsedPage } from '../../../src/types';

const page = (texts: string[], lang: string | null = null): ParsedPage => ({
  format: 'text',
  blocks: texts.map((text, index) => ({ index, text, kind: 'paragraph', level: 0, linkChars: 0, lines: 1, path: '', hints: [] })),
  meta: { htmlTitle: null, metaTitle: null, description: null, siteName: null, url: null, published: null, lang },
});

describe('detectLanguage', () => {
  test('Persian, also when written with Arabic ي and ك', () => {
    expect(detectLanguage(page(['به گزارش خبرگزاری تسنیم، وزیر امور خارجه امروز به تهران رفت.']))).toBe('fa');
    expect(detectLanguage(page(['سرويسهاي خبري اين کشور از اين موضوع خبر دادند و گفت که اين کار انجام شد']))).toBe('fa');
  });
  test('Arabic, even with a Persian letter in a menu', () => {
    expect(detectLanguage(page(['قال الرئيس إن الحكومة في مصر ستعمل على تحسين الوضع الاقتصادي خلال العام', 'گزینه']))).toBe('ar');
  });
  test('a Persian article with an Arabic quotation stays Persian', () => {
    expect(detectLanguage(page([
      'رهبر انقلاب در این دیدار با اشاره به اهمیت وحدت گفتند که باید برای پیشرفت کشور تلاش کرد و این کار را ادامه داد.',
      'قال رسول الله إن في الجنة بابا',
      'وی همچنین افزود که مردم ایران در برابر تحریم‌ها ایستادگی کرده‌اند و این روند ادامه خواهد داشت.',
    ]))).toBe('fa');
  });
  test('English and other Latin-script languages', () => {
    expect(detectLanguage(page(['The minister said on Monday that the talks were going well for both sides.']))).toBe('en');
    expect(detectLanguage(page(['Le ministre a déclaré que les négociations sont dans une phase importante pour la France.']))).toBe('fr');
  });
  test('no letters: the declared language or null', () => {
    expect(detectLanguage(page(['12345 — 678']))).toBeNull();
    expect(detectLanguage(page(['12345'], 'fa-IR'))).toBe('fa');
  });
});
