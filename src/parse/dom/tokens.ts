/** Splits an element's class and id into lower-case words, the unit the vocabularies are written in. */
import type { Element } from 'domhandler';

const CAMEL_HUMP = /([a-z0-9])([A-Z])/g;
const NON_WORD = /[^A-Za-z0-9]+/;
/** Long generated class strings (CSS-in-JS hashes, utility soups) say nothing; cap the work per element. */
const MAX_ATTR_CHARS = 300;

function wordsOf(value: string, out: string[]): void {
  const spaced = value.slice(0, MAX_ATTR_CHARS).replace(CAMEL_HUMP, '$1 $2');
  for (const w of spaced.split(NON_WORD)) if (w) out.push(w.toLowerCase());
}

const NO_TOKENS: readonly string[] = [];

/** Class and id words of an element. `memo` (one per document) spares re-splitting the class strings
 *  that repeat on every list item and card of a page. */
export function classIdTokens(el: Element, memo?: Map<string, readonly string[]>): readonly string[] {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (!cls && !id) return NO_TOKENS;
  const key = `${cls ?? ''}#${id ?? ''}`;
  const known = memo?.get(key);
  if (known) return known;
  const out: string[] = [];
  if (cls) wordsOf(cls, out);
  if (id) wordsOf(id, out);
  memo?.set(key, out);
  return out;
}

/** Lower-case words of the element's itemprop attribute. */
export function itemprops(el: Element): readonly string[] {
  const v = el.attribs.itemprop;
  return v ? v.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

/** True when `tokens` holds `seq` as consecutive words. */
export function hasSequence(tokens: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) if (tokens[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}
