/** Letter classes the ZWNJ restorer needs. */

export const ZWNJ = '\u200c';

/** Letters that never join the following letter: a ZWNJ after them changes nothing visible, so it is never inserted. */
const NON_JOINING = new Set([...'اآأإٱدذرزژوؤةۀءۇۆۈۋ']);

/** True when a ZWNJ after this letter would separate two joined shapes, the only place one belongs. */
export function joinsNext(letter: string | undefined): boolean {
  return letter !== undefined && !NON_JOINING.has(letter) && isPersianLetter(letter);
}

/** Persian letters (Arabic block letters used in Persian, plus پ چ ژ ک گ ی and hamza above). */
export function isPersianLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || c === 0x067e || c === 0x0686
    || c === 0x0698 || c === 0x06a9 || c === 0x06af || c === 0x06cc || c === 0x0654;
}
