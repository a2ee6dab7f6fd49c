/**
 * Everything the Arabic-script rules ask about one token key — its vocabulary classes, name-list
 * membership, Arabic head clitics, and where listed phrases may start with it — looked up once per
 * distinct key and kept, so a token costs one map lookup instead of a dozen set lookups across the rules.
 * The cache only saves work: a fact is a pure function of the key, the language and the gazetteer.
 */
import { arabicVariants, isDemonymEn, isNisba, vocab, type GazMatch, type Vocab } from './lexicon';
import type { GazEntry, Gazetteer } from './resources';
import type { TaggerSlot } from './tagger';

/** Vocabulary classes, one bit each (`KeyFacts.bits`). */
export const KB = {
  title: 1 << 0, role: 1 << 1, orgHead: 1 << 2, weakOrgHead: 1 << 3, locHead: 1 << 4, weakLocHead: 1 << 5, stop: 1 << 6,
  notEntity: 1 << 7,
  /** The key, or the key without a leading "و"/"ف" (when longer than 3), is a verb of saying (Arabic). */
  speech: 1 << 8,
  commonSubject: 1 << 9, nameLink: 1 << 10, compoundSecond: 1 << 11, ambiguousFirst: 1 << 12, placeHeadOutside: 1 << 13,
  placeStop: 1 << 14, publicationVerb: 1 << 15, first: 1 << 16, last: 1 << 17,
  /** Arabic article, possibly after a proclitic ("الأمن", "للأمن", "والسكان"); Arabic only, like the next two. */
  definite: 1 << 18,
  /** Starts with the article "ال" itself. */
  al: 1 << 19,
  /** Starts with "و". */
  waw: 1 << 20,
  /** A definite nationality adjective of a listed place (`isNisba`; computed for Arabic only). */
  nisba: 1 << 21,
  /** An English nationality word (`isDemonymEn`; computed for English only). */
  demonym: 1 << 22,
} as const;

/** Proclitic conjunction/preposition before the article ("للأمن", "بالقرب", "والسكان"). */
const CLITIC_ARTICLE_RE = /^(?:و|ف)?(?:ب|ل|ك)?ال|^(?:و|ف)?لل/;

/** A listed phrase may start here: the gazetteer entry of `first`, and the clitic characters `skip`. */
export type PhraseStart = readonly [entry: GazEntry, first: string, skip: number];

export interface KeyFacts extends TaggerSlot {
  readonly bits: number;
  /** Characters of an Arabic proclitic before an organization / place head ("بوزارة"), else 0. */
  readonly orgHeadClitic: number;
  readonly locHeadClitic: number;
  /** First-token forms of the key (Arabic: with and without clitics and article) that open a listed
   *  phrase, in the matcher's order; empty for most keys. */
  readonly starts: readonly PhraseStart[];
}

export type FactsLanguage = 'fa' | 'ar' | 'en';

const NO_STARTS: readonly PhraseStart[] = [];

/** Distinct keys kept per language; the cache is cleared when full. */
const CACHE_LIMIT = 100_000;
const caches = new WeakMap<Gazetteer, Record<FactsLanguage, Map<string, KeyFacts>>>();

/** Characters of an Arabic proclitic (و, ف, ب, ل, ک and pairs) before a head word ("بوزارة"). */
export function headClitic(key: string, heads: ReadonlySet<string>, lang: FactsLanguage): number {
  if (lang !== 'ar' || heads.has(key)) return 0;
  const m = /^(?:و|ف)?(?:ب|ل|ک)?/.exec(key);
  const len = m ? m[0].length : 0;
  return len > 0 && heads.has(key.slice(len)) ? len : 0;
}

/** The key without a leading conjunction "و"/"ف", when something name-length remains. */
export const withoutConjunction = (k: string): string => (/^[وف]./.test(k) && k.length > 3 ? k.slice(1) : k);

/** The word lists of a Vocab (its ReadonlySet<string> fields). */
type VocabList = { [K in keyof Vocab]: Vocab[K] extends ReadonlySet<string> ? K : never }[keyof Vocab];

