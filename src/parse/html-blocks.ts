/**
 * HTML page → ordered blocks with structural evidence + page metadata. One DOM parse, one walk for the
 * blocks (dom/walk.ts), main-content detection on the element tree (dom/main-region.ts), then each
 * block gets its kind and hints: main / outside-main, the region words of the elements around it
 * (nav, share, byline …), and h1 / lead for the headline and standfirst elements (dom/headline.ts).
 */
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Block, BlockKind, ParsedPage } from '../types';
import { readPageMeta } from './page-meta';
import { walkDom, type ElemInfo, type RawBlock } from './dom/walk';
import { detectMainRegion, type MainRegion } from './dom/main-region';
import { bitOf, maskNames } from './dom/regions';
import { findHeadline, findLead } from './dom/headline';

/** An element holding more than this share of the page's text is a page wrapper: its class words
 *  ("has-sidebar", "page-footer-fixed") describe the layout, not the block. */
const WRAPPER_SHARE = 0.5;
/** An <article> nested in another with less than this share of its text is a teaser, not the story. */
const NESTED_ARTICLE_SHARE = 0.5;

function kindOf(b: RawBlock): { kind: BlockKind; level: number } {
  const tag = b.owner.tag;
  if (tag.length === 2 && tag[0] === 'h' && tag[1] >= '1' && tag[1] <= '6') return { kind: 'heading', level: Number(tag[1]) };
  if (b.inPre) return { kind: 'pre', level: 0 };
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return { kind: 'list-item', level: 0 };
  if (tag === 'td' || tag === 'th') return { kind: 'cell', level: 0 };
  if (tag === 'figcaption' || tag === 'caption') return { kind: 'caption', level: 0 };
  if (b.inQuote) return { kind: 'quote', level: 0 };
  return { kind: 'paragraph', level: 0 };
}

/** Region-hint bits per element, inherited downward, reset at the main region's roots so the words
 *  of the region's own wrappers never mark every block inside it. */
function inheritedMasks(elements: readonly ElemInfo[], region: MainRegion | null, pageChars: number): { masks: Int32Array; inMain: Uint8Array } {
  const masks = new Int32Array(elements.length);
  const inMain = new Uint8Array(elements.length);
  const roots = new Set(region ? region.roots.map((r) => r.id) : []);
  const enclosingArticle: (ElemInfo | null)[] = new Array<ElemInfo | null>(elements.length).fill(null);
  const related = bitOf('related');
  for (const e of elements) {
    const isRoot = roots.has(e.id);
    const parentMask = e.parent && !isRoot ? masks[e.parent.id] : 0;
    let own = isRoot || e.textChars > pageChars * WRAPPER_SHARE ? 0 : e.ownHints;
    // A small <article> inside an <article> is a teaser card (related posts, "you may also like");
    // one holding most of its parent article's text is the story itself in a wrapper.
    const outerArticle = e.parent ? enclosingArticle[e.parent.id] : null;
    if (e.tag === 'article' && outerArticle && !isRoot && e.textChars < outerArticle.textChars * NESTED_ARTICLE_SHARE) own |= related;
    enclosingArticle[e.id] = e.tag === 'article' ? e : outerArticle;
    masks[e.id] = parentMask | own;
    inMain[e.id] = isRoot || (e.parent !== null && inMain[e.parent.id] === 1) ? 1 : 0;
  }
  return { masks, inMain };
}

export function parseHtml(html: string, url: string | null): ParsedPage {
  const doc = parseDocument(html, { decodeEntities: true });
  const meta = readPageMeta(doc.children, url);
  const fallbackRoot = { type: 'tag', name: 'body', attribs: {}, children: doc.children } as unknown as Element;
  const walk = walkDom(doc, fallbackRoot);
  const region = detectMainRegion(walk);
  const { masks, inMain } = inheritedMasks(walk.elements, region, walk.body.textChars);
  const headline = findHeadline(walk.blocks, inMain, masks, meta);
  const lead = findLead(walk.blocks, headline, inMain, masks);

  const blocks: Block[] = walk.blocks.map((b, index) => {
    const { kind, level } = kindOf(b);
    const hints: string[] = [];
    if (region) hints.push(inMain[b.owner.id] ? 'main' : 'outside-main');
    if (index === headline) hints.push('h1');
    if (lead.has(index)) hints.push('lead');
    for (const h of maskNames(masks[b.owner.id] | b.inlineHints)) if (!hints.includes(h)) hints.push(h);
    if (kind === 'caption' && !hints.includes('caption')) hints.push('caption');
    return { index, text: b.text, kind, level, linkChars: b.linkChars, lines: 1, path: b.owner.path, hints };
  });
  return { format: 'html', blocks, meta };
}
