/**
 * Gazetteer matching and per-token lexical evidence. One matcher serves the rules and the tagger's
 * features, so a name the gazetteer knows looks the same to both.
 */
import { FLAG_NAMES } from './flags';
import { tokenKey } from './token-key';
import { KB, keyFacts, type KeyFacts } from './key-facts';
import type { GazEntry, Gazetteer, GazType } from './resources';
import * as fa from './vocab/fa';
import * as ar from './vocab/ar';
import * as en from './vocab/en';

export interface GazMatch {
  readonly type: GazType;
  readonly gid: string;
  /** Tokens covered. */
  readonly length: number;
  /** Characters of the first token that are a clitic outside the name (Arabic "و", "بال"…). */
  readonly skip: number;
}

const keySet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => w.split(/\s+/).map(tokenKey).join(' ')));

/** Vocabulary per language, keyed. */
export interface Vocab {
  readonly titles: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly orgHeads: ReadonlySet<string>;
  readonly weakOrgHeads: ReadonlySet<string>;
  readonly locHeads: ReadonlySet<string>;
  readonly weakLocHeads: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly notEntities: ReadonlySet<string>;
  /** Arabic only (empty for Persian): see src/entities/vocab/ar.ts. */
  readonly speechVerbs: ReadonlySet<string>;
  readonly commonSubjects: ReadonlySet<string>;
  readonly nameLinks: ReadonlySet<string>;
  readonly compoundSeconds: ReadonlySet<string>;
  readonly ambiguousFirstNames: ReadonlySet<string>;
  readonly placeHeadsOutsideName: ReadonlySet<string>;
  readonly placeStops: ReadonlySet<string>;
  /** Persian only: see src/entities/vocab/fa.ts. */
  readonly publicationVerbs: ReadonlySet<string>;
  readonly surnameTails: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

let vocabCache: Record<'fa' | 'ar', Vocab> | null = null;
export function vocab(lang: 'fa' | 'ar'): Vocab {
  vocabCache ??= {
    fa: {
      titles: keySet(fa.PERSON_TITLES), roles: keySet(fa.PERSON_ROLES), orgHeads: keySet(fa.ORG_HEADS), weakOrgHeads: keySet(fa.WEAK_ORG_HEADS),
      locHeads: keySet(fa.LOC_HEADS), weakLocHeads: keySet(fa.WEAK_LOC_HEADS), stops: keySet(fa.NAME_STOPS), notEntities: keySet(fa.NOT_ENTITIES),
      speechVerbs: NONE, commonSubjects: NONE, nameLinks: NONE, compoundSeconds: NONE, ambiguousFirstNames: NONE, placeHeadsOutsideName: NONE, placeStops: NONE,
      publicationVerbs: keySet(fa.PUBLICATION_VERBS), surnameTails: keySet(fa.SURNAME_TAILS),
    },
    ar: {
      titles: keySet(ar.PERSON_TITLES), roles: keySet(ar.PERSON_ROLES), orgHeads: keySet(ar.ORG_HEADS), weakOrgHeads: keySet(ar.WEAK_ORG_HEADS),
      locHeads: keySet(ar.LOC_HEADS), weakLocHeads: keySet(ar.WEAK_LOC_HEADS), stops: keySet(ar.NAME_STOPS), notEntities: keySet(ar.NOT_ENTITIES),
      speechVerbs: keySet(ar.SPEECH_VERBS), commonSubjects: keySet(ar.COMMON_SUBJECTS), nameLinks: keySet(ar.NAME_LINKS), compoundSeconds: keySet(ar.NAME_COMPOUND_SECONDS),
      ambiguousFirstNames: keySet(ar.AMBIGUOUS_FIRST_NAMES), placeHeadsOutsideName: keySet(ar.PLACE_HEADS_OUTSIDE_NAME), placeStops: keySet(ar.PLACE_STOPS),
      publicationVerbs: NONE, surnameTails: NONE,
    },
  };
  return vocabCache[lang];
}

let enCache: { demonyms: ReadonlySet<string>; workCues: ReadonlySet<string>; directions: ReadonlySet<string>; titles: ReadonlySet<string>; orgTails: ReadonlySet<string>; orgHeads: ReadonlySet<string>; locHeads: ReadonlySet<string>; locTails: ReadonlySet<string>; notNames: ReadonlySet<string>; connectors: ReadonlySet<string> } | null = null;
export function vocabEn(): NonNullable<typeof enCache> {
  enCache ??= {
    demonyms: keySet(en.DEMONYMS), workCues: keySet(en.WORK_CUES), directions: keySet(en.DIRECTIONS),
    titles: keySet(en.PERSON_TITLES), orgTails: keySet(en.ORG_TAILS), orgHeads: keySet(en.ORG_HEADS), locHeads: keySet(en.LOC_HEADS),
    locTails: keySet(en.LOC_TAILS), notNames: keySet(en.NOT_NAMES), connectors: keySet(en.NAME_CONNECTORS),
  };
  return enCache;
}

/** Arabic proclitics written attached to a name: conjunction/preposition, then optionally the article. */
const AR_CLITIC_RE = /^(?:و|ف)?(?:ب|ل|ك)?(?=..)/;

/** Key variants of an Arabic first token: as written, without clitics, with/without the article.
 *  The definition `matchAt` follows inline (without building the list). */
export function arabicVariants(key: string): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [[key, 0]];
  const m = AR_CLITIC_RE.exec(key);
  const cl = m ? m[0].length : 0;
  const rest = key.slice(cl);
  // A stripped form must still look like a name: the article, or four letters (not "بأنه" → "انه").
  if (cl > 0 && (rest.startsWith('ال') || rest.length >= 4)) out.push([rest, cl]);
  if (key.startsWith('لل')) out.push(['ال' + key.slice(2), 1]);
  if (rest.startsWith('ال') && rest.length > 3) out.push([rest.slice(2), cl]);
  else if (!rest.startsWith('ال')) out.push(['ال' + rest, cl]);
  return out;
}

