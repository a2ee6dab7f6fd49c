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

/** What each Arabic-block character becomes in a key: '' (dropped), the folded character, or undefined (kept). */
const ARABIC_FOLD: Array<string | undefined> = new Array<string | undefined>(0x100).fill(undefined);
for (const [from, to] of Object.entries(LETTERS)) ARABIC_FOLD[from.charCodeAt(0) - 0x0600] = to;
for (const c of '\u0640\u0670') ARABIC_FOLD[c.charCodeAt(0) - 0x0600] = '';
for (let c = 0x064b; c <= 0x065f; c++) ARABIC_FOLD[c - 0x0600] = '';
for (let c = 0; c <= 9; c++) { ARABIC_FOLD[0x60 + c] = String(c); ARABIC_FOLD[0xf0 + c] = String(c); }

/** True for characters outside ASCII and the Arabic block that the key drops (format controls). */
const isDroppedFormat = (c: number): boolean => (c >= 0x200c && c <= 0x200f) || c === 0x00ad || c === 0xfeff;

/** False when `tokenKey` keeps the character as it is in every token (ASCII other than A–Z, and the Arabic
 *  block's letters that need no folding): a token made only of such characters is its own key. */
export function keyMayChange(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c >= 0x0600 && c <= 0x06ff) return ARABIC_CHANGES[c - 0x0600] === 1;
  return true;
}

/**
 * One pass over the characters does what `referenceTokenKey` does with three replacements and a case
 * fold: every change is per character, and the folded characters have no case, so folding first and
 * lower-casing the result is the same string. Most tokens need neither step and come back as they are.
 */
export function tokenKey(token: string): string {
  let lower = false, fold = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 0x80) { if (c >= 65 && c <= 90) lower = true; continue; }
    if (c >= 0x0600 && c <= 0x06ff) { if (ARABIC_CHANGES[c - 0x0600]) fold = true; continue; }
    if (isDroppedFormat(c)) fold = true;
    else lower = true;
  }
  if (!fold) return lower ? token.toLowerCase() : token;
  let out = '';
  let from = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const to = c >= 0x0600 && c <= 0x06ff ? ARABIC_FOLD[c - 0x0600] : isDroppedFormat(c) ? '' : undefined;
    if (to === undefined) continue;
    out += token.slice(from, i) + to;
    from = i + 1;
  }
  out += token.slice(from);
  return lower ? out.toLowerCase() : out;
}

/** The definition of `tokenKey`. */
export function referenceTokenKey(token: string): string {
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
