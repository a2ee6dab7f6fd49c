/**
 * Named entities (people, organizations, places) in title, lead and body, merged per real-world entity.
 * Layers: gazetteers and head/title rules (all languages), a Persian averaged-perceptron tagger, and
 * document-level resolution. Data loads lazily on the first call (src/entities/resources.ts).
 */
import type { Entity, EntityType } from '../types';
import type { Candidate, FieldName, FieldTokens } from './candidate';
import { arabicScriptCandidates } from './candidates-arabic-script';
import { englishCandidates } from './candidates-en';
import { vocab } from './lexicon';
import { resources } from './resources';
import { resolveEntities, type ResolveOptions } from './resolve';
import { tokenizeColumns } from './tokenize';
import { TokenKeySet } from './word-filter';

export interface EntityFields { readonly title: string | null; readonly lead: string | null; readonly body: string | null }

type EntityLanguage = 'fa' | 'ar' | 'en';

/** The language whose rules apply: the detected one when supported, else guessed from the script. */
function entityLanguage(language: string | null, textOf: () => string): EntityLanguage | null {
  const l = (language ?? '').toLowerCase().slice(0, 2);
  if (l === 'fa' || l === 'ar' || l === 'en') return l;
  const text = textOf();
  const arabicScript = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (arabicScript > latin) return /[پچژگ]/.test(text) ? 'fa' : 'ar';
  if (latin > 0 && (language === null || l === 'en')) return 'en';
  return null;
}

/** `/^[a-z]/` without a regex call per token. */
function startsLowerAscii(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}

const NON_BLANK_RE = /\S/;
const NO_WORDS: ReadonlySet<string> = new Set();
const resolveOptionsCache = new Map<EntityLanguage, ResolveOptions>();
function resolveOptions(lang: EntityLanguage): ResolveOptions {
  let o = resolveOptionsCache.get(lang);
  if (!o) {
    const v = lang === 'en' ? null : vocab(lang);
    o = { notEntities: v ? v.notEntities : NO_WORDS, heads: v ? new Set([...v.orgHeads, ...v.locHeads]) : NO_WORDS, weakSinglesStand: lang === 'fa', surnameTails: v ? v.surnameTails : NO_WORDS };
    resolveOptionsCache.set(lang, o);
  }
  return o;
}

export function fieldTokens(field: FieldName, text: string): FieldTokens {
  return { field, text, ...tokenizeColumns(text) };
}

/**
 * Finds the entities of one article. `types` keeps only the listed types (the CLI's --entity-types);
 * offsets index into the strings given.
 */
export function findEntities(fields: EntityFields, language: string | null, types?: readonly EntityType[]): Entity[] {
  // `/\S/` finds what `trim() !== ''` would (the same white space), without copying the field.
  const present = (['title', 'lead', 'body'] as const).filter((k) => NON_BLANK_RE.test(fields[k] ?? ''));
  if (present.length === 0) return [];
  const lang = entityLanguage(language, () => present.map((k) => fields[k] ?? '').join('\n'));
  if (!lang) return [];
  const res = resources();
  const toks = present.map((k) => fieldTokens(k, fields[k] ?? ''));
  const cands: Candidate[] = [];
  if (lang === 'en') {
    // Words seen in lower case somewhere in the article are common words when they open a sentence.
    const lowerSeen = new TokenKeySet(toks, startsLowerAscii);
    for (const f of toks) cands.push(...englishCandidates(f, res, lowerSeen));
  } else {
    for (const f of toks) cands.push(...arabicScriptCandidates(f, lang, res));
  }
  const entities = resolveEntities(toks, cands, resolveOptions(lang));
  return types ? entities.filter((e) => types.includes(e.type)) : entities;
}
