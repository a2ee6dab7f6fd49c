/**
 * A read-only map from pairs of small non-negative integers to integers, in typed arrays (open addressing).
 * The tagger's word-pair features were 9,000 small Maps of heap strings, three quarters of the entity
 * model's heap, which every major garbage collection in every worker marked again; typed arrays are
 * never traced. With the pair's words as ids, a lookup hashes two integers instead of a string.
 */
export class IntPairMap {
  private constructor(
    private readonly firsts: Int32Array,
    private readonly seconds: Int32Array,
    private readonly values: Int32Array,
    /** 1 + the index of the pair placed at each slot; 0 = empty. Length a power of two, over twice the pairs. */
    private readonly slots: Int32Array,
  ) {}

  /** Builds the map from parallel lists; a pair given twice keeps its last value, as Map.set would. */
  static from(firsts: readonly number[], seconds: readonly number[], values: readonly number[]): IntPairMap {
    let size = 2;
    while (size < firsts.length * 2 + 1) size *= 2;
    const map = new IntPairMap(Int32Array.from(firsts), Int32Array.from(seconds), Int32Array.from(values), new Int32Array(size));
    for (let i = 0; i < firsts.length; i++) map.place(i);
    return map;
  }

  get size(): number {
    let n = 0;
    for (const s of this.slots) if (s !== 0) n++;
    return n;
  }

  /** The value of (a, b), or -1 when the pair is absent. */
  get(a: number, b: number): number {
    const mask = this.slots.length - 1;
    for (let p = hash(a, b) & mask; ; p = (p + 1) & mask) {
      const slot = this.slots[p] ?? 0;
      if (slot === 0) return -1;
      if (this.firsts[slot - 1] === a && this.seconds[slot - 1] === b) return this.values[slot - 1] ?? -1;
    }
  }

  private place(i: number): void {
    const a = this.firsts[i] ?? 0, b = this.seconds[i] ?? 0;
    const mask = this.slots.length - 1;
    for (let p = hash(a, b) & mask; ; p = (p + 1) & mask) {
      const slot = this.slots[p] ?? 0;
      if (slot === 0 || (this.firsts[slot - 1] === a && this.seconds[slot - 1] === b)) { this.slots[p] = i + 1; return; }
    }
  }
}

function hash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 16), 0x85ebca6b)) >>> 0;
}
