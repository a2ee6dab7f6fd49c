/**
 * ZWNJ restoration for fused Persian words ("رسانههای" → "رسانه‌های"). Each Persian word without a ZWNJ is
 * analysed into readings — the word as written, ZWNJ spellings from the lexicon, generated verb forms, and
 * affix derivations on a known stem — and the best-supported reading wins; a tie keeps the word as written.
 * Only ZWNJs are inserted, and only after a joining letter, so letters never change.
 */
import { getLexicon, FLAG, type Lexicon, type WordInfo } from './lexicon';
import { ZWNJ, joinsNext } from './letters';
import {
  AFTER_FINAL_YE, AFTER_SILENT_H, COMPARATIVE_SUFFIXES, DURATIVE_PREFIXES, IMPERSONAL_STEMS, PARTICIPLE_SUFFIXES,
  PERFECT_ENDINGS, PLAIN_INFLECTIONS, PLURAL_SUFFIXES, PREVERBS, PRONOUNS_WITH_ATTACHED_PLURAL, SEPARABLE_PREFIXES,
  SPACED_AFTER_SILENT_H,
  SPACED_SUFFIXES, VERB_CLITICS,
} from './affixes';

/** Evidence tiers: a reading with a higher tier wins; a score (frequency, stem length) breaks ties within one. */
const TIER = {
  durativeVerb: 4.5, // می/نمی + a listed verb stem + ending: the most reliable evidence, above a bare-verb reading (میراند)
  generatedVerb: 4, // perfect forms on a listed past stem (رفته‌اند)
  curatedPlain: 4, // a curated list writes the word attached
  curatedZwnj: 3, // a curated list (hazm lemma, shekar compound) writes it with a ZWNJ
  webZwnj: 2.5, // web frequency list only
  rawZwnj: 2.2, // hazm raw corpus form only
  derived: 2.1, // known stem + suffix, with or without a ZWNJ
  attestedPlain: 2, // seen attached in a web/corpus list, which also holds fused misspellings
  prefixed: 1.1, // بی/هم + a curated word
  compound: 1, // two curated words, the fused whole unattested
  unknown: 0,
} as const;

/** Tuning constants (chosen on perdt-ud-dev and seraji-ud-dev only). Frequencies are 2·log2(count). */
const TUNING = {
  /** Recursion depth for derivations (هم‌تیمی‌های = هم‌تیم + ی + های needs three). */
  maxDepth: 3,
  /** Shortest stem an affix rule accepts: one-letter stems make too many false splits. */
  minStemLength: 2,
  /** A stem known only from the web list must be this frequent (2·log2 30k ≈ 30) to carry a ZWNJ suffix:
   *  rare web "words" are often fragments (شوس‌تر). */
  minWebOnlyStemFreq: 30,
  /** Between derivations, each stem letter is worth this much frequency: the longer known stem usually
   *  is the right parse (تنها+یی, not تن+هایی; زمینه+ای, not زمین+های) unless the shorter is far more common. */
  stemLetterWeight: 3,
  /** Keep a curated ZWNJ compound attached when the web writes it attached this much more often
   *  (2·log2 ratio; 8 = 16×): lexicalised compounds such as راهپیمایی, خشکسالی. */
  attachedPreferenceMargin: 8,
  /** Shortest part of a two-word compound split: shorter parts (یک، نو) match inside too many words. */
  minCompoundPart: 3,
  /** Shortest unattested word the compound split may touch: shorter ones are mostly typos and names
   *  (کاشناس for کارشناس would become کاش‌ناس). */
  minCompoundLength: 7,
  /** Both parts of a compound split must be this frequent (2·log2 count); a word that is a stem this
   *  frequent plus an attached inflection (دیگران+ش، مولا+یمان) is read that way, never split. */
  minCompoundPartFreq: 30,
  /** An attached spelling this frequent on the web (2·log2 count; 40 ≈ a million uses) whose ZWNJ spelling
   *  the web list never shows is lexicalised (فرمانروایی، خونسردی): for a ZWNJ spelling from the compound
   *  list only, and a higher bar for a hazm lemma (خشکسالی، دلجویی). Chosen on the dev sets. */
  lexicalisedAttachedWebFreq: 40,
  lexicalisedAttachedOverLemmaWebFreq: 42,
  /** A bare verb (stem + ending, no prefix) counts as a plain word from this length: shorter ones
   *  (کند، رود) are also common nouns and already in the lexicon. */
  minBareVerbLength: 4,
  /** The per-word result cache is a pure memo; cleared when it grows past this to bound memory. */
  cacheLimit: 200_000,
} as const;

