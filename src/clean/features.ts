/**
 * Named, format-independent features of a block: how long, how prose-like (stopwords, sentence
 * punctuation), how link-heavy (HTML), whether it is a known marker line, a share bar, a date line,
 * an image placeholder, and how often the page repeats it.
 */
import type { Block } from '../types';
import { findMarker, toolWordShare, type MarkerHit } from './markers';
import { matchKey, type MatchKey } from './match-key';
import { stopwordsFor } from './stopwords';
import { THRESHOLDS } from './thresholds';
import { GREGORIAN_MONTHS, HIJRI_MONTHS, JALALI_MONTHS, TIME_WORDS, WEEKDAYS } from './vocab/dates';

export interface BlockFeatures {
  readonly key: MatchKey;
  readonly chars: number;
  readonly words: number;
  readonly stopwordDensity: number;
  readonly linkDensity: number;
  /** Ends like a sentence: . ! ? ؟ … (optionally before closing quotes). */
  readonly endsSentence: boolean;
  readonly isList: boolean;
  readonly marker: MarkerHit | null;
  readonly toolLine: boolean;
  readonly dateLine: boolean;
  readonly placeholder: boolean;
  /** Most of the text is a URL (embed codes, image links, bare links). */
  readonly urlLine: boolean;
  /** How many blocks on the page have the same match key (1 = unique). */
  readonly occurrences: number;
}

/** Sentence-closing punctuation: Latin, Arabic-script and CJK full stops, optionally before closing quotes. */
const SENTENCE_END_RE = /[.!?؟…。！？．]["'”’»)\]」』]*$/u;
const CALENDAR_WORDS = new Set<string>(
  [...Object.keys(JALALI_MONTHS), ...Object.keys(GREGORIAN_MONTHS), ...HIJRI_MONTHS, ...WEEKDAYS, ...TIME_WORDS]
    .flatMap((w) => matchKey(w).tokens),
);
const MONTH_WORDS = new Set<string>([...Object.keys(JALALI_MONTHS), ...Object.keys(GREGORIAN_MONTHS), ...HIJRI_MONTHS].flatMap((w) => matchKey(w).tokens));
const NUMERIC_DATE_RE = /\b\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}\b|\b\d{1,2}:\d{2}\b/u;

/** Features of the last block lists seen, by list identity: the classifier and the field extractor both
 *  need them for the same page, and computing them is the costliest part of either. Weak keys, so
 *  nothing outlives its page; the features are a pure function of the blocks and the language. */
const MEMO = new WeakMap<readonly Block[], { readonly language: string | null; readonly features: BlockFeatures[] }>();

export function blockFeatures(blocks: readonly Block[], language: string | null): BlockFeatures[] {
  const hit = MEMO.get(blocks);
  if (hit && hit.language === language) return hit.features;
  const features = computeFeatures(blocks, language);
  MEMO.set(blocks, { language, features });
  return features;
}

function computeFeatures(blocks: readonly Block[], language: string | null): BlockFeatures[] {
  const stop = stopwordsFor(language);
  const keys = blocks.map((b) => matchKey(b.text));
  const counts = new Map<string, number>();
  for (const k of keys) if (k.compact) counts.set(k.compact, (counts.get(k.compact) ?? 0) + 1);
  return blocks.map((b, i) => {
    const key = keys[i]!;
    const words = key.tokens.length;
    const stops = countIn(key.tokens, stop);
    return {
      key,
      chars: b.text.length,
      words,
      stopwordDensity: words ? stops / words : 0,
      linkDensity: b.text.length ? Math.min(1, b.linkChars / b.text.length) : 0,
      endsSentence: SENTENCE_END_RE.test(b.text),
      isList: b.kind === 'list-item' || b.hints.includes('list-bullet'),
      marker: findMarker(key),
      toolLine: words > 0 && words <= THRESHOLDS.toolLineMaxWords && toolWordShare(key) >= THRESHOLDS.toolWordShare,
      dateLine: isDateLine(key, b.text),
      placeholder: b.hints.includes('placeholder') || words === 0,
      urlLine: urlShare(b.text) >= THRESHOLDS.urlShare,
      occurrences: key.compact ? counts.get(key.compact) ?? 1 : 1,
    };
  });
}

/** How many of `words` are in `set` (no intermediate array: this runs on every block). */
function countIn(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}

const URL_RE = /(?:https?:\/\/|www\.)\S+/giu;

function urlShare(text: string): number {
  const chars = (text.match(URL_RE) ?? []).reduce((n, u) => n + u.length, 0);
  return text.length ? chars / text.length : 0;
}

/** A short line made mostly of numbers and calendar words, with a month name or a numeric date/time. */
export function isDateLine(key: MatchKey, text: string): boolean {
  const n = key.tokens.length;
  if (n === 0 || n > THRESHOLDS.dateLineMaxWords) return false;
  const dateish = key.tokens.filter((t) => /^\d+$/.test(t) || CALENDAR_WORDS.has(t)).length;
  const hasNumber = key.tokens.some((t) => /^\d+$/.test(t));
  const hasAnchor = key.tokens.some((t) => MONTH_WORDS.has(t)) || NUMERIC_DATE_RE.test(key.folded) || NUMERIC_DATE_RE.test(text);
  return hasNumber && hasAnchor && dateish / n >= THRESHOLDS.dateWordShare;
}
