/**
 * Splits a field into word and punctuation tokens with offsets into the original string.
 * Words keep inner ZWNJ, apostrophes, hyphens and dots ("می‌گوید", "O'Brien", "Lloyd-Webber", "U.S.");
 * a final dot stays only on dotted abbreviations ("U.S.", "P.J.") so "Washington." ends before the dot.
 *
 * The definition is TOKEN_RE below (`referenceTokenize`); `tokenizeColumns` scans the characters by hand
 * with a memoized per-character class, because it runs on every character of every document and the
 * regular expression was a tenth of the stage's time. tests/unit/entities/fast-paths.test.ts proves they
 * agree.
 */
import { keyMayChange, tokenKey } from './token-key';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True for a run of letters/digits; false for a punctuation or symbol character. */
  readonly word: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}\u200c\u200d]+(?:['’\-.][\p{L}\p{M}\p{N}\u200c\u200d]+)*|\S/gu;

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const DOTTED_ABBREVIATION_RE = /^(?:\p{L}\.)*\p{L}$/u;
const isJoinerControl = (c: number): boolean => c === 0x200c || c === 0x200d;

/** The regular-expression definition of `tokenize`. */
export function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let value = m[0];
    let end = m.index + value.length;
    const word = LETTER_OR_DIGIT_RE.test(value);
    // "U.S." / "P.J.": a dotted abbreviation keeps its final dot.
    if (word && text[end] === '.' && DOTTED_ABBREVIATION_RE.test(value) && value.includes('.')) {
      value += '.';
      end += 1;
      TOKEN_RE.lastIndex = end;
    }
    // Strip ZWNJ/ZWJ hanging at a word's edges: it belongs to neither side.
    let start = m.index;
    while (value.length > 1 && isJoinerControl(value.charCodeAt(value.length - 1))) { value = value.slice(0, -1); end -= 1; }
    while (value.length > 1 && isJoinerControl(value.charCodeAt(0))) { value = value.slice(1); start += 1; }
    tokens.push({ text: value, start, end, word });
  }
  return tokens;
}

/** Character class bits: KNOWN (computed), WORD (\p{L}\p{M}\p{N}, ZWNJ, ZWJ), LN (\p{L}\p{N}), SPACE (\s),
 *  KEYED (`tokenKey` may change a token holding this character, see `keyMayChange`). */
const KNOWN = 1, WORD = 2, LN = 4, SPACE = 8, KEYED = 16;
/** Class bits below this shift, the code point's length in code units above it. */
const SIZE_SHIFT = 5;
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}\u200c\u200d]$/u;
const SPACE_RE = /^\s$/u;

function classOf(ch: string): number {
  return KNOWN | (WORD_CHAR_RE.test(ch) ? WORD : 0) | (LETTER_OR_DIGIT_RE.test(ch) ? LN : 0) | (SPACE_RE.test(ch) ? SPACE : 0)
    | (keyMayChange(ch.charCodeAt(0)) ? KEYED : 0);
}

/** Classes of BMP code units, filled on first sight (surrogates are classed per code point below). */
const BMP_CLASS = new Uint8Array(0x10000);
const ASTRAL_CLASS = new Map<number, number>();

/** Class and length (1 or 2 code units) of the code point at i, packed as class | length << SIZE_SHIFT. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      let k = ASTRAL_CLASS.get(cp);
      if (k === undefined) { k = classOf(String.fromCodePoint(cp)); ASTRAL_CLASS.set(cp, k); }
      return k | (2 << SIZE_SHIFT);
    }
  }
  let k = BMP_CLASS[c] ?? 0;
  if (k === 0) { k = classOf(String.fromCharCode(c)); BMP_CLASS[c] = k; }
  return k | (1 << SIZE_SHIFT);
}

const isSeparator = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e;

/** One field's tokens as parallel columns: no object per token (a document has hundreds). */
export interface TokenColumns {
  readonly count: number;
  /** Token i's characters, `text.slice(starts[i], ends[i])`. */
  readonly raw: readonly string[];
  /** `tokenKey(raw[i])`. */
  readonly keys: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 where token i is a run of letters/digits; 0 for a punctuation or symbol character. */
  readonly words: Uint8Array;
}

