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

/**
 * Many compact phrases indexed by their first character, so a block is tested only against phrases
 * that can start at one of its token starts instead of against the whole list (the marker and outlet
 * lists hold hundreds of phrases and every block of every page is tested).
 */
export class PhraseIndex {
  private readonly byFirst = new Map<string, number[]>();

  /** `phrases` in priority order; an empty phrase never matches. */
  constructor(private readonly phrases: readonly string[]) {
    phrases.forEach((p, i) => {
      if (!p) return;
      const list = this.byFirst.get(p[0]!);
      if (list) list.push(i); else this.byFirst.set(p[0]!, [i]);
    });
  }

  /** Indexes (ascending) of the phrases that occur in the key on token bounds; `prefixOnly` tests offset 0 alone. */
  matches(key: MatchKey, prefixOnly = false): number[] {
    const hits = new Set<number>();
    for (const at of key.bounds) {
      if (at >= key.compact.length || (prefixOnly && at > 0)) continue;
      for (const i of this.byFirst.get(key.compact[at]!) ?? []) {
        const p = this.phrases[i]!;
        if (!hits.has(i) && key.compact.startsWith(p, at) && key.bounds.has(at + p.length)) hits.add(i);
      }
    }
    return [...hits].sort((a, b) => a - b);
  }
}
