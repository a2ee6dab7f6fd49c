import { jalaliToGregorian, parseDate } from '../../../src/extract/published';
import { matchKey } from '../../../src/clean/match-key';

const tokens = (s: string): readonly string[] => matchKey(s).tokens;

describe('dates', () => {
  test('Jalali to Gregorian conversion', () => {
    expect(jalaliToGregorian(1399, 1, 1)).toEqual([2020, 3, 20]);
    expect(jalaliToGregorian(1399, 2, 21)).toEqual([2020, 5, 10]);
    expect(jalaliToGregorian(1398, 11, 29)).toEqual([2020, 2, 18]);
    expect(jalaliToGregorian(1379, 10, 11)).toEqual([2000, 12, 31]);
    expect(jalaliToGregorian(1403, 1, 1)).toEqual([2024, 3, 20]);
  });

  test('date lines in Persian, Arabic and English', () => {
    expect(parseDate(tokens('۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹'))).toBe('2020-05-10');
    expect(parseDate(tokens('الإثنين، 24 أغسطس 2020 09:23 ص'))).toBe('2020-08-24');
    expect(parseDate(tokens('Published August 14, 2010'))).toBe('2010-08-14');
    expect(parseDate(tokens('٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠'))).toBe('2020-12-01');
    expect(parseDate(tokens('no date here'))).toBeNull();
  });
});
