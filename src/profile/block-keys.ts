/**
 * The keys under which a block is counted in a site profile. Text keys: the block's folded word tokens
 * (foldForMatching via matchKey: letter variants, ZWNJ, digit scripts unified) with digit runs reduced to
 * "0", so "© 2013" and "© 2014", or "updated 02:21" and "updated 11:05", count as the same template line.
 * HTML blocks also get a slot key: the tag path (digits reduced the same way, since ids like post-123
 * change per page) joined to the text key, so template text is recognised in its usual place.
 */
import { matchKey } from '../clean/match-key';
import type { Block, Format } from '../types';

const DIGITS_RE = /\d+/g;

/** The text key of a block, or '' for blocks without words (they are never template evidence). */
export function textKey(text: string): string {
  const tokens = matchKey(text).tokens;
  return tokens.map((t) => t.replace(DIGITS_RE, '0')).join(' ');
}

/** The tag path with digit runs reduced, e.g. `div#post-0>article>p`. */
export function pathSkeleton(path: string): string {
  return path.replace(DIGITS_RE, '0');
}

export interface BlockKeys {
  /** `t|<text key>`: counted for every format, so a profile learned from HTML also speaks for dumps. */
  readonly text: string;
  /** `x|<path>|<text key>` for HTML blocks; null for text dumps. */
  readonly slot: string | null;
}

export function blockKeys(block: Block, format: Format): BlockKeys | null {
  const key = textKey(block.text);
  if (key === '') return null;
  return { text: `t|${key}`, slot: format === 'html' && block.path ? `x|${pathSkeleton(block.path)}|${key}` : null };
}

/** The distinct keys of a page in first-seen order (a page counts once per key, however often it repeats it). */
export function pageKeys(blocks: readonly Block[], format: Format, limit: number): string[] {
  const seen = new Set<string>();
  for (const b of blocks) {
    const k = blockKeys(b, format);
    if (!k) continue;
    seen.add(k.text);
    if (k.slot) seen.add(k.slot);
    if (seen.size >= limit) break;
  }
  return [...seen];
}
