import { parseHtml } from '../../../src/parse/html-blocks';
import { toIsoDate } from '../../../src/parse/page-meta';

describe('page metadata', () => {
  it('reads og tags, JSON-LD and the canonical link, resolving it against the given URL', () => {
    const html = `<html lang="fa-IR"><head><title>عنوان | سایت</title>
      <meta name="description" content="خلاصه &amp; توضیح">
      <meta property="og:title" content="عنوان خبر">
      <link rel="canonical" href="/news/1">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
        {"@type":"NewsArticle","headline":"سرخط","datePublished":"2024-03-01T10:00:00+03:30","publisher":{"@type":"Organization","name":"خبرگزاری نمونه"}}]}</script>
      </head><body><p>متن</p></body></html>`;
    expect(parseHtml(html, 'https://example.ir/other').meta).toEqual({
      htmlTitle: 'عنوان | سایت', metaTitle: 'عنوان خبر', description: 'خلاصه & توضیح', siteName: 'خبرگزاری نمونه',
      url: 'https://example.ir/news/1', published: '2024-03-01T10:00:00+03:30', lang: 'fa',
    });
  });

  it('falls back to JSON-LD headline, <time datetime> and the given URL', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Article","headline":"Only in LD"}</script>
      <meta name="application-name" content="App Site"></head>
      <body><time datetime="2020-08-24 09:23">Aug 24</time><p>x</p></body></html>`;
    const m = parseHtml(html, 'https://given.example/a').meta;
    expect([m.metaTitle, m.siteName, m.published, m.url, m.lang]).toEqual(['Only in LD', 'App Site', '2020-08-24T09:23', 'https://given.example/a', null]);
  });

  it('survives broken JSON-LD', () => {
    const m = parseHtml('<html><head><script type="application/ld+json">{broken</script><title>T</title></head><body></body></html>', null).meta;
    expect(m.htmlTitle).toBe('T');
    expect(m.metaTitle).toBeNull();
  });

  it('writes dates as ISO 8601', () => {
    expect(toIsoDate('2019-11-19T15:23:00Z')).toBe('2019-11-19T15:23:00Z');
    expect(toIsoDate('Tue, 19 Nov 2019 15:23:00 GMT')).toBe('2019-11-19T15:23:00.000Z');
    expect(toIsoDate('not a date')).toBeNull();
  });
});
