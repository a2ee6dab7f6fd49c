/**
 * Token match keys for the entity stage: the same folding as the scorer's and the cleaner's match keys
 * (Arabic/Persian letter variants, digit scripts, ZWNJ, tatweel, diacritics, case), but per token and
 * without NFKC, because it runs on every token of every document and its input is already normalized.
 * Gazetteer keys, rule vocabularies and tagger features all go through this one function, so training
 * and run time see identical strings.
 */
const LETTERS: Readonly<Record<string, string>> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'آ': 'ا', 'ؤ': 'و',
};
const DROP_RE = /[\u200c\u200d\u200e\u200f\u0640\u00ad\ufeff\u064b-\u065f\u0670]/g;
const LETTER_RE = /[يىئكةۀأإٱآؤ]/g;
const DIGIT_RE = /[\u06f0-\u06f9\u0660-\u0669]/g;

/** Characters of the Arabic block that the key changes (letter variants, diacritics, tatweel, digits). */
const ARABIC_CHANGES = new Uint8Array(0x100);
for (const c of 'يىئكةۀأإٱآؤ\u0640\u0670') ARABIC_CHANGES[c.charCodeAt(0) - 0x0600] = 1;
for (let c = 0x064b; c <= 0x065f; c++) ARABIC_CHANGES[c - 0x0600] = 1;
for (let c = 0x0660; c <= 0x0669; c++) ARABIC_CHANGES[c - 0x0600] = 1;
for (let c = 0x06f0; c <= 0x06f9; c++) ARABIC_CHANGES[c - 0x0600] = 1;

/** True when the key of `token` is the token itself (most tokens): lower-case ASCII and plain letters. */
function alreadyKey(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x80) { if (c >= 65 && c <= 90) return false; continue; }
    if (c >= 0x0600 && c <= 0x06ff) { if (ARABIC_CHANGES[c - 0x0600]) return false; continue; }
    return false;
  }
  return true;
}

export function tokenKey(token: string): string {
  if (alreadyKey(token)) return token;
  return token
    .replace(DROP_RE, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .replace(DIGIT_RE, (c) => String(c.charCodeAt(0) - (c >= '\u06f0' ? 0x06f0 : 0x0660)))
    .toLowerCase();
}

/** Key of a phrase: its tokens' keys joined by one space (how gazetteers store multi-word names). */
export function phraseKey(tokens: readonly string[]): string {
  return tokens.map(tokenKey).join(' ');
}
