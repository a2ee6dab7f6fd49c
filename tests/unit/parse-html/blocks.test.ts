import { parseHtml } from '../../../src/parse/html-blocks';
import { htmlVerdict } from '../../../src/clean/html-evidence';

const texts = (html: string): string[] => parseHtml(html, null).blocks.map((b) => b.text);

const PROSE = 'This sentence is long enough to count as article prose, with a comma, and another, and more words here.';

describe('block splitting', () => {
  it('splits <br> and <br><br> inside one container into paragraphs', () => {
    expect(texts('<body><div>first line<br>second line<br><br>third line</div></body>'))
      .toEqual(['first line', 'second line', 'third line']);
  });

  it('joins inline elements with the spacing the source has', () => {
    expect(texts('<body><p>one <b>two</b><i>three</i> <a href="/x">four</a>.</p></body>')).toEqual(['one twothree four.']);
  });

  it('emits list items, cells and headings with their kinds', () => {
    const p = parseHtml('<body><h2>Sub</h2><ul><li>item</li></ul><table><tr><td>cell</td></tr></table><blockquote><p>said</p></blockquote><figure><figcaption>cap</figcaption></figure></body>', null);
    expect(p.blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 2, 'Sub'], ['list-item', 0, 'item'], ['cell', 0, 'cell'], ['quote', 0, 'said'], ['caption', 0, 'cap'],
    ]);
  });

  it('counts link characters', () => {
    const [b] = parseHtml('<body><p>read <a href="/a">this link</a> now</p></body>', null).blocks;
    expect(b.linkChars).toBe('this link'.length);
  });
});

describe('invisible content', () => {
  it('drops scripts, styles, templates, svg, form controls and hidden elements', () => {
    expect(texts(`<body><p>kept</p><script>var x = 1;</script><style>p{}</style><noscript>enable js</noscript>
      <template>tpl</template><svg><text>svg</text></svg><button>Click</button><select><option>opt</option></select>
      <div hidden>attr hidden</div><div aria-hidden="true">aria hidden</div><div style="display: none">css hidden</div>
      <span class="sr-only">screen reader</span></body>`)).toEqual(['kept']);
  });
});

describe('entities', () => {
  it('decodes named and numeric entities, ZWNJ kept, NBSP collapsed', () => {
    expect(texts('<body><p>می&zwnj;شود &amp; &#1575;&#x644; a&nbsp;&nbsp;b</p></body>')).toEqual(['می\u200cشود & ال a b']);
  });
});

describe('main region and hints', () => {
  const html = `<html lang="en"><head><title>Big news - Site</title></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
    <div class="content"><article>
      <h1 class="headline">Big news</h1>
      <p class="standfirst">The summary of the big news in one sentence that is long.</p>
      <div class="byline">By A. Writer</div>
      <div class="article-body"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p>
        <div class="share-tools"><p>Share this on Facebook</p></div>
        <ul><li><a href="/1">A linked headline that goes somewhere else</a></li></ul>
      </div>
    </article>
    <aside class="sidebar"><p>${PROSE}</p></aside></div>
    <footer><p>Copyright 2024 Site</p></footer></body></html>`;
  const p = parseHtml(html, null);
  const block = (start: string, nth = 0) => p.blocks.filter((b) => b.text.startsWith(start))[nth];

  it('marks the article body main and the rest outside-main', () => {
    expect(block(PROSE.slice(0, 20)).hints).toContain('main');
    expect(block('Home').hints).toEqual(['outside-main', 'nav']);
    expect(block('Copyright').hints).toEqual(['outside-main', 'footer']);
    expect(block(PROSE.slice(0, 20), 3).hints).toEqual(expect.arrayContaining(['outside-main', 'aside']));
  });

  it('marks headline and lead, and flags share bars and link lists inside main', () => {
    expect(block('Big news').hints).toContain('h1');
    expect(block('The summary').hints).toContain('lead');
    expect(block('By A. Writer').hints).toContain('byline');
    const share = block('Share this');
    expect(share.hints).toEqual(['main', 'share']);
    expect(htmlVerdict(share, p)).toEqual({ label: 'boilerplate', reason: 'inside a share/follow/subscribe bar' });
    const linked = block('A linked headline');
    expect(htmlVerdict(linked, p)).toEqual({ label: 'boilerplate', reason: 'link list item (link density 1.00)' });
    expect(htmlVerdict(block(PROSE.slice(0, 20)), p)).toEqual({ label: 'content', reason: 'prose in the main content region (103 chars)' });
  });

  it('leaves short main-region lines to the shared classifier', () => {
    const short = parseHtml(`<body><div class="article-body"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>Short closing line.</p></div></body>`, null);
    const last = short.blocks[short.blocks.length - 1];
    expect(last.hints).toEqual(['main']);
    expect(htmlVerdict(last, short)).toBeNull();
  });
});
