/**
 * Compiles the per-language marker vocabularies (src/clean/vocab/) once and answers "is this block a
 * known marker line, and which kind". All languages are tried on every page: Arabic pages carry English
 * share buttons, Persian pages carry Arabic phrases.
 */
import { MARKERS_AR } from './vocab/markers-ar';
import { MARKERS_EN } from './vocab/markers-en';
import { MARKERS_FA } from './vocab/markers-fa';
import type { MarkerKind, MarkerVocabulary } from './vocab/types';
import { compactPhrase, foldPatternSource, matchKey, PhraseIndex, startsWithPhrase, type MatchKey } from './match-key';

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

const PHRASE_INDEX = new PhraseIndex(OTHER_PHRASES.map((p) => p.compact));

/** The marker a block is, or null. Whole-line phrases win over prefixes, prefixes over patterns. */
export function findMarker(key: MatchKey): MarkerHit | null {
  if (key.tokens.length === 0) return null;
  const line = LINE_INDEX.get(key.compact);
  if (line) return { kind: line.kind, matched: line.phrase };
  const words = key.tokens.length;
  for (const i of PHRASE_INDEX.matches(key)) {
    const p = OTHER_PHRASES[i]!;
    if (words > p.maxWords) continue;
    // The index finds a phrase anywhere on token bounds; a prefix phrase must also start the block.
    if (p.mode === 'contains' || startsWithPhrase(key, p.compact)) return { kind: p.kind, matched: p.phrase };
  }
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
