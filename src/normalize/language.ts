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
const FUNCTION_WORD_MAX_LENGTH = Math.max(...PERSIAN_FUNCTION_WORDS.map((w) => w.length), ...ARABIC_FUNCTION_WORDS.map((w) => w.length));
const LATIN_WORDS = Object.entries(LATIN_FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)] as const);

/** Other scripts, as code-point ranges: the language a script almost always means in news text. */
const SCRIPTS: readonly { readonly from: number; readonly to: number; readonly lang: string }[] = [
  { from: 0x0400, to: 0x04ff, lang: 'ru' },
  { from: 0x0590, to: 0x05ff, lang: 'he' },
  { from: 0x0370, to: 0x03ff, lang: 'el' },
  { from: 0x3040, to: 0x30ff, lang: 'ja' },
  { from: 0xac00, to: 0xd7af, lang: 'ko' },
  { from: 0x4e00, to: 0x9fff, lang: 'zh' },
  { from: 0x0900, to: 0x097f, lang: 'hi' },
  { from: 0x0e00, to: 0x0e7f, lang: 'th' },
];
const isArabicScriptLetter = (c: number): boolean =>
  (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff);
const isLatinLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);

/** Letters per script in one pass over the text (one regex per script was the stage's main cost). */
function scriptCounts(text: string): { arabic: number; latin: number; other: number[] } {
  let arabic = 0;
  let latin = 0;
  const other = SCRIPTS.map(() => 0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) { if (isLatinLetter(c)) latin++; continue; }
    if (isArabicScriptLetter(c)) arabic++;
    else if (isLatinLetter(c)) latin++;
    else for (let s = 0; s < SCRIPTS.length; s++) if (c >= SCRIPTS[s]!.from && c <= SCRIPTS[s]!.to) { other[s]!++; break; }
  }
  return { arabic, latin, other };
}
/** Letter classes counted by arabicScriptLanguage, per code unit of the Arabic block (U+0600–U+06FF). */
const PERSIAN_ONLY = 1; // پ چ ژ گ
const PERSIAN_YEH_KAF = 2; // ی ک
const ARABIC_ONLY = 3; // ة أ إ
const ARABIC_YEH_KAF = 4; // ي ك
const URDU = 5; // ٹ ڈ ڑ ں ے ھ: tell Urdu from Persian
const LETTER_CLASS = new Uint8Array(0x100);
for (const [chars, cls] of [['پچژگ', PERSIAN_ONLY], ['یک', PERSIAN_YEH_KAF], ['ةأإ', ARABIC_ONLY], ['يك', ARABIC_YEH_KAF],
  ['\u0679\u0688\u0691\u06ba\u06d2\u06be', URDU]] as const) {
  for (const ch of chars) LETTER_CLASS[ch.charCodeAt(0) - 0x0600] = cls;
}

/** Persian, Arabic or Urdu for a stretch of Arabic-script text, or null when the evidence is even.
 *  Runs on every block (and on lines of the output), so the letters are counted in one pass. */
export function arabicScriptLanguage(text: string): 'fa' | 'ar' | 'ur' | null {
  const counts = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 0x0600;
    if (c >= 0 && c < 0x100) counts[LETTER_CLASS[c]!]!++;
  }
  let fa = WEIGHT.persianLetter * counts[PERSIAN_ONLY]! + WEIGHT.yehKaf * counts[PERSIAN_YEH_KAF]!;
  let ar = WEIGHT.arabicLetter * counts[ARABIC_ONLY]! + WEIGHT.yehKaf * counts[ARABIC_YEH_KAF]!;
  // Runs of U+0620–U+06FF are the words; only runs short enough to be a function word are looked up
  // (no split array, no string for a long word).
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    if (c >= 0x0620 && c <= 0x06ff) { if (start < 0) start = i; continue; }
    if (start < 0) continue;
    if (i - start <= FUNCTION_WORD_MAX_LENGTH) {
      const word = text.slice(start, i);
      const persian = word.includes('ي') || word.includes('ك') ? word.replace(/ي/g, 'ی').replace(/ك/g, 'ک') : word;
      if (PERSIAN_WORDS.has(persian)) fa += WEIGHT.functionWord;
      if (ARABIC_WORDS.has(word)) ar += WEIGHT.functionWord;
    }
    start = -1;
  }
  const ur = WEIGHT.persianLetter * counts[URDU]!;
  if (ur > fa && ur > ar) return 'ur';
  if (fa > ar) return 'fa';
  if (ar > fa) return 'ar';
  return null;
}

/** Function word → the LATIN_WORDS indexes of the languages listing it: one lookup per word instead of
 *  one per word and language. */
const LATIN_WORD_LANGS = new Map<string, number[]>();
LATIN_WORDS.forEach(([, set], li) => {
  for (const w of set) { const langs = LATIN_WORD_LANGS.get(w); if (langs) langs.push(li); else LATIN_WORD_LANGS.set(w, [li]); }
});

/** The language with the most function-word hits; the first listed wins a tie. */
function latinLanguage(text: string): string | null {
  const hits = new Array<number>(LATIN_WORDS.length).fill(0);
  for (const w of text.toLowerCase().split(/[^a-z\u00c0-\u024f]+/)) for (const li of LATIN_WORD_LANGS.get(w) ?? []) hits[li]!++;
  let best: string | null = null;
  let bestHits = 0;
  LATIN_WORDS.forEach(([lang], li) => { if (hits[li]! > bestHits) { best = lang; bestHits = hits[li]!; } });
  return best;
}

/** Language of one stretch of text with its letter count, or null when it has no letters. */
export function textLanguage(text: string): { readonly lang: string | null; readonly letters: number } | null {
  const { arabic, latin, other: perScript } = scriptCounts(text);
  let other = { letters: 0, lang: '' };
  perScript.forEach((n, i) => { if (n > other.letters) other = { letters: n, lang: SCRIPTS[i]!.lang }; });
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
  const { arabic, latin } = scriptCounts(text);
  return arabic >= latin ? 'arabic' : 'latin';
}

function top(votes: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [lang, n] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n > bestN) { best = lang; bestN = n; }
  return best;
}