/** Scratch columns, grown to the longest field seen and copied out at their used length: arrays grown
 *  by push allocate about three times their final size on the way. They keep the last long field's
 *  token strings until a longer one comes (a few thousand short strings). */
const scratchTexts: string[] = [], scratchKeys: string[] = [];
let scratchStarts = new Int32Array(1024), scratchEnds = new Int32Array(1024), scratchWords = new Uint8Array(1024);

function growScratch(): void {
  const size = scratchStarts.length * 2;
  const starts = new Int32Array(size), ends = new Int32Array(size), words = new Uint8Array(size);
  starts.set(scratchStarts);
  ends.set(scratchEnds);
  words.set(scratchWords);
  scratchStarts = starts;
  scratchEnds = ends;
  scratchWords = words;
}

export function tokenizeColumns(text: string): TokenColumns {
  let count = 0;
  // `keyed`: some character of the token may change in its key; most tokens have none and are their own key.
  const add = (start: number, end: number, word: boolean, keyed: boolean): void => {
    if (count === scratchStarts.length) growScratch();
    const t = text.slice(start, end);
    scratchTexts[count] = t;
    scratchKeys[count] = keyed ? tokenKey(t) : t;
    scratchStarts[count] = start;
    scratchEnds[count] = end;
    scratchWords[count] = word ? 1 : 0;
    count++;
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    const size = cp >> SIZE_SHIFT;
    if (cp & SPACE) { i += size; continue; }
    let start = i;
    if (!(cp & WORD)) {
      // One non-space code point that opens no word: punctuation or a symbol (never a letter or digit).
      add(i, i + size, false, (cp & KEYED) !== 0);
      i += size;
      continue;
    }
    // Word characters, then any number of (separator, word characters).
    let word = (cp & LN) !== 0;
    let keyed = cp & KEYED;
    let dotted = false;
    let end = i + size;
    for (;;) {
      while (end < n) {
        const k = codePointAt(text, end);
        if (!(k & WORD)) break;
        if (k & LN) word = true;
        keyed |= k;
        end += k >> SIZE_SHIFT;
      }
      if (end + 1 < n && isSeparator(text.charCodeAt(end)) && (codePointAt(text, end + 1) & WORD)) {
        const sep = text.charCodeAt(end);
        if (sep === 0x2e) dotted = true;
        if (keyMayChange(sep)) keyed = KEYED;
        end += 1;
        continue;
      }
      break;
    }
    // "U.S." / "P.J.": a dotted abbreviation keeps its final dot.
    if (word && dotted && text.charCodeAt(end) === 0x2e && DOTTED_ABBREVIATION_RE.test(text.slice(start, end))) end += 1;
    i = end;
    // Strip ZWNJ/ZWJ hanging at a word's edges: it belongs to neither side.
    while (end - start > 1 && isJoinerControl(text.charCodeAt(end - 1))) end -= 1;
    while (end - start > 1 && isJoinerControl(text.charCodeAt(start))) start += 1;
    add(start, end, word, (keyed & KEYED) !== 0);
  }
  return {
    count, raw: scratchTexts.slice(0, count), keys: scratchKeys.slice(0, count), starts: scratchStarts.slice(0, count), ends: scratchEnds.slice(0, count),
    words: scratchWords.slice(0, count),
  };
}

/** `tokenizeColumns` as one object per token (tests and scripts). */
export function tokenize(text: string): Token[] {
  const c = tokenizeColumns(text);
  const tokens: Token[] = [];
  for (let i = 0; i < c.count; i++) tokens.push({ text: c.raw[i] ?? '', start: c.starts[i] ?? 0, end: c.ends[i] ?? 0, word: c.words[i] === 1 });
  return tokens;
}