export type PronounPluralStyle = 'attached' | 'zwnj';

export interface RestorerOptions {
  /** `attached` (default) writes آنها/اینها as most Persian news does; `zwnj` writes آن‌ها/این‌ها. */
  readonly pronounPlurals: PronounPluralStyle;
}

interface Reading {
  readonly spelling: string;
  readonly tier: number;
  /** Tie-break within a tier: frequency, plus stem length for derivations. */
  readonly score: number;
}

const PERSIAN_RUN = /[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0654\u200c]+/g;
const HAMZA_ABOVE = '\u0654';
/** The Persian word a token starts with (before », ، …) and the one it ends with (after «, ( …). */
const AFFIX_START = /^[هتا]/;
const PREFIX_END = /[مب]ی$/;
const LEADING_WORD = /^([\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+)(?![\u0621-\u06ff])/;
const TRAILING_WORD = /(?<![\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c])([\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+)$/;

export class ZwnjRestorer {
  private readonly cache = new Map<string, string>();
  /** One memo per recursion depth (a word's best reading depends on how deep it may still recurse). */
  private readonly memo: Map<string, Reading | null>[] = Array.from({ length: TUNING.maxDepth + 2 }, () => new Map());
  private readonly attachedPluralStems: ReadonlySet<string>;

  constructor(private readonly lex: Lexicon, options: Partial<RestorerOptions> = {}) {
    this.attachedPluralStems = new Set((options.pronounPlurals ?? 'attached') === 'attached' ? PRONOUNS_WITH_ATTACHED_PLURAL : []);
  }

  /** Restores ZWNJs in every fused Persian word of the text; everything else is left byte-identical. */
  restoreText(text: string): string {
    // A word that kept some of its ZWNJs may still have fused parts (رسانههای‌ما): restore each part.
    return text.replace(PERSIAN_RUN, (run) => (run.includes(ZWNJ) ? run.split(ZWNJ).map((p) => this.restoreWord(p)).join(ZWNJ) : this.restoreWord(run)));
  }

  /**
   * Joins affixes typed after a space: "می شود" → "می‌شود", "کتاب ها" → "کتاب‌ها", "رفته اند" → "رفته‌اند",
   * "بی شک" → "بی‌شک". Fires only when the joined form is a verb or the word before is known.
   */
  joinSpacedAffixes(text: string): string {
    if (!text.includes(' ')) return text;
    const parts = text.split(' ');
    const out: string[] = [];
    for (const part of parts) {
      const prev = out[out.length - 1];
      // Cheap test first: the right word must start like an affix (ها، ترین، ای/اند…) or follow می/بی.
      const lead = prev !== undefined && (AFFIX_START.test(part) || PREFIX_END.test(prev)) ? LEADING_WORD.exec(part) : null;
      if (prev !== undefined && lead !== null && lead[1] !== undefined) {
        const m = TRAILING_WORD.exec(prev);
        const joined = m !== null && m[1] !== undefined ? this.joinPair(m[1], lead[1]) : null;
        if (joined !== null && m !== null) { out[out.length - 1] = prev.slice(0, m.index) + joined + part.slice(lead[1].length); continue; }
      }
      out.push(part);
    }
    return out.join(' ');
  }

  private joinPair(left: string, right: string): string | null {
    const sep = joinsNext(left[left.length - 1]) ? ZWNJ : '';
    if (DURATIVE_PREFIXES.includes(left) || PREVERBS.some((p) => DURATIVE_PREFIXES.some((d) => left === p + d))) {
      const body = right.replaceAll(ZWNJ, '');
      const preverb = PREVERBS.find((p) => left.startsWith(p) && DURATIVE_PREFIXES.includes(left.slice(p.length))) ?? '';
      if (this.isVerbBody(body, preverb) || this.participleSpelling(body, preverb) !== null) return left + ZWNJ + right;
      return null;
    }
    if (SEPARABLE_PREFIXES[0] === left) {
      const ri = this.lex.words.get(right);
      return ri !== undefined && ri.flags & FLAG.lemma && ri.flags & (FLAG.noun | FLAG.adjective) ? left + ZWNJ + right : null;
    }
    // Only a spaced suffix can join: test it before the costlier "is the left word known" checks.
    const suffix = SPACED_SUFFIXES.includes(right);
    if (!suffix && !(left.endsWith('ه') && SPACED_AFTER_SILENT_H.includes(right))) return null;
    if (left.length < TUNING.minStemLength || left.includes(ZWNJ) && !this.lex.words.has(left)) return null;
    const li = this.lex.words.get(left);
    const known = li !== undefined || this.isPlainVerb(left) || this.perfectSpelling(left) !== null;
    if (!known) return null;
    if (suffix) {
      if (right === 'ترین' && !(li !== undefined && li.flags & (FLAG.adjective | FLAG.adverb))) return null;
      if (right.startsWith('ها') && this.attachedPluralStems.has(left)) return left + right;
      return left + sep + right;
    }
    if (left.endsWith('ه') && SPACED_AFTER_SILENT_H.includes(right)) return left + ZWNJ + right;
    return null;
  }

  /** The restored spelling of one word made only of Persian letters. */
  restoreWord(word: string): string {
    if (word.length < 3) return word;
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    // Ezafe hamza (واژه‌نامهٔ) sits outside the word's morphology: restore the bare word.
    const bare = word.endsWith(HAMZA_ABOVE) ? word.slice(0, -1) : word;
    const best = bare.includes(HAMZA_ABOVE) ? null : this.best(bare, 0);
    const out = best === null ? word : best.spelling + word.slice(bare.length);
    if (this.cache.size >= TUNING.cacheLimit) { this.cache.clear(); for (const m of this.memo) m.clear(); }
    this.cache.set(word, out);
    return out;
  }

  private best(word: string, depth: number): Reading | null {
    const memo = this.memo[depth] as Map<string, Reading | null>;
    const seen = memo.get(word);
    if (seen !== undefined) return seen;
    let best: Reading | null = null;
    // Fast path: a curated attached word can only lose to a durative verb reading (tier above it).
    const info = this.lex.words.get(word);
    if (info !== undefined && info.flags & (FLAG.lemma | FLAG.attachedCompound)) {
      const durative = this.durativeSpelling(word);
      best = durative !== null ? { spelling: durative, tier: TIER.durativeVerb, score: freqOf(info) }
        : { spelling: word, tier: TIER.curatedPlain, score: freqOf(info) };
      memo.set(word, best);
      return best;
    }
    const candidates: Reading[] = [];
    this.readings(word, depth, candidates);
    for (const r of candidates) {
      if (best === null || r.tier > best.tier || (r.tier === best.tier && r.score > best.score)) best = r;
      else if (r.tier === best.tier && r.score === best.score && r.spelling === word) best = r; // a tie keeps the word
    }
    memo.set(word, best);
    return best;
  }

  /** Every reading of the word, in a fixed order (the first of two equal readings wins), into `out`:
   *  an array, not a generator, since this runs for every new word type. */
  private readings(word: string, depth: number, out: Reading[]): void {
    const info = this.lex.words.get(word);
    const plainTier = this.plainTier(word, info);
    out.push({ spelling: word, tier: plainTier, score: freqOf(info) });
    for (const spelling of this.lex.zwnjSpellings.get(word) ?? []) {
      const zi = this.lex.words.get(spelling);
      if (zi === undefined || this.attachedDominates(info, zi) || this.isAttachedPronounPlural(spelling)) continue;
      const curated = (zi.flags & (FLAG.lemma | FLAG.zwnjCompound)) !== 0;
      const tier = curated ? TIER.curatedZwnj : zi.web > 0 ? TIER.webZwnj : TIER.rawZwnj;
      out.push({ spelling, tier, score: freqOf(zi) });
    }
    const durative = this.durativeSpelling(word);
    if (durative !== null) out.push({ spelling: durative, tier: TIER.durativeVerb, score: freqOf(info) });
    const perfect = this.perfectSpelling(word);
    if (perfect !== null) out.push({ spelling: perfect, tier: TIER.generatedVerb, score: freqOf(info) });
    if (depth < TUNING.maxDepth) this.derivations(word, depth, out);
    if (plainTier === TIER.unknown && depth === 0 && word.length >= TUNING.minCompoundLength && !this.isAttachedInflection(word)) {
      const compound = this.compoundReading(word);
      if (compound !== null) out.push(compound);
    }
  }

  /** A compound the same source writes attached far more often is lexicalised (راهپیمایی): keep the word.
   *  Frequencies compare only within one list; a ZWNJ spelling absent from the web list tells nothing there. */
  private attachedDominates(plain: WordInfo | undefined, zwnj: WordInfo): boolean {
    if (plain === undefined) return false;
    if (plain.web > 0 && zwnj.web > 0) return plain.web >= zwnj.web + TUNING.attachedPreferenceMargin;
    if (zwnj.web === 0 && plain.web >= (zwnj.flags & FLAG.lemma ? TUNING.lexicalisedAttachedOverLemmaWebFreq : TUNING.lexicalisedAttachedWebFreq)) return true;
    if (plain.hazm > 0 && zwnj.hazm > 0) return plain.hazm >= zwnj.hazm + TUNING.attachedPreferenceMargin;
    return false;
  }

  /** آن‌ها / این‌هایی under the attached pronoun-plural style. */
  private isAttachedPronounPlural(spelling: string): boolean {
    const cut = spelling.indexOf(ZWNJ);
    return this.attachedPluralStems.has(spelling.slice(0, cut)) && spelling.startsWith('ها', cut + 1);
  }

  private plainTier(word: string, info: WordInfo | undefined): number {
    if (info !== undefined && info.flags & (FLAG.lemma | FLAG.attachedCompound)) return TIER.curatedPlain;
    if (this.isPlainVerb(word)) return TIER.curatedPlain;
    if (info !== undefined) return TIER.attestedPlain;
    return TIER.unknown;
  }

  private derivations(word: string, depth: number, out: Reading[]): void {
    for (const suffix of PLURAL_SUFFIXES) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      const r = this.joinStem(stem, suffix, depth, !this.attachedPluralStems.has(stem));
      if (r) out.push(r);
    }
    for (const suffix of COMPARATIVE_SUFFIXES) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      const si = this.lex.words.get(stem);
      // Only adjectives and adverbs compare: a lemma of another class (این، شوش) + تر is another word.
      if (si !== undefined && si.flags & FLAG.lemma && !(si.flags & (FLAG.adjective | FLAG.adverb))) continue;
      const r = this.joinStem(stem, suffix, depth, true);
      if (r) out.push(r);
    }
    for (const suffix of AFTER_SILENT_H) {
      if (!word.endsWith('ه' + suffix)) continue;
      const r = this.joinStem(word.slice(0, -suffix.length), suffix, depth, true);
      if (r) out.push(r);
    }
    for (const suffix of AFTER_FINAL_YE) {
      if (!word.endsWith('ی' + suffix)) continue;
      const r = this.joinStem(word.slice(0, -suffix.length), suffix, depth, true);
      if (r) out.push(r);
    }
    for (const suffix of PARTICIPLE_SUFFIXES) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      const si = this.lex.words.get(stem);
      if (si !== undefined && si.flags & FLAG.noun) { const r = this.joinStem(stem, suffix, depth, true); if (r) out.push(r); }
    }
    for (const suffix of PLAIN_INFLECTIONS) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      // After a silent ه these endings take a ZWNJ (خانه‌ات), handled above.
      if (stem.length < TUNING.minStemLength || stem.endsWith('ه')) continue;
      const r = this.best(stem, depth + 1);
      // Inflections attach directly: they only carry a curated stem's own spelling (هم‌تیمی، بیشتری، تنهایی).
      if (r !== null && r.tier >= TIER.curatedZwnj) {
        out.push({ spelling: r.spelling + suffix, tier: TIER.derived, score: this.stemScore(stem) });
      }
    }
    for (const prefix of SEPARABLE_PREFIXES) {
      if (!word.startsWith(prefix) || word.length - prefix.length < 3) continue;
      const rest = word.slice(prefix.length);
      const ri = this.lex.words.get(rest);
      if (ri !== undefined && ri.flags & (FLAG.lemma | FLAG.zwnjCompound) && ri.flags & (FLAG.noun | FLAG.adjective)) {
        out.push({ spelling: prefix + ZWNJ + rest, tier: TIER.prefixed, score: freqOf(ri) });
      }
    }
  }

  /** A frequent word plus an attached inflection (دیگرانش، مولایمان): the compound split must not fire. */
  private isAttachedInflection(word: string): boolean {
    for (const suffix of PLAIN_INFLECTIONS) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      if (stem.length >= TUNING.minCompoundPart && freqOf(this.lex.words.get(stem)) >= TUNING.minCompoundPartFreq) return true;
    }
    return false;
  }

  /** An unattested word read as two curated words (وحشت‌زده، نمایش‌نامه): the weakest evidence, used only
   *  when nothing else explains the word. The split with the most frequent rarer part wins. */
  private compoundReading(word: string): Reading | null {
    let best: Reading | null = null;
    for (let cut = TUNING.minCompoundPart; cut <= word.length - TUNING.minCompoundPart; cut++) {
      if (!joinsNext(word[cut - 1])) continue;
      const left = this.lex.words.get(word.slice(0, cut));
      const right = this.lex.words.get(word.slice(cut));
      if (left === undefined || right === undefined) continue;
      if (!(left.flags & (FLAG.lemma | FLAG.zwnjCompound)) || !(right.flags & (FLAG.lemma | FLAG.zwnjCompound | FLAG.attachedCompound))) continue;
      const score = Math.min(freqOf(left), freqOf(right));
      if (score < TUNING.minCompoundPartFreq) continue;
      if (best === null || score > best.score) best = { spelling: word.slice(0, cut) + ZWNJ + word.slice(cut), tier: TIER.compound, score };
    }
    return best;
  }

  private stemScore(stem: string): number {
    return freqOf(this.lex.words.get(stem)) + TUNING.stemLetterWeight * stem.length;
  }

  /** stem + suffix, with a ZWNJ between when wanted and the stem's last letter joins; null if the stem is unknown. */
  private joinStem(stem: string, suffix: string, depth: number, zwnj: boolean): Reading | null {
    if (stem.length < TUNING.minStemLength) return null;
    const r = this.best(stem, depth + 1);
    if (r === null || r.tier < TIER.attestedPlain) return null;
    const sep = zwnj && joinsNext(stem[stem.length - 1]) ? ZWNJ : '';
    if (sep !== '' && r.tier < TIER.curatedZwnj && freqOf(this.lex.words.get(stem)) < TUNING.minWebOnlyStemFreq) return null;
    return { spelling: r.spelling + sep + suffix, tier: TIER.derived, score: this.stemScore(stem) };
  }

  /** The ZWNJ spelling of a fused durative verb form (نمی‌کند، برمی‌گردد، می‌کرده), or null. */
  private durativeSpelling(word: string): string | null {
    if (!word.includes('می')) return null; // both durative prefixes contain it: most words exit here
    for (const preverb of ['', ...PREVERBS]) {
      if (!word.startsWith(preverb)) continue;
      const afterPreverb = word.slice(preverb.length);
      for (const durative of DURATIVE_PREFIXES) {
        if (!afterPreverb.startsWith(durative)) continue;
        const body = afterPreverb.slice(durative.length);
        if (this.isVerbBody(body, preverb)) return preverb + durative + ZWNJ + body;
        const perfect = this.participleSpelling(body, preverb);
        if (perfect !== null) return preverb + durative + ZWNJ + perfect;
      }
    }
    return null;
  }

  /** past stem + ه + ام/ای/ایم/اید/اند → with a ZWNJ before the ending (رفته‌اند، نگفته‌ام). */
  private perfectSpelling(word: string): string | null {
    for (const ending of PERFECT_ENDINGS) {
      if (!word.endsWith('ه' + ending)) continue;
      const participle = word.slice(0, -ending.length);
      const stem = participle.slice(0, -1);
      if (this.lex.pastStems.has(stem) || (stem.startsWith('ن') && this.lex.pastStems.has(stem.slice(1)))) {
        return participle + ZWNJ + ending;
      }
    }
    return null;
  }

  /** After می: a past participle, bare or with a perfect ending (می‌کرده، می‌داده‌اند). */
  private participleSpelling(body: string, preverb: string): string | null {
    const isStem = (stem: string): boolean => this.lex.pastStems.has(preverb + stem) || (preverb !== '' && this.lex.pastStems.has(stem));
    if (body.endsWith('ه') && isStem(body.slice(0, -1))) return body;
    for (const ending of PERFECT_ENDINGS) {
      if (body.endsWith('ه' + ending) && isStem(body.slice(0, -ending.length - 1))) return body.slice(0, -ending.length) + ZWNJ + ending;
    }
    return null;
  }

  /** stem + person ending (+ object clitic), the part of a verb after می. */
  private isVerbBody(body: string, preverb: string): boolean {
    for (const clitic of VERB_CLITICS) {
      if (!body.endsWith(clitic)) continue;
      if (this.splitsAsVerb(body.slice(0, body.length - clitic.length), preverb, true)) return true;
    }
    return false;
  }

  /** core = stem + person ending, the stem listed with the preverb or (after one) alone; the stem non-empty. */
  private splitsAsVerb(core: string, preverb: string, allowImpersonal: boolean): boolean {
    const withPreverb = this.lex.verbForms.get(preverb === '' ? core : preverb + core);
    if (withPreverb !== undefined && withPreverb < core.length) return true;
    if (preverb !== '') {
      const alone = this.lex.verbForms.get(core);
      if (alone !== undefined && alone < core.length) return true;
    }
    return allowImpersonal && IMPERSONAL_STEMS.includes(core);
  }

  /** Simple verb forms written attached: (preverb)? (ن|ب)? + stem + ending, with the glide in بیفتد / نیاید. */
  private isPlainVerb(word: string): boolean {
    for (const preverb of ['', ...PREVERBS]) {
      if (!word.startsWith(preverb)) continue;
      const rest = word.slice(preverb.length);
      if (rest.length >= TUNING.minBareVerbLength && this.splitsAsVerb(rest, preverb, false)) return true;
      // Past participle after a preverb (برنشسته، درگذشته): the unprefixed participle is a lemma already.
      if (preverb !== '' && rest.endsWith('ه') && this.lex.pastStems.has(rest.slice(0, -1))) return true;
      for (const prefix of ['ن', 'ب']) {
        if (!rest.startsWith(prefix)) continue;
        let body = rest.slice(1);
        if (body.startsWith('ی') && this.splitsAsVerb('ا' + body.slice(1), preverb, false)) return true;
        if (body.startsWith('یا')) body = 'آ' + body.slice(2);
        if (this.splitsAsVerb(body, preverb, false)) return true;
        // Negative participle: نگفته، برنگشته.
        if (prefix === 'ن' && body.endsWith('ه') && this.lex.pastStems.has(preverb + body.slice(0, -1))) return true;
      }
    }
    return false;
  }
}

function freqOf(info: WordInfo | undefined): number {
  return info === undefined ? 0 : info.web || info.hazm;
}

let shared: ZwnjRestorer | null = null;

/** The process-wide restorer over the shipped lexicon with default options (built on first use). */
export function defaultRestorer(): ZwnjRestorer {
  if (shared === null) shared = new ZwnjRestorer(getLexicon());
  return shared;
}

/** Restores ZWNJs in fused Persian words of the text with the shipped lexicon. */
export function restoreZwnj(text: string): string {
  return defaultRestorer().restoreText(text);
}
