/**
 * Keys for matching marker phrases against blocks, built on foldForMatching: the folded text split into
 * word tokens (punctuation dropped), and the same tokens run together ("compact") so that a phrase
 * matches whether the page kept, dropped or spaced its ZWNJs ("برچسب‌ها", "برچسبها", "برچسب ها").
 */
import { foldForMatching } from '../normalize/fold';

export interface MatchKey {
  readonly folded: string;
  readonly tokens: readonly string[];
  readonly compact: string;
  /** Offsets in `compact` where a token starts or ends: matches must begin and end on these. */
  readonly bounds: ReadonlySet<number>;
}

export function matchKey(text: string): MatchKey {
  const folded = foldForMatching(text);
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const bounds = new Set<number>([0]);
  let at = 0;
  for (const t of tokens) { at += t.length; bounds.add(at); }
  return { folded, tokens, compact: tokens.join(''), bounds };
}

/** Compact form of a phrase. */
export function compactPhrase(phrase: string): string {
  return matchKey(phrase).compact;
}

/** True when `phrase` (compact) occurs in the key starting and ending on token bounds. */
export function containsPhrase(key: MatchKey, phrase: string): boolean {
  if (!phrase) return false;
  let from = 0;
  for (;;) {
    const at = key.compact.indexOf(phrase, from);
    if (at < 0) return false;
    if (key.bounds.has(at) && key.bounds.has(at + phrase.length)) return true;
    from = at + 1;
  }
}

export function startsWithPhrase(key: MatchKey, phrase: string): boolean {
  return phrase !== '' && key.compact.startsWith(phrase) && key.bounds.has(phrase.length);
}

/** Folds the Arabic-script letters of a regex source the way matchKey folds text, leaving syntax alone. */
export function foldPatternSource(source: string): string {
  return source.replace(/[\u0600-\u06ff\u200c]+/gu, (run) => foldForMatching(run));
}
