/**
 * Splits a field into word and punctuation tokens with offsets into the original string.
 * Words keep inner ZWNJ, apostrophes, hyphens and dots ("می‌گوید", "O'Brien", "Lloyd-Webber", "U.S.");
 * a final dot stays only on dotted abbreviations ("U.S.", "P.J.") so "Washington." ends before the dot.
 */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** True for a run of letters/digits; false for a punctuation or symbol character. */
  readonly word: boolean;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}\u200c\u200d]+(?:['’\-.][\p{L}\p{M}\p{N}\u200c\u200d]+)*|\S/gu;

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const isJoinerControl = (c: number): boolean => c === 0x200c || c === 0x200d;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let value = m[0];
    let end = m.index + value.length;
    const word = LETTER_OR_DIGIT_RE.test(value);
    // "U.S." / "P.J.": a dotted abbreviation keeps its final dot.
    if (word && text[end] === '.' && /^(?:\p{L}\.)*\p{L}$/u.test(value) && value.includes('.')) {
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
