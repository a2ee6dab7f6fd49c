/**
 * The normalizer proper: one string in, one string out, line breaks kept (levels.ts says what each level
 * does). The language of each line is the document's unless the line's own letters clearly say otherwise
 * (an Arabic quotation inside a Persian article keeps its Arabic letters).
 */
import type { NormalizeLevel } from '../options';
import {
  ARABIC_MARK, ARABIC_TO_PERSIAN, ARABIC_TO_PERSIAN_RE, DIGITS, ENTITY_RE, INVISIBLE_RE, KASHIDA_RE, NAMED_ENTITIES,
  PERSIAN_STRAY_HARAKAT_RE, PERSIAN_TO_ARABIC, PERSIAN_TO_ARABIC_RE, PRESENTATION_FORMS_RE, SPACE_LIKE_RE,
  ZWNJ_STAND_INS_RE,
} from './chars';
import { arabicScriptLanguage } from './language';
import { resolveLevel, type DigitStyle } from './levels';
import { fixPunctuationSpacing, useGuillemets } from './spacing';
import { defaultRestorer } from './zwnj/restore';

export interface NormalizeTextOptions {
  /** Document language ('fa', 'ar', 'en', …); null when unknown. */
  readonly language: string | null;
  /** null picks the language default (full for Persian, basic otherwise). */
  readonly level: NormalizeLevel | null;
  /** Rewrite all digits to one script; null keeps them as written. */
  readonly digits?: DigitStyle | null;
  /** Per-line language detection for Arabic-script lines (default true). */
  readonly perLineLanguage?: boolean;
  /** At level full, join affixes typed after a space (می شود → می‌شود). Default true; the extraction pipeline
   *  turns it off so record fields keep the page's word boundaries (see page.ts). */
  readonly joinSpacedAffixes?: boolean;
}

/** A line needs this many Arabic-script letters before its own letters may override the document language. */
const MIN_LETTERS_FOR_LINE_LANGUAGE = 20;

const ARABIC_SCRIPT_RE = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** Letters an Arabic line has and a Persian one does not (ي ك ى ة أ إ), and the reverse (پ چ ژ گ ک ی). */
const ARABIC_ONLY_LETTERS_RE = /[يكىةأإ]/;
const PERSIAN_ONLY_LETTERS_RE = /[پچژگکی]/;
const ARABIC_LETTER_COUNT_RE = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]/g;
const NON_JOINING_ZWNJ_RE = /(?<=[اآأإٱدذرزژوؤةۀء])\u200c/g;
const EDGE_ZWNJ_RE = /\u200c+(?=[\s\p{P}\p{S}]|$)|(?<=^|[\s\p{P}\p{S}])\u200c+/gu;
const STRAY_MARK_RE = new RegExp(`(?<![\\u0620-\\u064a\\u066e-\\u06d3\\u06d5\\u06fa-\\u06ff]${ARABIC_MARK}*)${ARABIC_MARK}+`, 'g');
const REPEATED_MARK_RE = new RegExp(`(${ARABIC_MARK})\\1+`, 'g');
/** Every character some basicLine rule rewrites (entities, space-likes, invisibles, ZWNJ and its stand-ins,
 *  soft hyphen, kashida, presentation forms), a double space, or white space a trim removes. A line without
 *  any of them (after NFC) comes out unchanged, so most lines skip the ten passes. Letter unification adds
 *  its own letters per language. Keep in step with chars.ts. */
const BASIC_TOUCHES = '&\\u00a0\\u00ac\\u00ad\\u061c\\u0640\\u1680\\u2000-\\u200f\\u202a-\\u202f\\u205f\\u2060\\u2066-\\u2069\\u3000\\t\\v\\f\\ufb50-\\ufdff\\ufe70-\\ufeff';
const BASIC_TOUCHES_RE: Readonly<Record<'fa' | 'ar' | 'other', RegExp>> = {
  fa: new RegExp(`[${BASIC_TOUCHES}يىكڪەہ]| {2}|^\\s|\\s$`),
  ar: new RegExp(`[${BASIC_TOUCHES}کڪی]| {2}|^\\s|\\s$`),
  other: new RegExp(`[${BASIC_TOUCHES}]| {2}|^\\s|\\s$`),
};

/** Normalizes text at the given level; `none` returns it unchanged. */
export function normalizeText(text: string, options: NormalizeTextOptions): string {
  const level = resolveLevel(options.level, options.language);
  if (level === 'none') return text;
  const perLine = options.perLineLanguage ?? true;
  const join = options.joinSpacedAffixes ?? true;
  return text
    .split(/(\r?\n|\r)/)
    .map((part, i) => (i % 2 === 1 ? part
      : normalizeLine(part, perLine ? lineLanguage(part, options.language) : options.language, level, options.digits ?? null, join)))
    .join('');
}

