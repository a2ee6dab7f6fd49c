/**
 * Which block is the article's headline element, and which blocks are its lead/standfirst. The
 * headline is the heading that best agrees with the page's own title metadata, placed in or just
 * before the main region, outside navigation; a site logo in <h1> loses to the real headline.
 */
import type { PageMeta } from '../../types';
import type { ElemInfo, RawBlock } from './walk';
import { itemprops } from './tokens';
import { HEADLINE_ITEMPROPS, HEADLINE_TOKENS, LEAD_TOKENS, SUB_PREFIXED_LEAD } from './vocab';
import { bitOf } from './regions';

/** Ancestors searched for a headline/lead marker (a headline's text often sits in a span or link inside). */
const MARKER_LEVELS = 3;
/** How many blocks before the main region a headline may sit (kicker, byline, share bar between). */
const BEFORE_MAIN_WINDOW = 25;
/** How many blocks after the headline the lead may sit (photo credit, tags, share bar between), and
 *  how far into the main region once it has started. */
const LEAD_WINDOW = 30;
const LEAD_MAIN_WINDOW = 3;
/** A lead is prose, not a label. */
const MIN_LEAD_CHARS = 25;
const MAX_LEAD_LINK_DENSITY = 0.3;
/** A marked element longer than this is a wrapper (an "article-summary" page section), not a lead. */
const MAX_LEAD_ELEMENT_CHARS = 1200;
/** Minimum candidate score: a lone <h1> qualifies, a lone h3 with a title-ish class needs title agreement. */
const MIN_HEADLINE_SCORE = 1;
const MAX_HEADLINE_CHARS = 400;

const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

/** Share of the candidate's words found in the title (titles carry site-name suffixes the headline lacks). */
function agreement(candidate: string, title: string | null): number {
  if (!title) return 0;
  const cw = words(candidate);
  if (cw.length === 0) return 0;
  const tw = new Set(words(title));
  let hit = 0;
  for (const w of cw) if (tw.has(w)) hit++;
  const covered = hit / cw.length;
  // A one-word logo matches a title's site-name suffix perfectly; weigh by how much of the title it covers.
  return covered * Math.min(1, cw.length / Math.max(1, tw.size * 0.5));
}

function markedBy(e: ElemInfo | null, test: (x: ElemInfo) => boolean): boolean {
  for (let level = 0; e && level < MARKER_LEVELS; level++, e = e.parent) if (test(e)) return true;
  return false;
}

/** Regions a headline never sits in. */
const NOT_HEADLINE_REGIONS = bitOf('nav') | bitOf('footer') | bitOf('aside') | bitOf('related') | bitOf('comment');
/** Regions a lead never sits in (an author bio's "description" is not a standfirst). */
const NOT_LEAD_REGIONS = NOT_HEADLINE_REGIONS | bitOf('byline') | bitOf('share') | bitOf('ad') | bitOf('caption') | bitOf('date') | bitOf('form');

/** `masks`: the region-hint bits each element inherits (html-blocks.ts). */
export function findHeadline(blocks: readonly RawBlock[], inMain: Uint8Array, masks: Int32Array, meta: PageMeta): number {
  let firstMain = blocks.findIndex((b) => inMain[b.owner.id] === 1);
  if (firstMain < 0) firstMain = blocks.length;
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const tag = b.owner.tag;
    const level = /^h[1-6]$/.test(tag) ? Number(tag[1]) : 0;
    const byItemprop = markedBy(b.owner, (e) => itemprops(e.el).some((p) => HEADLINE_ITEMPROPS.has(p)) && e.tag !== 'div' && e.tag !== 'body');
    const byClass = level > 0 && level <= 3 && b.owner.tokens.some((t) => HEADLINE_TOKENS.has(t));
    if (level !== 1 && !byItemprop && !byClass) continue;
    if (b.text.length > MAX_HEADLINE_CHARS || b.linkChars > b.text.length / 2 && level !== 1) continue;
    const agree = Math.max(agreement(b.text, meta.metaTitle), agreement(b.text, meta.htmlTitle));
    let score = agree * 3;
    if (level === 1) score += 1;
    if (byItemprop) score += 1;
    if (byClass) score += 0.5;
    if (inMain[b.owner.id] || (i < firstMain && i >= firstMain - BEFORE_MAIN_WINDOW)) score += 1;
    if ((masks[b.owner.id] | b.inlineHints) & NOT_HEADLINE_REGIONS) score -= 2;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return bestScore >= MIN_HEADLINE_SCORE ? best : -1;
}

function isLeadText(b: RawBlock): boolean {
  return b.text.length >= MIN_LEAD_CHARS && b.linkChars <= b.text.length * MAX_LEAD_LINK_DENSITY;
}

function isLeadMarker(e: ElemInfo): boolean {
  if (itemprops(e.el).some((p) => p === 'description' || p === 'abstract' || p === 'alternativeheadline')) return true;
  const t = e.tokens;
  for (let i = 0; i < t.length; i++) {
    if (LEAD_TOKENS.has(t[i])) return true;
    if (t[i] === 'sub' && i + 1 < t.length && SUB_PREFIXED_LEAD.has(t[i + 1])) return true;
  }
  return false;
}

/** Blocks of the first lead-marked element after the headline (all of its paragraphs). */
export function findLead(blocks: readonly RawBlock[], headline: number, inMain: Uint8Array, masks: Int32Array): Set<number> {
  const lead = new Set<number>();
  const start = headline >= 0 ? headline + 1 : 0;
  let end = Math.min(blocks.length, start + LEAD_WINDOW);
  for (let i = start; i < end; i++) {
    if (inMain[blocks[i].owner.id]) {
      end = Math.min(end, i + LEAD_MAIN_WINDOW);
      break;
    }
  }
  let marker: ElemInfo | null = null;
  for (let i = start; i < end; i++) {
    const b = blocks[i];
    if (marker) {
      if (markedBy(b.owner, (e) => e === marker)) {
        if (isLeadText(b)) lead.add(i);
        continue;
      }
      break;
    }
    if (!isLeadText(b) || (masks[b.owner.id] | b.inlineHints) & NOT_LEAD_REGIONS) continue;
    if (headline < 0 && !inMain[b.owner.id]) continue;
    for (let e: ElemInfo | null = b.owner, level = 0; e && level < MARKER_LEVELS; e = e.parent, level++) {
      if (e.textChars <= MAX_LEAD_ELEMENT_CHARS && isLeadMarker(e)) {
        marker = e;
        lead.add(i);
        break;
      }
    }
  }
  return lead;
}
