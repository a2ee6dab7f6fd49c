import { detectFormat } from '../../../src/parse/detect-format';

describe('detectFormat', () => {
  test('a page that opens with a doctype or <html> is HTML', () => {
    expect(detectFormat('<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>')).toBe('html');
    expect(detectFormat('\ufeff  <html lang="fa"><body>سلام</body></html>')).toBe('html');
  });

  test('a fragment dense with tags is HTML', () => {
    const fragment = '<div class="a"><p>one</p><p>two</p><p>three</p><ul><li>x</li><li>y</li></ul></div>';
    expect(detectFormat(fragment)).toBe('html');
  });

  test('a text dump that mentions <div> once stays text', () => {
    const dump = `Web developers wrap content in a <div> element.\n\n${'Plain paragraph of the article text. '.repeat(40)}`;
    expect(detectFormat(dump)).toBe('text');
  });

  test('a Persian dump is text', () => {
    expect(detectFormat('گفتوگوی تلفنی لوکاشنکو و وزیر خارجه آمریکا\n\nانتهای پیام/')).toBe('text');
  });
});
