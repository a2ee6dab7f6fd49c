/**
 * Persian affixes the restorer splits off a fused word. Data, not logic: restore.ts decides when they fire
 * (only on a known stem, only after a joining letter).
 */

/** Plural ها with its ezafe/indefinite/pronoun tails; written after a ZWNJ (Academy rules). */
export const PLURAL_SUFFIXES: readonly string[] = [
  'ها', 'های', 'هایی', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان', 'هاست', 'هایند',
];

/** Comparative and superlative. */
export const COMPARATIVE_SUFFIXES: readonly string[] = ['تر', 'تری', 'ترین', 'ترینی', 'تریم', 'ترند'];

/** Indefinite ی, pronoun clitics and the short copula after a silent final ه (خانه‌ای، رفته‌اند). */
export const AFTER_SILENT_H: readonly string[] = ['ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند', 'ایست', 'مان', 'تان', 'شان'];

/** Endings of a stem that already carries a ZWNJ; they attach without one (هم‌تیمی، پیش‌بینی‌ها is plural). */
export const PLAIN_INFLECTIONS: readonly string[] = [
  'ی', 'ان', 'ات', 'ین', 'یان', 'گان', 'یی', 'م', 'ت', 'ش', 'مان', 'تان', 'شان', 'یم', 'ید', 'ند',
];

/** Clitics after a final ی, written after a ZWNJ (تحصیلی‌ام، ترقی‌اش، انسانی‌اند). */
export const AFTER_FINAL_YE: readonly string[] = ['ای', 'ام', 'ات', 'اش', 'ایم', 'اید', 'اند'];

/** Participles that form compounds with a noun, written after a ZWNJ (تشکیل‌دهنده، اعلام‌شده). */
export const PARTICIPLE_SUFFIXES: readonly string[] = [
  'شده', 'شدگان', 'کننده', 'کنندگان', 'کنندگی', 'دهنده', 'دهندگان', 'دهندگی', 'کنندهها', 'دهندهها',
];

/** Pronouns whose plural PerDT-style news writes attached (آنها، اینها); the zwnj style writes آن‌ها. */
export const PRONOUNS_WITH_ATTACHED_PLURAL: readonly string[] = ['آن', 'این'];

/** Prefixes written apart with a ZWNJ before an attested word. */
export const SEPARABLE_PREFIXES: readonly string[] = ['بی', 'هم'];

/** The durative prefix and its negation. */
export const DURATIVE_PREFIXES: readonly string[] = ['می', 'نمی'];

/** Verbal prefixes written attached before می (برمی‌گردد، درمی‌آید). */
export const PREVERBS: readonly string[] = ['بر', 'در', 'فرا', 'باز', 'وا', 'فرو', 'ور'];

/** Person endings after a present stem; vowel-final stems take a glide ی first. */
export const PRESENT_ENDINGS: readonly string[] = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
export const PRESENT_ENDINGS_AFTER_VOWEL: readonly string[] = ['یم', 'یی', 'ید', 'ییم', 'یید', 'یند'];

/** Person endings after a past stem (third singular is bare). */
export const PAST_ENDINGS: readonly string[] = ['', 'م', 'ی', 'یم', 'ید', 'ند'];

/** Perfect endings after a past participle in ه, written after a ZWNJ (رفته‌اند). */
export const PERFECT_ENDINGS: readonly string[] = ['ام', 'ای', 'ایم', 'اید', 'اند'];

/** Present stems used bare after می (impersonal: می‌توان، نمی‌توان). */
export const IMPERSONAL_STEMS: readonly string[] = ['توان'];

/** Object clitics a verb may carry (می‌گویمش); kept short to stay precise. */
export const VERB_CLITICS: readonly string[] = ['', 'ش', 'شان'];

/** Suffixes a writer may have typed after a space (کتاب ها، بزرگ ترین); joined back to a known word.
 *  Not تر / تری: alone they are the adjective "wet" (لباس تر). */
export const SPACED_SUFFIXES: readonly string[] = [...PLURAL_SUFFIXES, 'ترین'];

/** Endings typed after a space following a word in silent ه (رفته اند، نامه ای). */
export const SPACED_AFTER_SILENT_H: readonly string[] = ['ای', 'ام', 'اند', 'ایم', 'اید', 'اش'];
