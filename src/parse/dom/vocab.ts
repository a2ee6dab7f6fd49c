/**
 * Vocabularies the HTML path reads markup with: which tags are dropped, which start a block, and the
 * class/id/role tokens that say what a region is for. DATA only; the logic lives in the modules that
 * import these. Tokens are whole words of a class or id split at `-`, `_`, spaces and camelCase humps,
 * lower-cased ("articleBody" → article, body), so `share` never matches inside `shareholders`.
 */

/** Elements whose content is never visible article text. */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'map', 'input', 'select', 'option', 'optgroup', 'textarea', 'button', 'datalist', 'head', 'title',
  'meta', 'link', 'base', 'dialog',
]);

/** Elements that start and end a block of text (CSS display:block and friends). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'caption', 'ul', 'legend', 'html', 'picture', 'listing', 'plaintext', 'xmp', 'frameset',
]);

/** Class names whose only job is to hide an element from sighted readers. */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  'hidden', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screenreader-only', 'd-none',
  'element-invisible', 'off-screen', 'offscreen',
]);

/** Region roles a block can inherit from an ancestor, named as the `hints` vocabulary names them. */
export type RegionHint =
  | 'nav' | 'footer' | 'aside' | 'header' | 'form' | 'comment' | 'share' | 'related' | 'byline' | 'date'
  | 'caption' | 'ad';

/** Tags that by themselves declare a region. */
export const TAG_HINTS: Readonly<Record<string, RegionHint>> = {
  nav: 'nav', footer: 'footer', aside: 'aside', header: 'header', figcaption: 'caption', caption: 'caption',
  time: 'date', menu: 'nav',
};

/** ARIA roles that declare a region. */
export const ROLE_HINTS: Readonly<Record<string, RegionHint>> = {
  navigation: 'nav', menubar: 'nav', menu: 'nav', contentinfo: 'footer', complementary: 'aside', banner: 'header',
  search: 'form', toolbar: 'share', dialog: 'ad', alertdialog: 'ad',
};

/** Class/id tokens that declare a region. */
export const TOKEN_HINTS: Readonly<Record<string, RegionHint>> = {
  nav: 'nav', navbar: 'nav', navigation: 'nav', menu: 'nav', menubar: 'nav', breadcrumb: 'nav', breadcrumbs: 'nav',
  pagination: 'nav', pager: 'nav', topbar: 'nav', skip: 'nav', tags: 'nav', tag: 'nav', keywords: 'nav',
  footer: 'footer', copyright: 'footer', colophon: 'footer',
  sidebar: 'aside', aside: 'aside', widget: 'aside', rail: 'aside', sidebox: 'aside',
  masthead: 'header', header: 'header', meta: 'byline', metadata: 'byline', info: 'byline',
  comment: 'comment', comments: 'comment', disqus: 'comment', respond: 'comment', replies: 'comment',
  share: 'share', sharing: 'share', sharebar: 'share', social: 'share', sociallinks: 'share', addthis: 'share',
  shares: 'share', sharethis: 'share', socialmedia: 'share', follow: 'share', newsletter: 'share', subscribe: 'share',
  subscription: 'share', signup: 'share', print: 'share', bookmark: 'share',
  related: 'related', recommended: 'related', recommendations: 'related', popular: 'related', trending: 'related',
  mostread: 'related', readmore: 'related', outbrain: 'related', taboola: 'related',
  also: 'related', inject: 'related', teaser: 'related', teasers: 'related', recirc: 'related', promo: 'ad',
  byline: 'byline', author: 'byline', authors: 'byline', writer: 'byline', contributor: 'byline', attribution: 'byline',
  dateline: 'date', timestamp: 'date', date: 'date', pubdate: 'date', published: 'date', posted: 'date',
  caption: 'caption', figcaption: 'caption', credit: 'caption', credits: 'caption', photo: 'caption',
  img: 'caption', image: 'caption', picture: 'caption', gallery: 'caption', figure: 'caption',
  ad: 'ad', ads: 'ad', adv: 'ad', advert: 'ad', advertisement: 'ad', advertising: 'ad', sponsor: 'ad',
  sponsored: 'ad', banner: 'ad', dfp: 'ad', gpt: 'ad', adsense: 'ad', adslot: 'ad', adunit: 'ad', commercial: 'ad',
};

/** Word beginnings that declare a region in run-together class names ("relatedposts", "sharebuttons",
 *  "footerlinks"). Only words no article container starts with. */
export const TOKEN_PREFIX_HINTS: ReadonlyArray<readonly [string, RegionHint]> = [
  ['related', 'related'], ['sidebar', 'aside'], ['footer', 'footer'], ['breadcrumb', 'nav'], ['advert', 'ad'],
  ['sponsor', 'ad'], ['newsletter', 'share'], ['taboola', 'related'], ['outbrain', 'related'], ['social', 'share'],
  ['sharing', 'share'], ['sharebar', 'share'], ['sharebutton', 'share'], ['shareicon', 'share'], ['sharetool', 'share'],
  ['disqus', 'comment'], ['recommend', 'related'], ['navbar', 'nav'], ['navigation', 'nav'], ['subscribe', 'share'],
  ['mostpopular', 'related'], ['mostread', 'related'], ['readmore', 'related'], ['readalso', 'related'],
];

