/**
 * Match keys: a folded form of text used only for comparing and pattern matching (never for output).
 * Unifies Arabic/Persian letter variants and the three digit scripts, drops ZWNJ/ZWJ, bidi marks,
 * tatweel and diacritics, lower-cases, and collapses white space, so rules written once match
 * "بین‌الملل", "بینالملل", "بين الملل" alike (shared/docs/persian-text.md §6.0).
 */
const LETTERS: Readonly<Record<string, string>> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'آ': 'ا', 'ؤ': 'و',
};
const LETTER_RE = /[يىئكةۀأإٱآؤ]/g;

/** Folds text to its match key. The result keeps spaces between words; ZWNJ becomes nothing. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640\u00ad\ufeff]/g, '')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
