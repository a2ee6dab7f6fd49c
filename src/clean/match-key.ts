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
  const tokens = wordTokens(folded);
  const bounds = new Set<number>([0]);
  let at = 0;
  for (const t of tokens) { at += t.length; bounds.add(at); }
  return { folded, tokens, compact: tokens.join(''), bounds };
}

/** Letters and digits (`[\p{L}\p{N}]`) per BMP code unit, filled on first sight: 0 unknown, 1 word, 2 not.
 *  A table lookup instead of a Unicode-property regex split, which cost more than the folding itself. */
const WORD_CHAR = new Uint8Array(0x10000);
const WORD_CHAR_RE = /^[\p{L}\p{N}]$/u;

function isWordChar(c: number): boolean {
  let known = WORD_CHAR[c]!;
  if (known === 0) {
    known = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR[c] = known;
  }
  return known === 1;
}

/** The runs of letters and digits in `text`, as `text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)` gives them. */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = WORD_CHAR_RE.test(text.slice(i, i + 2)); // astral: rare, ask the regex
      width = 2;
    } else {
      word = isWordChar(c); // a lone surrogate is not a letter (the table says so)
    }
    if (word) { if (start < 0) start = i; } else if (start >= 0) { tokens.push(text.slice(start, i)); start = -1; }
    i += width - 1;
  }
  if (start >= 0) tokens.push(text.slice(start));
  return tokens;
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
  /** Phrases by the UTF-16 code of their first character (a number key: no one-character strings per lookup). */
  private readonly byFirst = new Map<number, number[]>();
  /** Largest `maxWords` of any phrase: keys with more tokens than this can match none. */
  private readonly wordCap: number;

  /**
   * `phrases` in priority order; an empty phrase never matches. `maxWords[i]`, when given, is the most
   * tokens a key may have for phrase i to match it (marker phrases only fire on short lines), so long
   * paragraphs skip phrases that could never count instead of searching for them.
   */
  constructor(private readonly phrases: readonly string[], private readonly maxWords: readonly number[] | null = null) {
    phrases.forEach((p, i) => {
      if (!p) return;
      const list = this.byFirst.get(p.charCodeAt(0));
      if (list) list.push(i); else this.byFirst.set(p.charCodeAt(0), [i]);
    });
    this.wordCap = maxWords ? Math.max(0, ...maxWords) : Infinity;
  }

  /** Indexes (ascending) of the phrases that occur in the key on token bounds; `prefixOnly` tests offset 0 alone. */
  matches(key: MatchKey, prefixOnly = false): number[] {
    const words = key.tokens.length;
    if (words > this.wordCap) return [];
    const hits = new Set<number>();
    for (const at of key.bounds) {
      if (at >= key.compact.length || (prefixOnly && at > 0)) continue;
      for (const i of this.byFirst.get(key.compact.charCodeAt(at)) ?? []) {
        if (this.maxWords && words > this.maxWords[i]!) continue;
        const p = this.phrases[i]!;
        if (!hits.has(i) && key.compact.startsWith(p, at) && key.bounds.has(at + p.length)) hits.add(i);
      }
    }
    return [...hits].sort((a, b) => a - b);
  }
}
