/**
 * Document language from its text: script first, then letter and function-word evidence per block, and the
 * language of the most letters wins (a Persian page quoting Arabic stays Persian). Persian vs Arabic rests
 * on letters only one of them uses (پ چ ژ گ vs ة) and on function words, not on ي/ك, which old Persian
 * sites also use. `<html lang>` decides only when the letters cannot.
 */
import type { ParsedPage } from '../types';
import { ARABIC_FUNCTION_WORDS, LATIN_FUNCTION_WORDS, PERSIAN_FUNCTION_WORDS } from './vocab/function-words';

/** Evidence weights and limits, in one place. */
const WEIGHT = {
  /** پ چ ژ گ: Persian-only letters. */
  persianLetter: 2,
  /** ة, أ/إ and Arabic-only function words. */
  arabicLetter: 2,
  functionWord: 3,
  /** ی / ک vs ي / ك: weak, scrapers and keyboards mix them. */
  yehKaf: 0.2,
} as const;
/** A block needs this many letters of a script to cast a vote; menus of two words should not decide. */
const MIN_LETTERS_PER_VOTE = 12;

const PERSIAN_WORDS = new Set(PERSIAN_FUNCTION_WORDS);
const ARABIC_WORDS = new Set(ARABIC_FUNCTION_WORDS);
const LATIN_WORDS = Object.entries(LATIN_FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

/** Other scripts: the language a script almost always means in news text. */
const SCRIPTS: readonly { readonly re: RegExp; readonly lang: string }[] = [
  { re: /[\u0400-\u04ff]/g, lang: 'ru' },
  { re: /[\u0590-\u05ff]/g, lang: 'he' },
  { re: /[\u0370-\u03ff]/g, lang: 'el' },
  { re: /[\u3040-\u30ff]/g, lang: 'ja' },
  { re: /[\uac00-\ud7af]/g, lang: 'ko' },
  { re: /[\u4e00-\u9fff]/g, lang: 'zh' },
  { re: /[\u0900-\u097f]/g, lang: 'hi' },
  { re: /[\u0e00-\u0e7f]/g, lang: 'th' },
];
const ARABIC_SCRIPT_RE = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]/g;
const LATIN_RE = /[A-Za-z\u00c0-\u024f]/g;
/** Urdu letters (ٹ ڈ ڑ ں ے ھ) tell Urdu from Persian. */
const URDU_RE = /[\u0679\u0688\u0691\u06ba\u06d2\u06be]/g;

const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/** Persian, Arabic or Urdu for a stretch of Arabic-script text, or null when the evidence is even. */
export function arabicScriptLanguage(text: string): 'fa' | 'ar' | 'ur' | null {
  let fa = WEIGHT.persianLetter * count(text, /[پچژگ]/g) + WEIGHT.yehKaf * count(text, /[یک]/g);
  let ar = WEIGHT.arabicLetter * count(text, /[ةأإ]/g) + WEIGHT.yehKaf * count(text, /[يك]/g);
  for (const word of text.split(/[^\u0620-\u06ff]+/)) {
    if (PERSIAN_WORDS.has(word.replace(/ي/g, 'ی').replace(/ك/g, 'ک'))) fa += WEIGHT.functionWord;
    if (ARABIC_WORDS.has(word)) ar += WEIGHT.functionWord;
  }
  const ur = WEIGHT.persianLetter * count(text, URDU_RE);
  if (ur > fa && ur > ar) return 'ur';
  if (fa > ar) return 'fa';
  if (ar > fa) return 'ar';
  return null;
}

function latinLanguage(text: string): string | null {
  const words = text.toLowerCase().split(/[^a-z\u00c0-\u024f]+/);
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, set] of LATIN_WORDS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) { best = lang; bestHits = hits; }
  }
  return best;
}

/** Language of one stretch of text with its letter count, or null when it has no letters. */
export function textLanguage(text: string): { readonly lang: string | null; readonly letters: number } | null {
  const arabic = count(text, ARABIC_SCRIPT_RE);
  const latin = count(text, LATIN_RE);
  let other = { letters: 0, lang: '' };
  for (const s of SCRIPTS) {
    const n = count(text, s.re);
    if (n > other.letters) other = { letters: n, lang: s.lang };
  }
  const max = Math.max(arabic, latin, other.letters);
  if (max === 0) return null;
  if (max === arabic) return { lang: arabicScriptLanguage(text), letters: arabic };
  if (max === latin) return { lang: latinLanguage(text), letters: latin };
  return { lang: other.lang, letters: other.letters };
}

/** 'fa' | 'ar' | 'en' | another ISO 639-1 code | null, by the most letters across blocks. */
export function detectLanguage(page: ParsedPage): string | null {
  const votes = new Map<string, number>();
  const scriptOnly = new Map<string, number>(); // letters of blocks whose language stayed undecided
  for (const block of page.blocks) {
    const found = textLanguage(block.text);
    if (found === null) continue;
    if (found.lang === null || found.letters < MIN_LETTERS_PER_VOTE) {
      const key = found.lang ?? scriptKey(block.text);
      scriptOnly.set(key, (scriptOnly.get(key) ?? 0) + found.letters);
      continue;
    }
    votes.set(found.lang, (votes.get(found.lang) ?? 0) + found.letters);
  }
  const winner = top(votes);
  if (winner !== null) return winner;
  // Only short or undecided blocks: decide on all text together, then on the declared language.
  const all = textLanguage(page.blocks.map((b) => b.text).join('\n'));
  const declared = page.meta.lang?.toLowerCase().split(/[-_]/)[0] ?? null;
  if (all === null) return declared;
  if (all.lang !== null) return all.lang;
  const script = top(scriptOnly);
  if (declared !== null && script === 'arabic' && (declared === 'fa' || declared === 'ar' || declared === 'ur')) return declared;
  if (declared !== null && script === 'latin' && /^[a-z]{2,3}$/.test(declared)) return declared;
  return script === 'arabic' ? 'fa' : script === 'latin' ? 'en' : null;
}

function scriptKey(text: string): string {
  return count(text, ARABIC_SCRIPT_RE) >= count(text, LATIN_RE) ? 'arabic' : 'latin';
}

function top(votes: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [lang, n] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bestN) { best = lang; bestN = n; }
  return best;
}