/** Longest gazetteer phrase starting at token i. English matches must be capitalized in the text.
 *  `facts` are the key facts of token i when the caller has them. */
export function matchAt(gaz: Gazetteer, raw: readonly string[], keys: readonly string[], i: number, lang: string, facts?: KeyFacts): GazMatch | null {
  const maxLen = Math.min(gaz.maxTokens, keys.length - i);
  // The first-token forms that open a listed phrase (Arabic: the `arabicVariants` in order); a later
  // form wins only with a longer match.
  const starts = (facts ?? keyFacts(gaz, lang === 'ar' || lang === 'fa' ? lang : 'en', keys[i] ?? '')).starts;
  let best: GazMatch | null = null;
  for (const [entry, first, skip] of starts) best = longestFrom(gaz, raw, keys, i, first, entry, skip, maxLen, lang, best);
  return best;
}

/** The longest acceptable listed phrase that starts with `first` (listed as `entry`) and continues with
 *  keys i+1…; `best` (an earlier form's match) is kept unless this one is longer. */
function longestFrom(gaz: Gazetteer, raw: readonly string[], keys: readonly string[], i: number, first: string, entry: GazEntry, skip: number,
  maxLen: number, lang: string, best: GazMatch | null): GazMatch | null {
  let phrase = first;
  let e: GazEntry | undefined = entry;
  for (let len = 1; len <= maxLen; len++) {
    if (len > 1) { phrase += ` ${keys[i + len - 1] ?? ''}`; e = gaz.lookup.get(phrase); }
    if (!e) break;
    const hit = e.hit;
    if (hit && (!best || len > best.length) && acceptable(hit, raw[i] ?? '', len, lang)) best = { type: hit[0], gid: hit[1], length: len, skip };
    if (!e.prefix) break;
  }
  return best;
}

function acceptable(hit: readonly [GazType, string], firstRaw: string, len: number, lang: string): boolean {
  // Locale-specific lists (faker cities/states) apply to their own language only ("قبلي" is a
  // Tunisian town in Arabic, "previous" in Persian).
  if (hit[1].startsWith('s:') && !hit[1].startsWith(`s:${lang}:`)) return false;
  // Iranian town names from the Persian national-ID table are Persian spellings; in Arabic text they
  // collide with words ("بانه" in "بأنه", "مشهد" in "المشهد").
  if (hit[1].startsWith('ir:') && lang === 'ar') return false;
  if (lang === 'en' && !/^[A-Z]/.test(firstRaw)) return false;
  if (lang === 'en' && len === 1 && firstRaw.length <= 3 && firstRaw !== firstRaw.toUpperCase()) return false;
  return true;
}

const FLAG_BIT: Readonly<Record<string, number>> = Object.fromEntries(FLAG_NAMES.map((name, b) => [name, 1 << b]));

