/**
 * DOM evidence for HTML pages: a verdict forced by what the markup says about a block (outside the
 * detected main-content region, inside nav/footer/aside/share/related/comment/ad markup, a caption or
 * byline element, a link list; or a long link-poor paragraph inside the main region), or null when
 * the markup is not decisive and the shared block classifier decides. Text dumps never reach this.
 */
import type { Block, BlockLabel, ParsedPage } from '../types';
import { findMarker, type MarkerHit } from './markers';
import { matchKey } from './match-key';

export interface BlockVerdict {
  readonly label: BlockLabel;
  readonly reason: string;
}

/** Region hints that make a block boilerplate wherever it sits, with the words --explain prints. */
const BOILERPLATE_HINTS: ReadonlyArray<readonly [string, string]> = [
  ['nav', 'inside navigation markup'],
  ['footer', 'inside footer markup'],
  ['aside', 'inside a sidebar (aside) region'],
  ['comment', 'inside the comments region'],
  ['share', 'inside a share/follow/subscribe bar'],
  ['related', 'inside a related/recommended box'],
  ['ad', 'inside an ad/promo slot'],
  ['form', 'inside a form'],
  ['caption', 'image caption or credit'],
  ['byline', 'byline/metadata element'],
  ['date', 'date element'],
];

/** A list item or cell this link-heavy is a menu entry or a headline link, not prose. */
const LIST_LINK_DENSITY = 0.5;
/** Any block this link-heavy is a link, whatever its element. */
const BLOCK_LINK_DENSITY = 0.8;
/** A main-region block this long and this link-poor is article prose whatever its language: stopword
 *  lists do not cover every language (AEB has Korean, Russian, Portuguese pages), and the DOM scorer
 *  already picked the region for its prose. Shorter blocks (end markers, promos, bylines) defer. */
const MAIN_PROSE_CHARS = 60;
const MAIN_PROSE_MAX_LINK_DENSITY = 0.3;
/** Kinds that can be article prose. */
const PROSE_KINDS: ReadonlySet<Block['kind']> = new Set(['paragraph', 'quote', 'list-item', 'pre', 'heading']);

function pct(x: number): string {
  return x.toFixed(2);
}

/** `marker`: the block's marker when the caller has its features already (the classifier does), so the
 *  text is not folded again; omitted, it is looked up. */
export function htmlVerdict(block: Block, _page: ParsedPage, marker?: MarkerHit | null): BlockVerdict | null {
  const hints = block.hints;
  // The headline and the lead are the extractor's to take; never drop them here.
  if (hints.includes('h1') || hints.includes('lead')) return null;
  if (hints.includes('outside-main')) return { label: 'boilerplate', reason: 'outside the main content region' };
  for (const [hint, reason] of BOILERPLATE_HINTS) {
    if (hints.includes(hint)) return { label: 'boilerplate', reason };
  }
  const density = block.text.length > 0 ? block.linkChars / block.text.length : 0;
  if ((block.kind === 'list-item' || block.kind === 'cell') && density > LIST_LINK_DENSITY) {
    return { label: 'boilerplate', reason: `link list item (link density ${pct(density)})` };
  }
  if (density >= BLOCK_LINK_DENSITY) return { label: 'boilerplate', reason: `mostly a link (link density ${pct(density)})` };
  if (isMainProse(block, density, marker)) return { label: 'content', reason: `prose in the main content region (${block.text.length} chars)` };
  return null;
}

function isMainProse(block: Block, density: number, marker: MarkerHit | null | undefined): boolean {
  if (!block.hints.includes('main') || block.hints.includes('header')) return false;
  if (block.text.length < MAIN_PROSE_CHARS || density >= MAIN_PROSE_MAX_LINK_DENSITY || !PROSE_KINDS.has(block.kind)) return false;
  // A promo or end-marker sentence long enough to pass is still the classifier's to judge.
  return (marker === undefined ? findMarker(matchKey(block.text)) : marker) === null;
}
