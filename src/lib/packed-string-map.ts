/**
 * A read-only map from strings to integers kept in four typed arrays instead of a Map or a dictionary
 * object. Large word lists (the ZWNJ lexicon, the tagger's feature rows) live for a worker's whole life:
 * as Maps they were tens of thousands of heap strings and hash-table entries that every major garbage
 * collection marks again, in every worker. Typed arrays are never traced, and take under half the memory.
 * Lookups hash the key's UTF-16 code units (FNV-1a) and probe an open-addressing table.
 */
export class PackedStringMap {
  private constructor(
    /** Every key's code units, each key followed by one separator unit (its value does not matter). */
    private readonly chars: Uint16Array,
    /** Key i is chars[starts[i] … starts[i + 1] - 1). */
    private readonly starts: Uint32Array,
    private readonly values: Int32Array,
    /** 1 + the index of the key hashed to each place; 0 = empty. Length a power of two, over twice the keys. */
    private readonly slots: Int32Array,
  ) {
    for (let i = 0; i < values.length; i++) this.place(i);
  }

  /** Builds the map; a key given twice keeps its last value, as Map.set would. */
  static from(entries: Iterable<readonly [string, number]>): PackedStringMap {
    const keys: string[] = [];
    const values: number[] = [];
    for (const [k, v] of entries) { keys.push(k); values.push(v); }
    // One native join and one native UTF-16 copy: the per-character loops of a word list this size take
    // tens of milliseconds while the code is still cold, and this runs once, at load.
    const chars = utf16(keys.join('\n') + '\n');
    const starts = new Uint32Array(keys.length + 1);
    for (let i = 0, at = 0; i < keys.length; i++) {
      starts[i] = at;
      at += (keys[i] ?? '').length + 1;
    }
    starts[keys.length] = chars.length;
    return new PackedStringMap(chars, starts, Int32Array.from(values), new Int32Array(tableSize(keys.length)));
  }

  /** Lines of `text` (split at "\n") mapped to `values[line]`, or to their line numbers, without
   *  splitting the text. An empty text has no lines (a word list with no words). */
  static fromLines(text: string, values?: ArrayLike<number>): PackedStringMap {
    if (text === '') return PackedStringMap.from([]);
    const chars = utf16(text + '\n');
    const lineStarts = [0];
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) lineStarts.push(nl + 1);
    const n = lineStarts.length;
    const starts = Uint32Array.from(lineStarts.concat(chars.length));
    if (values !== undefined && values.length !== n) throw new Error(`packed string map: ${n} lines but ${values.length} values`);
    const vals = values === undefined ? Int32Array.from({ length: n }, (_, i) => i) : Int32Array.from(values);
    return new PackedStringMap(chars, starts, vals, new Int32Array(tableSize(n)));
  }

  get size(): number {
    return this.values.length;
  }

  get(key: string): number | undefined {
    const i = this.indexOf(key);
    return i === -1 ? undefined : this.values[i];
  }

  /** The entry number of `key` (0 … size - 1, in the order given), or -1: lets a caller keep its own
   *  per-entry data in an array. */
  indexOf(key: string): number {
    const mask = this.slots.length - 1;
    for (let p = hashOf(key) & mask; ; p = (p + 1) & mask) {
      const slot = this.slots[p] ?? 0;
      if (slot === 0) return -1;
      if (this.keyIs(slot - 1, key)) return slot - 1;
    }
  }

  valueAt(index: number): number {
    return this.values[index] ?? 0;
  }

  has(key: string): boolean {
    return this.indexOf(key) !== -1;
  }

  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.values.length; i++) yield [this.keyAt(i), this.values[i] ?? 0];
  }

  private keyAt(i: number): string {
    return String.fromCharCode(...this.chars.subarray(this.starts[i] ?? 0, (this.starts[i + 1] ?? 1) - 1));
  }

  private keyIs(i: number, key: string): boolean {
    const start = this.starts[i] ?? 0;
    if ((this.starts[i + 1] ?? 0) - 1 - start !== key.length) return false;
    for (let c = 0; c < key.length; c++) if (this.chars[start + c] !== key.charCodeAt(c)) return false;
    return true;
  }

  /** Puts key i in the table, or points an equal earlier key's place at it (the later value wins). */
  private place(i: number): void {
    const mask = this.slots.length - 1;
    const start = this.starts[i] ?? 0, end = (this.starts[i + 1] ?? 1) - 1;
    let h = FNV_OFFSET;
    for (let c = start; c < end; c++) h = Math.imul(h ^ (this.chars[c] ?? 0), FNV_PRIME);
    for (let p = (h >>> 0) & mask; ; p = (p + 1) & mask) {
      const slot = this.slots[p] ?? 0;
      if (slot === 0 || this.sameKeys(slot - 1, i)) { this.slots[p] = i + 1; return; }
    }
  }

  private sameKeys(a: number, b: number): boolean {
    const sa = this.starts[a] ?? 0, sb = this.starts[b] ?? 0;
    const len = (this.starts[a + 1] ?? 0) - sa;
    if ((this.starts[b + 1] ?? 0) - sb !== len) return false;
    for (let c = 0; c < len - 1; c++) if (this.chars[sa + c] !== this.chars[sb + c]) return false;
    return true;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function tableSize(keys: number): number {
  let size = 2;
  while (size < keys * 2 + 1) size *= 2;
  return size;
}

/** The UTF-16 code units of `text` in their own (aligned) buffer. */
function utf16(text: string): Uint16Array {
  const bytes = Buffer.from(text, 'utf16le');
  return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

function hashOf(key: string): number {
  let h = FNV_OFFSET;
  for (let c = 0; c < key.length; c++) h = Math.imul(h ^ key.charCodeAt(c), FNV_PRIME);
  return h >>> 0;
}
