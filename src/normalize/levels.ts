/**
 * What each `--normalize` level does (the user-facing contract; README/--help quote it).
 *
 *   none   Text is left byte-identical.
 *   basic  Every language, per line, line breaks kept:
 *          - Unicode NFC;
 *          - HTML entities decoded: &zwnj; &nbsp; &amp; … and numeric &#8204; &#x200c;;
 *          - invisible characters removed (bidi marks and embeddings, zero-width space, word joiner, BOM,
 *            Arabic letter mark); soft hyphen, ¬ and ZWJ between two Arabic-script letters become ZWNJ;
 *            ZWNJ runs collapsed, ZWNJ dropped next to a space, at a word edge or after a non-joining letter;
 *          - NBSP, tabs and typographic spaces become one space; runs of spaces collapsed; lines trimmed;
 *          - Arabic-script text: presentation forms and ligatures (ﻻ ﷲ) to base letters; kashida removed;
 *            letters unified by language — Persian: ي ى → ی, ك ڪ → ک, ە ہ → ه; Arabic: ک → ك and ی → ي
 *            inside a word, ى at its end (Arabic text never gets Persian letters);
 *          - digits kept as written unless --digits asks (latin: 0-9; persian: ۰-۹, or ٠-٩ in Arabic text).
 *   full   basic, plus for Persian and Arabic text:
 *          - stray diacritics removed (marks after no letter, a mark repeated); Persian also drops the
 *            short vowels and sukun, keeping tanwin-fath (اصلاً), shadda and hamza above (خانهٔ);
 *          - punctuation spacing: no space before ، ؛ ؟ ! . : ) » or after ( «, one space after ، ؛ ؟ !
 *            before a word; , ; ? right after an Arabic-script word become ، ؛ ؟;
 *          - "…" / “…” around Arabic-script text become «…»;
 *          and for Persian only:
 *          - spaced affixes joined: می شود → می‌شود, کتاب ها → کتاب‌ها, رفته اند → رفته‌اند, بی شک → بی‌شک;
 *          - ZWNJ restored in fused words: گفتوگوی → گفت‌وگوی, نمیکند → نمی‌کند (src/normalize/zwnj/).
 *          Other languages: full = basic.
 * Default: full for Persian, basic for everything else.
 */
import type { NormalizeLevel } from '../options';

export type DigitStyle = 'latin' | 'persian';

export const LEVELS: readonly NormalizeLevel[] = ['none', 'basic', 'full'];
export const DIGIT_STYLES: readonly DigitStyle[] = ['latin', 'persian'];

/** The level used when none is asked for (issue 3: full for Persian, basic otherwise). */
export function defaultLevel(language: string | null): NormalizeLevel {
  return language === 'fa' ? 'full' : 'basic';
}

export function resolveLevel(level: NormalizeLevel | null, language: string | null): NormalizeLevel {
  return level ?? defaultLevel(language);
}
