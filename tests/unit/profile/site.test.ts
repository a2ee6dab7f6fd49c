import { parseHtml } from '../../../src/parse/html-blocks';
import { parseText } from '../../../src/parse/text-blocks';
import { siteFromUrl, siteName, siteOf } from '../../../src/profile/site';

const text = (t: string, inputId = 'x.txt', url: string | null = null, override: string | null = null): string | null =>
  siteOf({ page: parseText(t), url, inputId, override });

describe('site identity', () => {
  test('URLs name the site by host; known outlets by their first domain', () => {
    expect(siteFromUrl('https://www.tasnimnews.com/fa/news/1399/01/01/123')).toBe('tasnimnews.com');
    expect(siteFromUrl('https://tn.ai/123')).toBe('tasnimnews.com');
    expect(siteFromUrl('http://m.example.org/a/b')).toBe('example.org');
    expect(siteFromUrl('https://www.bbc.com/persian/iran-123')).toBe('bbc.com/persian');
    expect(siteFromUrl('https://www.bbc.com/news/world-1')).toBe('bbc.com');
    expect(siteFromUrl('not a url')).toBeNull();
  });

  test('HTML canonical / og:url', () => {
    const html = '<html><head><link rel="canonical" href="https://www.yjc.ir/fa/news/1"></head><body><p>x</p></body></html>';
    expect(siteOf({ page: parseHtml(html, null), url: null, inputId: 'a/b.html', override: null })).toBe('yjc.ir');
  });

  test('NDJSON url, a bare URL at the top of a dump, the publisher, then the folder', () => {
    expect(text('Some text\n\nMore text', 'dumps/x.ndjson:3', 'https://news.example.com/story')).toBe('news.example.com');
    expect(text('https://www.example.net/2020/story\n\nHeadline\n\nBody text here.', 'dumps/a.txt')).toBe('example.net');
    // One line naming an outlet is too little to name the site (menus name other outlets too).
    expect(text('خبرگزاری تسنیم\n\nتیتر خبر\n\nمتن خبر در اینجا است.', 'dumps/a.txt')).toBe('folder:dumps');
    expect(text('Menu\n\nHeadline\n\nBody.\n\n© 2020 Tasnim News Agency. All rights reserved.\n\ntips@tasnimnews.com', 'dumps/a.txt')).toBe('tasnimnews.com');
    expect(text('Headline\n\nBody.', 'dumps/tasnim/a.txt')).toBe('folder:tasnim');
    expect(text('Headline\n\nBody.', '<stdin>')).toBeNull();
    expect(text('Headline\n\nBody.', 'a.txt')).toBeNull();
  });

  test('--site wins over everything', () => {
    expect(text('https://www.example.net/story\n\nBody.', 'dumps/a.txt', 'https://x.org/', 'https://www.Tasnimnews.com/')).toBe('tasnimnews.com');
    expect(siteName('My Site')).toBe('my site');
  });
});
