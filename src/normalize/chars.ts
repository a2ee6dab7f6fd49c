/** Character tables of the normalizer: data only, the rules that use them live in text.ts. */

/** HTML entities scrapers leave in text (`&zwnj;` most of all). Numeric entities are decoded separately. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  zwnj: '\u200c', zwj: '\u200d', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad',
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};
/** `&name;`, `&#1234;`, `&#x4d2;` — the only shapes decoded; anything else is left as written. */
export const ENTITY_RE = /&(?:([a-z]+)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;

/** Invisible characters removed outright: bidi embeddings and marks, zero-width space, word joiner, BOM, ALM. */
export const INVISIBLE_RE = /[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u061c]/g;

/** Space characters that become a plain space (NBSP and the typographic spaces). */
export const SPACE_LIKE_RE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;

/** Stand-ins for a ZWNJ between two Arabic-script letters: soft hyphen, Word's not-sign, ZWJ. */
export const ZWNJ_STAND_INS_RE = /(?<=[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff])[\u00ad\u00ac\u200d](?=[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff])/g;

/** Arabic letters written for Persian ones by Arabic keyboards and old encodings. */
export const ARABIC_TO_PERSIAN: Readonly<Record<string, string>> = {
  'ي': 'ی', 'ى': 'ی', 'ك': 'ک', 'ڪ': 'ک', 'ە': 'ه', 'ہ': 'ه',
};
export const ARABIC_TO_PERSIAN_RE = /[يىكڪەہ]/g;

/** Persian keheh written in Arabic text (Persian keyboards); ی is handled by position in text.ts. */
export const PERSIAN_TO_ARABIC: Readonly<Record<string, string>> = { 'ک': 'ك', 'ڪ': 'ك' };
export const PERSIAN_TO_ARABIC_RE = /[کڪ]/g;

/** Short-vowel marks Persian text rarely means to keep (fatha, damma, kasra, sukun, tanwin damm/kasr).
 *  Kept: tanwin fath (اصلاً), shadda, hamza above (خانهٔ), superscript alef. */
export const PERSIAN_STRAY_HARAKAT_RE = /[\u064c-\u0650\u0652]/g;
/** Any Arabic combining mark; "stray" when it follows no letter or repeats the previous mark. */
export const ARABIC_MARK = '[\\u064b-\\u065f\\u0670]';

/** Kashida / tatweel between or after letters (a run standing alone is kept, it may be a dash). */
export const KASHIDA_RE = /(?<=[\u0620-\u063f\u0641-\u06d3\u064b-\u065f])\u0640+|\u0640+(?=[\u0620-\u063f\u0641-\u06d3])/g;

/** Arabic presentation forms (contextual shapes, ligatures such as ﻻ ﷲ) → base letters via NFKC. */
export const PRESENTATION_FORMS_RE = /[\ufb50-\ufd3d\ufd50-\ufdfb\ufe70-\ufefc]+/g;

export const DIGITS = {
  latin: '0123456789',
  persian: '۰۱۲۳۴۵۶۷۸۹',
  arabic: '٠١٢٣٤٥٦٧٨٩',
} as const;
