/**
 * A read-only map from pairs of small non-negative integers to integers, in one typed array (open
 * addressing). The tagger's word-pair features were 9,000 small Maps of heap strings, three quarters of
 * the entity model's heap, which every major garbage collection in every worker marked again; typed
 * arrays are never traced. With the pair's words as ids, a lookup hashes two integers instead of a
 * string, and each place holds its pair and value side by side, so a lookup (most find nothing) reads
 * one cache line, not one per array.
 */
export class IntPairMap {
  /** Places of three values: first + 1 (0 = empty), second, value. Over twice as many places as pairs. */
  private readonly table: Int32Array;
  private readonly mask: number;
  private pairs = 0;

  private constructor(places: number) {
    this.table = new Int32Array(places * 3);
    this.mask = places - 1;
  }

  /** Distinct pairs held. */
  get size(): number {
    return this.pairs;
  }

  /** Builds the map from parallel lists; a pair given twice keeps its last value, as Map.set would. */
  static from(firsts: readonly number[], seconds: readonly number[], values: readonly number[]): IntPairMap {
    let places = 2;
    while (places < firsts.length * 2 + 1) places *= 2;
    const map = new IntPairMap(places);
    for (let i = 0; i < firsts.length; i++) map.put(firsts[i] ?? 0, seconds[i] ?? 0, values[i] ?? 0);
    return map;
  }

  /** The value of (a, b), or -1 when the pair is absent. */
  get(a: number, b: number): number {
    const at = this.placeOf(a, b);
    return this.table[at] === 0 ? -1 : this.table[at + 2] ?? -1;
  }

  /** Stores (a, b) → value. */
  private put(a: number, b: number, value: number): void {
    const at = this.placeOf(a, b);
    if (this.table[at] === 0) this.pairs++;
    this.table[at] = a + 1;
    this.table[at + 1] = b;
    this.table[at + 2] = value;
  }

  /** The offset of the place holding (a, b), or of the empty place where it would go. */
  private placeOf(a: number, b: number): number {
    const t = this.table;
    for (let p = hash(a, b) & this.mask; ; p = (p + 1) & this.mask) {
      const at = p * 3;
      const first = t[at] ?? 0;
      if (first === 0 || (first === a + 1 && t[at + 1] === b)) return at;
    }
  }
}

function hash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 16), 0x85ebca6b)) >>> 0;
}
