/** Below this length V8 copies a slice instead of making it a view of the sliced string. */
const SLICE_VIEW_MIN_LENGTH = 13;

/** A copy of `s` that owns its characters. A slice of a long string may be a view that keeps the whole
 *  string alive: a string kept in a long-lived table would otherwise pin the text it was cut from. */
export function ownCopy(s: string): string {
  return s.length < SLICE_VIEW_MIN_LENGTH ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}
