/**
 * Match keys: a folded form of text used only for comparing and pattern matching (never for output).
 * Unifies Arabic/Persian letter variants and the three digit scripts, drops ZWNJ/ZWJ, bidi marks,
 * tatweel and diacritics, lower-cases, and collapses white space, so rules written once match
 * "بین‌الملل", "بینالملل", "بين الملل" alike (shared/docs/persian-text.md §6.0).
 *
 * Every block of every page is folded (often more than once), so after NFKC the folding is one pass over
 * the characters with a lookup table instead of a chain of regex replacements (the chain was the
 * classifier's largest single cost). The table encodes exactly what the chain did:
 *   drop   ZWNJ ZWJ LRM RLM, bidi embeddings/isolates, tatweel, soft hyphen, BOM, Arabic diacritics
 *   map    ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ ٱ آ → ا, ؤ → و, Persian and Arabic-Indic digits → 0-9
 *   space  every JS white-space character; runs collapse to one space, none at either end
 */

const KEEP = 0;
const DROP = 1;
const SPACE = 2;
const MAP = 3;

/** Action per UTF-16 code unit (surrogate halves are kept: no astral character is folded). */
const ACTION = new Uint8Array(0x10000);
const MAPPED = new Map<number, string>();

function setRange(from: number, to: number, action: number): void {
  for (let c = from; c <= to; c++) ACTION[c] = action;
}
function mapChars(chars: string, to: string): void {
  for (const ch of chars) { ACTION[ch.charCodeAt(0)] = MAP; MAPPED.set(ch.charCodeAt(0), to); }
}

// Dropped: format and bidi characters, tatweel, soft hyphen, BOM; diacritics U+064B–U+065F and U+0670.
for (const c of [0x200c, 0x200d, 0x200e, 0x200f, 0x0640, 0x00ad, 0xfeff]) ACTION[c] = DROP;
setRange(0x202a, 0x202e, DROP);
setRange(0x2066, 0x2069, DROP);
setRange(0x064b, 0x065f, DROP);
ACTION[0x0670] = DROP;
// Letter variants.
mapChars('يىئ', 'ی');
mapChars('ك', 'ک');
mapChars('ةۀ', 'ه');
mapChars('أإٱآ', 'ا');
mapChars('ؤ', 'و');
// Digits.
for (let d = 0; d <= 9; d++) {
  ACTION[0x06f0 + d] = MAP; MAPPED.set(0x06f0 + d, String(d));
  ACTION[0x0660 + d] = MAP; MAPPED.set(0x0660 + d, String(d));
}
// JS `\s` (WhiteSpace and LineTerminator), minus U+FEFF, which is dropped before spaces are collapsed.
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) ACTION[c] = SPACE;
setRange(0x2000, 0x200a, SPACE);

/** Folds text to its match key. The result keeps spaces between words; ZWNJ becomes nothing. */
export function foldForMatching(text: string): string {
  const s = text.normalize('NFKC');
  let out = '';
  // s[runStart, i) is a run of kept characters not yet appended to out.
  let runStart = 0;
  // White space seen since the last character written: becomes one space before the next one.
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const action = ACTION[s.charCodeAt(i)]!;
    if (action === KEEP) {
      if (space) { if (out !== '') out += ' '; space = false; }
      continue;
    }
    out += s.slice(runStart, i);
    runStart = i + 1;
    if (action === SPACE) space = true;
    else if (action === MAP) {
      if (space) { if (out !== '') out += ' '; space = false; }
      out += MAPPED.get(s.charCodeAt(i))!;
    }
  }
  out += s.slice(runStart);
  // Lower-casing never creates or removes white space or the characters folded above, so it can come last.
  return out.toLowerCase();
}
