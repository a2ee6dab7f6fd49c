/**
 * Region hints as bit masks: what an element's tag, ARIA role and class/id words say it is for
 * (navigation, footer, share bar, byline …). A block inherits the hints of the elements around it.
 */
import type { Element } from 'domhandler';
import { ROLE_HINTS, TAG_HINTS, TOKEN_HINTS, TOKEN_PREFIX_HINTS, TOKEN_SEQUENCE_HINTS, type RegionHint } from './vocab';
import { hasSequence } from './tokens';

/** Bit order of the masks; the names are the public `hints` words. */
export const REGION_HINTS: readonly RegionHint[] = [
  'nav', 'footer', 'aside', 'header', 'form', 'comment', 'share', 'related', 'byline', 'date', 'caption', 'ad',
];
const BIT = new Map<RegionHint, number>(REGION_HINTS.map((h, i) => [h, 1 << i]));
// Maps, not the records themselves: a class word like `constructor` must not hit Object.prototype.
const BY_TAG = new Map(Object.entries(TAG_HINTS));
const BY_ROLE = new Map(Object.entries(ROLE_HINTS));
const BY_TOKEN = new Map(Object.entries(TOKEN_HINTS));

export function bitOf(hint: RegionHint): number {
  return BIT.get(hint) ?? 0;
}

export function regionMask(el: Element, tokens: readonly string[]): number {
  let mask = 0;
  const byTag = BY_TAG.get(el.name);
  if (byTag) mask |= bitOf(byTag);
  if (el.name === 'form') mask |= bitOf('form');
  const role = el.attribs.role;
  if (role) {
    const byRole = BY_ROLE.get(role.toLowerCase());
    if (byRole) mask |= bitOf(byRole);
  }
  return mask | tokenMask(tokens);
}

/** Masks of class/id word lists already seen. The lists are memoized per page (tokens.ts), so the
 *  class strings repeated on every card and list item are matched against the vocabularies once;
 *  weak keys, so nothing outlives its page. */
const TOKEN_MASKS = new WeakMap<readonly string[], number>();

function tokenMask(tokens: readonly string[]): number {
  if (tokens.length === 0) return 0;
  const known = TOKEN_MASKS.get(tokens);
  if (known !== undefined) return known;
  let mask = 0;
  for (const t of tokens) {
    const byToken = BY_TOKEN.get(t);
    if (byToken) mask |= bitOf(byToken);
    else if (t.length > 6) {
      for (const [prefix, hint] of TOKEN_PREFIX_HINTS) if (t.startsWith(prefix)) mask |= bitOf(hint);
    }
  }
  if (tokens.length > 1) {
    for (const [seq, hint] of TOKEN_SEQUENCE_HINTS) if (hasSequence(tokens, seq)) mask |= bitOf(hint);
  }
  TOKEN_MASKS.set(tokens, mask);
  return mask;
}

export function maskNames(mask: number): RegionHint[] {
  const out: RegionHint[] = [];
  for (let i = 0; i < REGION_HINTS.length; i++) if (mask & (1 << i)) out.push(REGION_HINTS[i]);
  return out;
}
