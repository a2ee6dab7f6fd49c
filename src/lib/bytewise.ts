/**
 * Bytewise (UTF-8) order of strings, independent of locale. UTF-8 byte order is Unicode code point order,
 * and JavaScript's `<` compares UTF-16 code units, which differs from it in one place only: a surrogate
 * (half of a character above U+FFFF, 0xD800–0xDFFF) sorts before U+E000–U+FFFF in UTF-16 but after it by
 * code point. Comparing code units with that range fixed up gives the byte order without encoding each
 * string (Buffer.from per comparison cost two allocations for every step of a sort).
 */

/** Negative, zero or positive as `a` sorts before, with or after `b` bytewise in UTF-8. */
export function compareBytewise(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** A code unit's place in code point order: surrogates move above U+FFFF's neighbours. */
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}
