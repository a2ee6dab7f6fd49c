import { findMarker, markerCounts } from '../../../src/clean/markers';
import { matchKey } from '../../../src/clean/match-key';

const marker = (text: string): string | null => findMarker(matchKey(text))?.kind ?? null;

describe('marker vocabularies', () => {
  test('every language has marker data', () => {
    const counts = markerCounts();
    expect(counts['fa']).toBeGreaterThan(50);
    expect(counts['ar']).toBeGreaterThan(50);
    expect(counts['en']).toBeGreaterThan(50);
  });

  test('end markers match with or without slash, ZWNJ and Arabic letter variants', () => {
    expect(marker('انتهای پیام/')).toBe('end');
    expect(marker('انتهاي پيام')).toBe('end');
    expect(marker('انتهای پیام/ی')).toBe('end');
    expect(marker('/إنتهى/')).toBe('end');
  });

  test('channel promo, sections, share bars, comment forms, footers', () => {
    expect(marker('جدیدترین خبرها و تحلیلهای ایران و جهان را در کانال تلگرامی تسنیم بخوانید. (کلیک کنید)')).toBe('promo');
    expect(marker('پربینندهترین اخبار بین الملل')).toBe('section');
    expect(marker('برچسب‌ها')).toBe('section');
    expect(marker('برچسبها')).toBe('section');
    expect(marker('الأكثر قراءة')).toBe('section');
    expect(marker('Related Coverage')).toBe('section');
    expect(marker('نسخه چاپی')).toBe('share');
    expect(marker('شما در حال پاسخ به نظر «» هستید. × لغو پاسخ')).toBe('comments');
    expect(marker('© 2020 Sputnik. جميع الحقوق محفوظة')).toBe('copyright');
    expect(marker('Additional reporting by Steve Gorman; Editing by Marguerita Choy')).toBe('credit');
  });

  test('a marker phrase inside a long body paragraph does not make it a marker', () => {
    const body = 'وزیر ارتباطات گفت که کانال تلگرام این وزارتخانه از هفته آینده اخبار مربوط به طرح توسعه شبکه ملی اطلاعات و برنامه های آینده را برای شهروندان منتشر خواهد کرد و همه مردم می توانند از طریق آن از آخرین تصمیمات مطلع شوند و نظرات خود را ارسال کنند.';
    expect(marker(body)).toBeNull();
    expect(marker('نامزدهای انتخابات')).toBeNull();
  });
});