/** Which vocabulary list sets which bit (speech verbs are also matched after a leading conjunction). */
const VOCAB_BITS: ReadonlyArray<readonly [VocabList, number]> = [
  ['titles', KB.title], ['roles', KB.role], ['orgHeads', KB.orgHead], ['weakOrgHeads', KB.weakOrgHead],
  ['locHeads', KB.locHead], ['weakLocHeads', KB.weakLocHead], ['stops', KB.stop], ['notEntities', KB.notEntity],
  ['commonSubjects', KB.commonSubject], ['nameLinks', KB.nameLink], ['compoundSeconds', KB.compoundSecond],
  ['ambiguousFirstNames', KB.ambiguousFirst], ['placeHeadsOutsideName', KB.placeHeadOutside],
  ['placeStops', KB.placeStop], ['publicationVerbs', KB.publicationVerb],
];

function vocabBits(v: Vocab, k: string): number {
  let b = 0;
  for (const [list, bit] of VOCAB_BITS) if (v[list].has(k)) b |= bit;
  if (v.speechVerbs.has(k) || v.speechVerbs.has(withoutConjunction(k))) b |= KB.speech;
  return b;
}

function computeFacts(gaz: Gazetteer, lang: FactsLanguage, key: string): KeyFacts {
  const starts: PhraseStart[] = [];
  const variants = lang === 'ar' ? arabicVariants(key) : [[key, 0] as const];
  for (const [first, skip] of variants) {
    const entry = gaz.lookup.get(first);
    if (entry) starts.push([entry, first, skip]);
  }
  const v = lang === 'en' ? null : vocab(lang);
  let bits = v ? vocabBits(v, key) : 0;
  if (gaz.firstNames.has(key)) bits |= KB.first;
  if (gaz.lastNames.has(key)) bits |= KB.last;
  if (lang === 'ar') {
    // Arabic word structure, asked by the Arabic rules only.
    if (CLITIC_ARTICLE_RE.test(key)) bits |= KB.definite;
    if (key.startsWith('ال')) bits |= KB.al;
    if (key.startsWith('و')) bits |= KB.waw;
    if (isNisba(gaz, key)) bits |= KB.nisba;
  }
  if (lang === 'en' && isDemonymEn(gaz, key)) bits |= KB.demonym;
  return {
    bits, starts: starts.length ? starts : NO_STARTS, taggerEntry: undefined,
    orgHeadClitic: v ? headClitic(key, v.orgHeads, lang) : 0,
    locHeadClitic: v ? headClitic(key, v.locHeads, lang) : 0,
  };
}

function factsCache(gaz: Gazetteer, lang: FactsLanguage): Map<string, KeyFacts> {
  let byLang = caches.get(gaz);
  if (!byLang) { byLang = { fa: new Map(), ar: new Map(), en: new Map() }; caches.set(gaz, byLang); }
  return byLang[lang];
}

function cachedFacts(cache: Map<string, KeyFacts>, gaz: Gazetteer, lang: FactsLanguage, key: string): KeyFacts {
  let facts = cache.get(key);
  if (!facts) {
    facts = computeFacts(gaz, lang, key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, facts);
  }
  return facts;
}

export function keyFacts(gaz: Gazetteer, lang: FactsLanguage, key: string): KeyFacts {
  return cachedFacts(factsCache(gaz, lang), gaz, lang, key);
}

/** Facts of every token key of a field (the cache is found once per field, not once per token). */
export function fieldFacts(gaz: Gazetteer, lang: FactsLanguage, keys: readonly string[]): KeyFacts[] {
  const cache = factsCache(gaz, lang);
  const out: KeyFacts[] = new Array<KeyFacts>(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = cachedFacts(cache, gaz, lang, keys[i] ?? '');
  return out;
}

/** Per-token facts of one field for the Arabic-script rules. */
export interface FieldLex {
  /** `KeyFacts.bits` of each token. */
  readonly bits: Int32Array;
  readonly facts: readonly KeyFacts[];
  /** Listed phrase starting at each word token, or null. */
  readonly gazAt: ReadonlyArray<GazMatch | null>;
  /** 1 where the token can be part of a name: a word, not a number, function word, role or title, and
   *  not a Persian verb form with the durative prefix. */
  readonly nameOk: Uint8Array;
}
