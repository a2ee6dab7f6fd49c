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
  /** Offsets in `compact` where a token starts or ends, ascending from 0 (one per token end after it):
   *  matches must begin and end on these. An array, not a Set: one is made for every block of a page. */
  readonly bounds: readonly number[];
}

export function matchKey(text: string): MatchKey {
  const folded = foldForMatching(text);
  const tokens = wordTokens(folded);
  const bounds = new Array<number>(tokens.length + 1);
  bounds[0] = 0;
  let at = 0;
  for (let i = 0; i < tokens.length; i++) { at += tokens[i]!.length; bounds[i + 1] = at; }
  return { folded, tokens, compact: tokens.join(''), bounds };
}

/** Whether `at` is a token bound of the key (binary search: bounds ascend). */
export function isBound(key: MatchKey, at: number): boolean {
  const b = key.bounds;
  let lo = 0;
  let hi = b.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = b[mid]!;
    if (v === at) return true;
    if (v < at) lo = mid + 1; else hi = mid - 1;
  }
  return false;
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
    if (isBound(key, at) && isBound(key, at + phrase.length)) return true;
    from = at + 1;
  }
}

export function startsWithPhrase(key: MatchKey, phrase: string): boolean {
  return phrase !== '' && key.compact.startsWith(phrase) && isBound(key, phrase.length);
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
const NO_HITS: readonly number[] = Object.freeze([]);

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
  matches(key: MatchKey, prefixOnly = false): readonly number[] {
    const words = key.tokens.length;
    if (words > this.wordCap) return [];
    let hits: number[] | null = null;
    // every bound but the last (the end of the compact form, where nothing can start)
    const starts = prefixOnly ? Math.min(1, key.bounds.length - 1) : key.bounds.length - 1;
    for (let b = 0; b < starts; b++) {
      const at = key.bounds[b]!;
      const candidates = this.byFirst.get(key.compact.charCodeAt(at));
      if (candidates === undefined) continue;
      for (const i of candidates) {
        if (this.maxWords && words > this.maxWords[i]!) continue;
        const p = this.phrases[i]!;
        if ((hits === null || !hits.includes(i)) && key.compact.startsWith(p, at) && isBound(key, at + p.length)) (hits ??= []).push(i);
      }
    }
    return hits === null ? NO_HITS : hits.sort((a, b) => a - b);
  }
}