/** The document language, unless the line is Arabic script with enough letters saying fa or ar. */
export function lineLanguage(line: string, documentLanguage: string | null): string | null {
  if (!ARABIC_SCRIPT_RE.test(line)) return documentLanguage;
  // Cheap exits first: a line can only switch language with the other language's letters in it.
  if (documentLanguage === 'fa' && !ARABIC_ONLY_LETTERS_RE.test(line)) return documentLanguage;
  if (documentLanguage === 'ar' && !PERSIAN_ONLY_LETTERS_RE.test(line)) return documentLanguage;
  const letters = (line.match(ARABIC_LETTER_COUNT_RE) ?? []).length;
  if ((documentLanguage === 'fa' || documentLanguage === 'ar') && letters < MIN_LETTERS_FOR_LINE_LANGUAGE) return documentLanguage;
  const own = arabicScriptLanguage(line);
  if (own === null) return documentLanguage === 'fa' || documentLanguage === 'ar' ? documentLanguage : documentLanguage ?? null;
  if (documentLanguage !== 'fa' && documentLanguage !== 'ar') return own;
  return letters >= MIN_LETTERS_FOR_LINE_LANGUAGE ? own : documentLanguage;
}

function normalizeLine(line: string, language: string | null, level: 'basic' | 'full', digits: DigitStyle | null, join: boolean): string {
  let out = basicLine(line, language);
  if (level === 'full' && (language === 'fa' || language === 'ar') && ARABIC_SCRIPT_RE.test(out)) out = fullLine(out, language, join);
  if (digits !== null) out = convertDigits(out, digits, language);
  return out;
}

/** NFC, entities, invisible characters, spaces, presentation forms, kashida, letter unification. */
export function basicLine(line: string, language: string | null): string {
  let out = line.normalize('NFC');
  if (!BASIC_TOUCHES_RE[language === 'fa' || language === 'ar' ? language : 'other'].test(out)) return out;
  if (out.includes('&')) out = decodeEntities(out);
  out = out.replace(SPACE_LIKE_RE, ' ');
  if (ARABIC_SCRIPT_RE.test(out)) {
    out = out
      .replace(ZWNJ_STAND_INS_RE, '\u200c')
      .replace(PRESENTATION_FORMS_RE, (s) => s.normalize('NFKC'))
      .replace(KASHIDA_RE, '');
    out = unifyLetters(out, language);
  }
  out = out.replace(INVISIBLE_RE, '').replace(/\u00ad/g, '');
  if (out.includes('\u200c')) {
    out = out.replace(/\u200c{2,}/g, '\u200c').replace(NON_JOINING_ZWNJ_RE, '').replace(EDGE_ZWNJ_RE, '');
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

function unifyLetters(text: string, language: string | null): string {
  if (language === 'fa') return text.replace(ARABIC_TO_PERSIAN_RE, (c) => ARABIC_TO_PERSIAN[c] ?? c);
  if (language === 'ar') {
    // Persian keyboards type ی for both Arabic ي (inside a word, where it shows its dots) and ى (at the end,
    // where ی is dotless): keep the shape the reader saw.
    return text
      .replace(PERSIAN_TO_ARABIC_RE, (c) => PERSIAN_TO_ARABIC[c] ?? c)
      .replace(/ی(?=[\u0620-\u064a\u0654\u064b-\u0652])/g, 'ي')
      .replace(/ی/g, 'ى');
  }
  return text;
}

/** Diacritics, punctuation spacing, quotes; then for Persian spaced affixes and ZWNJ restoration. */
function fullLine(line: string, language: 'fa' | 'ar', join: boolean): string {
  let out = line.replace(STRAY_MARK_RE, '').replace(REPEATED_MARK_RE, '$1');
  if (language === 'fa') out = out.replace(PERSIAN_STRAY_HARAKAT_RE, '');
  out = fixPunctuationSpacing(useGuillemets(out));
  if (language === 'fa') {
    const restorer = defaultRestorer();
    out = restorer.restoreText(join ? restorer.joinSpacedAffixes(out) : out);
  }
  return out.trim();
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY_RE, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? m;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

/** Rewrites digits: latin → 0-9 everywhere; persian → ۰-۹ (٠-٩ in Arabic text), leaving tokens with Latin
 *  letters (URLs, model names such as A320) as written. */
export function convertDigits(text: string, style: DigitStyle, language: string | null): string {
  if (style === 'latin') {
    return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
  }
  const target = language === 'ar' ? DIGITS.arabic : DIGITS.persian;
  return text.replace(/\S+/g, (token) => (/[A-Za-z]/.test(token) ? token
    : token.replace(/[0-9\u06f0-\u06f9\u0660-\u0669]/g, (d) => target[digitValue(d)] ?? d)));
}

function digitValue(d: string): number {
  const c = d.charCodeAt(0);
  return c >= 0x06f0 ? c - 0x06f0 : c >= 0x0660 ? c - 0x0660 : c - 0x30;
}
