/**
 * Compiles the per-language marker vocabularies (src/clean/vocab/) once and answers "is this block a
 * known marker line, and which kind". All languages are tried on every page: Arabic pages carry English
 * share buttons, Persian pages carry Arabic phrases.
 */
import { MARKERS_AR } from './vocab/markers-ar';
import { MARKERS_EN } from './vocab/markers-en';
import { MARKERS_FA } from './vocab/markers-fa';
import type { MarkerKind, MarkerVocabulary } from './vocab/types';
import { compactPhrase, foldPatternSource, matchKey, PhraseIndex, type MatchKey } from './match-key';

export const VOCABULARIES: readonly MarkerVocabulary[] = [MARKERS_FA, MARKERS_AR, MARKERS_EN];

export interface MarkerHit {
  readonly kind: MarkerKind;
  /** The phrase or pattern that matched, for --explain. */
  readonly matched: string;
}

interface CompiledPhrase { readonly kind: MarkerKind; readonly mode: 'line' | 'prefix' | 'contains'; readonly compact: string; readonly phrase: string; readonly maxWords: number }
interface CompiledPattern { readonly kind: MarkerKind; readonly re: RegExp; readonly source: string; readonly maxWords: number }

/** Default word limit for prefix/contains phrases: marker lines are short (persian-text.md §6.0: ≤ 12 words). */
const DEFAULT_MAX_WORDS = 12;

const LINE_INDEX = new Map<string, CompiledPhrase>();
const OTHER_PHRASES: CompiledPhrase[] = [];
const PATTERNS: CompiledPattern[] = [];
const TOOL_WORDS = new Set<string>();

for (const vocab of VOCABULARIES) {
  for (const entry of vocab.entries) {
    for (const phrase of entry.phrases) {
      const compiled = { kind: entry.kind, mode: entry.match, compact: compactPhrase(phrase), phrase, maxWords: entry.maxWords ?? DEFAULT_MAX_WORDS };
      if (!compiled.compact) continue;
      if (entry.match === 'line') { if (!LINE_INDEX.has(compiled.compact)) LINE_INDEX.set(compiled.compact, compiled); }
      else OTHER_PHRASES.push(compiled);
    }
  }
  for (const p of vocab.patterns) {
    PATTERNS.push({ kind: p.kind, re: new RegExp(foldPatternSource(p.pattern), 'iu'), source: p.pattern, maxWords: p.maxWords });
  }
  for (const w of vocab.toolWords) for (const t of matchKey(w).tokens) TOOL_WORDS.add(t);
}

// Prefix phrases can only match at the block's start; searching them at every word was most of the cost.
const PREFIX_IDS = OTHER_PHRASES.flatMap((p, i) => (p.mode === 'prefix' ? [i] : []));
const CONTAINS_IDS = OTHER_PHRASES.flatMap((p, i) => (p.mode === 'contains' ? [i] : []));
const indexOf = (ids: readonly number[]): PhraseIndex =>
  new PhraseIndex(ids.map((i) => OTHER_PHRASES[i]!.compact), ids.map((i) => OTHER_PHRASES[i]!.maxWords));
const PREFIX_INDEX = indexOf(PREFIX_IDS);
const CONTAINS_INDEX = indexOf(CONTAINS_IDS);
const PATTERN_WORD_CAP = Math.max(0, ...PATTERNS.map((p) => p.maxWords));

/** OTHER_PHRASES indexes (ascending: priority order) of the prefix and contains phrases the key matches
 *  within their word limits. */
function phraseHits(key: MatchKey): number[] {
  const prefix = PREFIX_INDEX.matches(key, true).map((i) => PREFIX_IDS[i]!);
  const contains = CONTAINS_INDEX.matches(key).map((i) => CONTAINS_IDS[i]!);
  if (prefix.length === 0) return contains;
  return contains.length === 0 ? prefix : [...prefix, ...contains].sort((a, b) => a - b);
}

/** The marker a block is, or null. Whole-line phrases win over prefixes, prefixes over patterns. */
export function findMarker(key: MatchKey): MarkerHit | null {
  if (key.tokens.length === 0) return null;
  const line = LINE_INDEX.get(key.compact);
  if (line) return { kind: line.kind, matched: line.phrase };
  const words = key.tokens.length;
  const first = phraseHits(key)[0];
  if (first !== undefined) return { kind: OTHER_PHRASES[first]!.kind, matched: OTHER_PHRASES[first]!.phrase };
  if (words > PATTERN_WORD_CAP) return null;
  for (const p of PATTERNS) {
    if (words <= p.maxWords && p.re.test(key.folded)) return { kind: p.kind, matched: p.source };
  }
  return null;
}

/** Share of a block's tokens that are social/share/tool button words ("Facebook Twitter Email"). */
export function toolWordShare(key: MatchKey): number {
  if (key.tokens.length === 0) return 0;
  return key.tokens.filter((t) => TOOL_WORDS.has(t)).length / key.tokens.length;
}

/** Marker phrase counts per language, for tests and diagnostics. */
export function markerCounts(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of VOCABULARIES) out[v.language] = v.entries.reduce((n, e) => n + e.phrases.length, 0) + v.patterns.length;
  return out;
}
