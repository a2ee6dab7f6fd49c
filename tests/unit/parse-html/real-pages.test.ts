import { readFileSync } from 'fs';
import { join } from 'path';
import { parseHtml } from '../../../src/parse/html-blocks';
import { htmlVerdict } from '../../../src/clean/html-evidence';
import type { Block, ParsedPage } from '../../../src/types';

const page = (name: string): ParsedPage =>
  parseHtml(readFileSync(join(__dirname, '../../fixtures/html', name), 'utf8'), null);
const withText = (p: ParsedPage, start: string): Block => {
  const b = p.blocks.find((x) => x.text.startsWith(start));
  if (!b) throw new Error(`no block starts with ${start}`);
  return b;
};
const headline = (p: ParsedPage): string | undefined => p.blocks.find((b) => b.hints.includes('h1'))?.text;

describe('Persian page (aryanews-1, <br>-separated body)', () => {
  const p = page('aryanews-1.html');

  it('marks the article headline element', () => {
    expect(headline(p)).toBe('ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه');
  });

  it('splits the <br>-separated body into paragraphs inside the main region', () => {
    const first = withText(p, 'خبرگزاری آریا - رییس سازمان بورس');
    const second = withText(p, 'به گزارش خبرگزاری آریا ، حسن قالیباف اصل');
    expect(second.index).toBe(first.index + 1);
    expect(first.path).toBe(second.path);
    expect(first.hints).toContain('main');
    expect(htmlVerdict(first, p)).toEqual({ label: 'content', reason: 'prose in the main content region (203 chars)' });
  });

  it('drops the language menu as outside the main region', () => {
    const menu = withText(p, 'English');
    expect(menu.kind).toBe('list-item');
    expect(menu.hints).toEqual(expect.arrayContaining(['outside-main', 'nav']));
    expect(htmlVerdict(menu, p)).toEqual({ label: 'boilerplate', reason: 'outside the main content region' });
  });

  it('reads the page metadata', () => {
    expect(p.meta).toEqual({
      htmlTitle: 'خبرگزاری آريا - ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه',
      metaTitle: 'خبرگزاری آریا - ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه',
      description: 'خبرگزاری آریا - ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه',
      siteName: null, url: null, published: null, lang: 'fa',
    });
  });
});

describe('Arabic page (cnn-arabic-1)', () => {
  const p = page('cnn-arabic-1.html');

  it('prefers the article headline over the logo <h1>', () => {
    expect(headline(p)).toBe('معارضون يسيطرون على مخازن للصواريخ بريف دمشق');
    expect(withText(p, 'CNN').hints).not.toContain('h1');
  });

  it('keeps the body and drops the site menu', () => {
    const body = withText(p, 'دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة');
    expect(body.hints).toContain('main');
    expect(htmlVerdict(body, p)?.label).toBe('content');
    const menu = withText(p, 'الصفحة الرئيسية');
    expect(htmlVerdict(menu, p)?.label).toBe('boilerplate');
  });

  it('reads og/canonical metadata', () => {
    expect(p.meta.metaTitle).toBe('معارضون يسيطرون على مخازن للصواريخ بريف دمشق');
    expect(p.meta.htmlTitle).toBe('معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com');
    expect(p.meta.siteName).toBe('CNNArabic');
    expect(p.meta.url).toBe('http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html');
    expect(p.meta.lang).toBe('ar');
  });
});

describe('English page (foxnews-1)', () => {
  const p = page('foxnews-1.html');

  it('marks the headline, keeps the body, drops the navigation', () => {
    expect(headline(p)).toBe("Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.");
    const body = withText(p, 'Russia has walked a fine line on Iran for years.');
    expect(body.hints).toContain('main');
    expect(body.kind).toBe('paragraph');
    expect(htmlVerdict(body, p)).toEqual({ label: 'content', reason: 'prose in the main content region (326 chars)' });
    const home = p.blocks.find((b) => b.text === 'Home');
    expect(home?.hints).toEqual(expect.arrayContaining(['outside-main', 'nav']));
  });

  it('reads the metadata, the date from dc.date', () => {
    expect(p.meta).toEqual({
      htmlTitle: "Russia's Nuclear Help To Iran Stirs Questions About Its 'Improved' Relations With U.S. | FoxNews.com",
      metaTitle: "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.",
      description: "Russia's announcement that it will help Iran get nuclear fuel is raising questions about the better-than- ever relationship between Russia and the U.S. , according to President Obama, after the two former Cold War adversaries recently signed a nuclear reduction treaty.",
      siteName: 'Fox News',
      url: 'http://www.foxnews.com/politics/2010/08/14/russias-nuclear-help-iran-stirs-questions-improved-relations/',
      published: '2010-08-14',
      lang: 'en',
    });
  });

  it('gives every block lines=1 and a tag path from <body>', () => {
    expect(p.blocks.every((b) => b.lines === 1)).toBe(true);
    expect(withText(p, 'Russia has walked a fine line').path).toMatch(/>div\.entry-content>p$/);
  });
});
