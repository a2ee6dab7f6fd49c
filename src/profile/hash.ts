/**
 * FNV-1a (32-bit) over UTF-16 code units, with a per-row seed. Only needs to be fast, stable across
 * platforms and Node versions (profiles are files shared between machines), and independent per row.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Row seeds: arbitrary distinct odd constants, fixed forever (changing them invalidates saved profiles). */
const ROW_SEEDS: readonly number[] = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1, 0xd3a2646c, 0xfd7046c5, 0xb55a4f09];

export function fnv1a(text: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so low bits, which pick the bucket, depend on every character.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** The cell index of `key` in row `row` of a width × depth sketch laid out row after row. */
export function cellOf(key: string, row: number, width: number): number {
  const seed = ROW_SEEDS[row % ROW_SEEDS.length]! + Math.floor(row / ROW_SEEDS.length);
  return row * width + (fnv1a(key, seed) % width);
}

/** All cells of a key, one per row. */
export function cellsOf(key: string, width: number, depth: number): number[] {
  const cells: number[] = [];
  for (let r = 0; r < depth; r++) cells.push(cellOf(key, r, width));
  return cells;
}