/** Per-token evidence for the tagger: gazetteer spans (B/I), name lists and vocabulary classes. */
export function tokenFlags(gaz: Gazetteer, raw: readonly string[], lang: 'fa' | 'ar', keys: readonly string[] = raw.map(tokenKey),
  matches?: ReadonlyArray<GazMatch | null>): string[][] {
  const masks = tokenFlagMasks(gaz, raw, lang, keys, matches);
  return Array.from(masks, (mask) => FLAG_NAMES.filter((_, b) => (mask & (1 << b)) !== 0));
}

/** `tokenFlags` as one bit set per token (no token carries a flag twice, and the tagger adds the flags'
 *  weights in any order), without an array per token. */
export function tokenFlagMasks(gaz: Gazetteer, raw: readonly string[], lang: 'fa' | 'ar', keys: readonly string[],
  matches?: ReadonlyArray<GazMatch | null>, facts?: readonly KeyFacts[]): Uint16Array {
  const v = vocab(lang);
  const masks = new Uint16Array(keys.length);
  for (let i = 0; i < keys.length;) {
    // Matches already computed by the caller (same gazetteer, same tokens) are reused.
    const m = matches ? matches[i] ?? null : matchAt(gaz, raw, keys, i, lang);
    if (!m) { i++; continue; }
    const b = FLAG_BIT[`${m.type}-B`] ?? 0, inner = FLAG_BIT[`${m.type}-I`] ?? 0;
    for (let j = 0; j < m.length && i + j < keys.length; j++) masks[i + j] |= j === 0 ? b : inner;
    i += m.length;
  }
  if (facts) {
    for (let i = 0; i < keys.length; i++) {
      const b = facts[i]?.bits ?? 0;
      let mask = masks[i] ?? 0;
      if (b & KB.first) mask |= FLAG_BIT.first ?? 0;
      if (b & KB.last) mask |= FLAG_BIT.last ?? 0;
      if (b & KB.title) mask |= FLAG_BIT.title ?? 0;
      if (b & KB.role) mask |= FLAG_BIT.role ?? 0;
      if (b & KB.orgHead) mask |= FLAG_BIT.orghead ?? 0;
      if (b & KB.locHead) mask |= FLAG_BIT.lochead ?? 0;
      if (b & KB.stop) mask |= FLAG_BIT.stop ?? 0;
      masks[i] = mask;
    }
    return masks;
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] ?? '';
    let mask = masks[i] ?? 0;
    if (gaz.firstNames.has(k)) mask |= FLAG_BIT.first ?? 0;
    if (gaz.lastNames.has(k)) mask |= FLAG_BIT.last ?? 0;
    if (v.titles.has(k)) mask |= FLAG_BIT.title ?? 0;
    if (v.roles.has(k)) mask |= FLAG_BIT.role ?? 0;
    if (v.orgHeads.has(k)) mask |= FLAG_BIT.orghead ?? 0;
    if (v.locHeads.has(k)) mask |= FLAG_BIT.lochead ?? 0;
    if (v.stops.has(k)) mask |= FLAG_BIT.stop ?? 0;
    masks[i] = mask;
  }
  return masks;
}

/** True for a definite Arabic nationality adjective of a listed place ("الإسرائيلي", "الأمريكية", "السوري"):
 *  the adjective minus article and "ي"/"ية" is the place, possibly with a final "ا" ("سوريا") or the article. */
export function isNisba(gaz: Gazetteer, key: string): boolean {
  const m = /^(?:و|ف)?(?:ب|ل|ک)?ال(.{2,}?)(?:یه|یین|یون|ی)$/.exec(key);
  const stem = m?.[1];
  if (!stem) return false;
  for (const cand of [stem, `${stem}ا`, `ال${stem}`, `${stem}یا`]) if (gaz.names.get(cand)?.[0] === 'LOC') return true;
  return false;
}

/** True for an English nationality word: listed, or a listed country/region plus a demonym ending
 *  ("Korean" ← "Korea", "Iranian" ← "Iran", "Syrian" ← "Syria", "Chinese" ← "China"). */
export function isDemonymEn(gaz: Gazetteer, key: string): boolean {
  if (vocabEn().demonyms.has(key)) return true;
  const k = key.replace(/s$/, '');
  const m = /^(.{3,}?)(ian|an|ese|ish|i|n)$/.exec(k);
  if (!m) return false;
  const stem = m[1] ?? '';
  for (const c of [stem, `${stem}a`, `${stem}ia`, `${stem}y`, `${stem}e`]) if (gaz.names.get(c)?.[0] === 'LOC') return true;
  return false;
}
