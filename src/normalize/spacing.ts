/**
 * Punctuation spacing and quotes for Arabic-script text (level full). Conservative: a rule fires only next
 * to an Arabic-script letter, so numbers (3.5, 11:45), URLs and Latin text keep their punctuation as written.
 */
const AR = '\\u0600-\\u06ff';
const LETTER = `[\\u0620-\\u064a\\u066e-\\u06d3\\u06d5\\u06fa-\\u06ff]`;

/** Closing marks take no space before them; opening marks none after. */
const SPACE_BEFORE_CLOSING = new RegExp(`(?<=[${AR})\\]»])\\s+(?=[،؛؟!.:)\\]}»])`, 'g');
const SPACE_AFTER_OPENING = /([(\[{«])\s+/g;
const SPACE_BEFORE_OPENING_QUOTE_CLOSE = /\s+»/g;
/** A separating mark glued to the next word gets a space (the dot and colon only before a letter). */
const NO_SPACE_AFTER_SEPARATOR = new RegExp(`([،؛؟!])(?=${LETTER}|«)`, 'g');
const NO_SPACE_AFTER_DOT = new RegExp(`(?<=${LETTER}[.:])(?=${LETTER})`, 'g');
/** Latin , ; ? after an Arabic-script letter become their Arabic forms. */
const LATIN_MARKS_AFTER_LETTER = new RegExp(`(?<=${LETTER})\\s*([,;?])(?=\\s|$|${LETTER})`, 'g');
const ARABIC_FORM: Readonly<Record<string, string>> = { ',': '،', ';': '؛', '?': '؟' };
/** A pair of straight or curly double quotes around text with Arabic script, on one line. */
const QUOTE_PAIR = new RegExp(`["“”]\\s*([^"“”\\n]*[${AR}][^"“”\\n]*?)\\s*["“”]`, 'g');

export function fixPunctuationSpacing(line: string): string {
  return line
    .replace(LATIN_MARKS_AFTER_LETTER, (_m, mark: string) => ARABIC_FORM[mark] ?? mark)
    .replace(SPACE_BEFORE_CLOSING, '')
    .replace(SPACE_AFTER_OPENING, '$1')
    .replace(SPACE_BEFORE_OPENING_QUOTE_CLOSE, '»')
    .replace(NO_SPACE_AFTER_SEPARATOR, '$1 ')
    .replace(NO_SPACE_AFTER_DOT, ' ')
    .replace(/ {2,}/g, ' ');
}

/** "…" and “…” around Arabic-script text become «…». */
export function useGuillemets(line: string): string {
  return line.replace(QUOTE_PAIR, (_m, inner: string) => `«${inner}»`);
}
