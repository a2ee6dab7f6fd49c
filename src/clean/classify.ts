/**
 * First pass of the classifier (jusText's context-free step): each block alone is good, near-good,
 * short or bad, with the reason in words. Markers and DOM evidence are decisive; otherwise length,
 * stopword density, sentence shape and link density decide.
 */
import type { Block } from '../types';
import type { BlockFeatures } from './features';
import { hasStopwords } from './stopwords';
import { THRESHOLDS } from './thresholds';
import type { MarkerKind } from './vocab/types';

export type Quality = 'good' | 'near-good' | 'short' | 'bad';

export interface Judgement {
  readonly quality: Quality;
  readonly reason: string;
  /** Decided by evidence that context must not overturn (markers, DOM hints, duplicates). */
  readonly fixed: boolean;
}

/** Scale for the relaxed pass: 1 normally, THRESHOLDS.relaxFactor when too little content survived. */
export interface ClassifyScale {
  readonly factor: number;
  readonly language: string | null;
  /** Judge prose by length and sentence shape alone: the stopword list does not measure this page. */
  readonly byShape?: boolean;
}

/**
 * Whether stopword density can judge this page: the language has a usable list and the page's long,
 * sentence-ending blocks (its likely prose) reach the language's low density mark. Agglutinative
 * languages (Korean, Turkish) and unspaced scripts fall short, and are then judged by shape.
 */
export function stopwordsMeasure(features: readonly BlockFeatures[], language: string | null): boolean {
  if (!hasStopwords(language)) return false;
  const densities = features.filter((f) => f.chars >= THRESHOLDS.longChars && f.endsSentence).map((f) => f.stopwordDensity).sort((a, b) => a - b);
  if (densities.length < THRESHOLDS.shapeCheckMinBlocks) return true;
  return densities[Math.floor(densities.length / 2)]! >= stopwordBand(language).low;
}

function stopwordBand(language: string | null): { readonly high: number; readonly low: number } {
  return THRESHOLDS.stopwords[language === 'en' || language === 'fa' || language === 'ar' ? language : 'other'];
}

const MARKER_REASON: Readonly<Record<MarkerKind, string>> = {
  end: 'end-of-story marker',
  promo: 'channel/follow promo',
  section: 'heading of a related/most-viewed/tags/comments section',
  share: 'share/print/tool button',
  comments: 'comment form',
  legal: 'privacy/terms/cookie notice',
  copyright: 'copyright/footer notice',
  credit: 'byline/credit/metadata line',
};

/** HTML hints that mark non-article roles; text dumps never carry them. */
const BAD_HINTS: readonly string[] = ['nav', 'footer', 'aside', 'form', 'comment', 'share', 'related', 'byline', 'date', 'caption', 'ad', 'header'];

export function judgeBlock(block: Block, f: BlockFeatures, scale: ClassifyScale): Judgement {
  if (f.placeholder) return { quality: 'bad', reason: 'image/input placeholder', fixed: true };
  if (f.marker) return { quality: 'bad', reason: `${MARKER_REASON[f.marker.kind]} ("${f.marker.matched}")`, fixed: true };
  const badHint = BAD_HINTS.find((h) => block.hints.includes(h));
  if (badHint) return { quality: 'bad', reason: `markup says ${badHint}`, fixed: true };
  if (f.toolLine) return { quality: 'bad', reason: 'share/social button line', fixed: true };
  if (f.urlLine) return { quality: 'bad', reason: 'mostly a URL', fixed: true };
  if (f.dateLine) return { quality: 'bad', reason: 'date/time line', fixed: true };
  if (f.occurrences > 1) return { quality: 'bad', reason: `repeated ${f.occurrences} times on the page`, fixed: true };
  if (f.linkDensity > THRESHOLDS.maxLinkDensity) return { quality: 'bad', reason: `link density ${f.linkDensity.toFixed(2)}`, fixed: false };

  const short = THRESHOLDS.shortChars * scale.factor;
  const long = THRESHOLDS.longChars * scale.factor;
  if (scale.byShape) return judgeByShape(f, short, long);
  const sw = stopwordBand(scale.language);
  const high = sw.high * scale.factor;
  const low = sw.low * scale.factor;
  const density = `stopword density ${f.stopwordDensity.toFixed(2)}`;
  if (f.chars < short) {
    // a short whole sentence ("The Associated Press contributed to this report.") is weak prose, not a menu item
    if (f.endsSentence && f.words >= THRESHOLDS.shortSentenceWords && f.stopwordDensity >= low && !f.isList) {
      return { quality: 'near-good', reason: `short sentence (${f.chars} chars), ${density}`, fixed: false };
    }
    return { quality: 'short', reason: `short (${f.chars} chars)`, fixed: false };
  }
  if (f.stopwordDensity >= high && (f.chars >= long || f.endsSentence)) {
    return { quality: 'good', reason: `prose: ${f.chars} chars, ${density}`, fixed: false };
  }
  if (f.stopwordDensity >= low || (f.endsSentence && f.chars >= long)) {
    return { quality: 'near-good', reason: `near prose: ${f.chars} chars, ${density}`, fixed: false };
  }
  return { quality: 'bad', reason: `not prose: ${density}`, fixed: false };
}

/** Prose without function words to count: long sentence-ending blocks are prose, short ones defer. */
function judgeByShape(f: BlockFeatures, short: number, long: number): Judgement {
  if (f.chars < short) return { quality: 'short', reason: `short (${f.chars} chars)`, fixed: false };
  if (f.endsSentence && f.chars >= long) return { quality: 'good', reason: `prose by shape: ${f.chars} chars ending a sentence`, fixed: false };
  if (f.endsSentence || f.chars >= long * THRESHOLDS.shapeLongFactor) {
    return { quality: 'near-good', reason: `near prose by shape: ${f.chars} chars`, fixed: false };
  }
  return { quality: 'bad', reason: `not prose by shape: ${f.chars} chars, no sentence end`, fixed: false };
}
