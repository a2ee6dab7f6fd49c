/**
 * What a lead paragraph looks like, shared by the lead rules (lead.ts, lead-deck.ts): a sentence or two of
 * prose that is not page chrome. Kept apart so every rule judges "lead-like" the same way.
 */
import { isChrome, type PageView } from './page-view';

export const LEAD_SHAPE = {
  /** A lead is a sentence or two: at least this many words… */
  minWords: 6,
  /** …and at most this many characters (longer is body). */
  maxChars: 700,
} as const;

/** Prose of lead size that is neither chrome nor a list item. */
export function leadLike(view: PageView, i: number): boolean {
  return leadSized(view, i) && !view.features[i]!.isList;
}

/** Prose of lead size that is not chrome (list items allowed). */
export function leadSized(view: PageView, i: number): boolean {
  const f = view.features[i]!;
  return !isChrome(view, i) && f.words >= LEAD_SHAPE.minWords && f.chars <= LEAD_SHAPE.maxChars;
}

/** Next block after `i` that is not an image placeholder. */
export function nextReal(view: PageView, i: number): number {
  let k = i + 1;
  while (k < view.blocks.length && view.features[k]!.placeholder) k++;
  return k;
}

/** Previous block before `i` that is not an image placeholder (-1 when none). */
export function previousReal(view: PageView, i: number): number {
  let k = i - 1;
  while (k >= 0 && view.features[k]!.placeholder) k--;
  return k;
}