/** Consecutive class/id words that declare a region ("most-read", "see-also"). */
export const TOKEN_SEQUENCE_HINTS: ReadonlyArray<readonly [readonly string[], RegionHint]> = [
  [['most', 'read'], 'related'], [['most', 'viewed'], 'related'], [['most', 'popular'], 'related'],
  [['most', 'commented'], 'related'], [['read', 'more'], 'related'], [['read', 'also'], 'related'],
  [['also', 'read'], 'related'], [['see', 'also'], 'related'], [['more', 'stories'], 'related'],
  [['more', 'news'], 'related'], [['you', 'may', 'like'], 'related'], [['top', 'stories'], 'related'],
  [['latest', 'news'], 'related'], [['other', 'news'], 'related'], [['more', 'from'], 'related'],
];

/** Class/id tokens of elements that usually hold the article (Readability's "positive" words). */
export const POSITIVE_TOKENS: ReadonlySet<string> = new Set([
  'article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'news',
  'detail', 'details', 'single', 'item', 'articletext', 'articlebody', 'storybody', 'postbody', 'field',
]);

/** Class/id tokens of elements that usually hold no article text (Readability's "negative" words). */
export const NEGATIVE_TOKENS: ReadonlySet<string> = new Set([
  'hidden', 'banner', 'combx', 'comment', 'comments', 'com', 'contact', 'foot', 'footer', 'footnote', 'masthead',
  'media', 'meta', 'outbrain', 'promo', 'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper',
  'sponsor', 'shopping', 'tags', 'tool', 'tools', 'widget', 'nav', 'menu', 'social', 'ad', 'ads', 'advert',
  'popular', 'trending', 'recommended', 'newsletter', 'subscribe', 'breadcrumb', 'breadcrumbs', 'taboola',
  'teaser', 'byline', 'author', 'caption', 'credit', 'rail', 'modal', 'popup', 'cookie', 'consent',
]);

/** Tokens of elements that are almost never the article (Readability's "unlikely candidates"); the
 *  strict first pass ignores text inside them unless a `maybe` token rescues the element. */
export const UNLIKELY_TOKENS: ReadonlySet<string> = new Set([
  'banner', 'breadcrumbs', 'breadcrumb', 'combx', 'comment', 'comments', 'community', 'cover', 'disqus', 'extra',
  'footer', 'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar',
  'skyscraper', 'social', 'sponsor', 'supplemental', 'ad', 'ads', 'agegate', 'pagination', 'pager', 'popup',
  'yom', 'remote', 'newsletter', 'cookie', 'consent', 'outbrain', 'taboola', 'share', 'sharing', 'nav',
  'navbar', 'navigation', 'trending', 'popular', 'recommended', 'modal', 'subscribe',
]);

/** Tokens that keep an otherwise unlikely element in play. */
export const MAYBE_TOKENS: ReadonlySet<string> = new Set([
  'and', 'article', 'body', 'column', 'content', 'main', 'shadow', 'story', 'entry', 'post', 'text',
]);

/** Class/id/itemprop words that name a lead/summary/standfirst element. */
export const LEAD_TOKENS: ReadonlySet<string> = new Set([
  'lead', 'lede', 'summary', 'standfirst', 'subtitle', 'subtitles', 'subheadline', 'subhead', 'description',
  'excerpt', 'intro', 'abstract', 'dek', 'deck', 'strapline', 'sapo', 'chapeau', 'introtext',
  'alternativeheadline', 'summery',
]);

/** Words whose combination with `sub` (`sub-title`, `sub_title`) marks a lead. */
export const SUB_PREFIXED_LEAD: ReadonlySet<string> = new Set(['title', 'heading', 'headline']);

/** Class/id tokens of elements that hold the article body itself (trafilatura's body containers). */
export const BODY_CONTAINER_TOKENS: ReadonlyArray<readonly string[]> = [
  ['article', 'body'], ['articlebody'], ['article', 'content'], ['article', 'text'], ['story', 'body'],
  ['storybody'], ['story', 'content'], ['story', 'text'], ['entry', 'content'], ['post', 'content'], ['post', 'body'],
  ['post', 'entry'], ['postbody'], ['news', 'text'], ['news', 'body'], ['news', 'content'], ['item', 'text'],
  ['body', 'text'], ['bodytext'], ['text', 'body'], ['content', 'body'], ['article', 'main'], ['main', 'text'],
  ['entry', 'body'], ['article', 'details'], ['article', 'detail'], ['field', 'body'], ['rich', 'text'],
  ['articletext'], ['maintext'], ['newstext'], ['story'], ['content', 'text'], ['detail', 'text'], ['text', 'content'],
];

/** itemprop values that mark the article body and headline. */
export const BODY_ITEMPROPS: ReadonlySet<string> = new Set(['articlebody', 'text', 'reviewbody']);
export const HEADLINE_ITEMPROPS: ReadonlySet<string> = new Set(['headline', 'name']);

/** Class/id tokens of a headline element. */
export const HEADLINE_TOKENS: ReadonlySet<string> = new Set(['headline', 'title', 'heading']);
