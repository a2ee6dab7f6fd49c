/**
 * Cheap membership tests over token keys. Most tokens of a document are asked about and are not in the
 * set; hashing a whole key for a Set probe (the first hash of a fresh token string reads every character)
 * was a visible share of the entity stage. A key's length and first and last characters pick one of
 * FILTER_SLOTS slots, which rules most of them out before any string is compared.
 */
import type { FieldTokens } from './candidate';

export const FILTER_SLOTS = 4096;

/** The slot of a word, from its length and its first and last code units. */
export function filterSlot(word: string): number {
  return (Math.imul(Math.imul(word.length, 31) + word.charCodeAt(0), 31) + word.charCodeAt(word.length - 1)) & (FILTER_SLOTS - 1);
}

/**
 * The keys of the tokens of some fields that pass `keep`, as a hash table chained through typed arrays:
 * building it costs a few integer writes per kept token, and `has` compares strings only within one slot.
 */
export class TokenKeySet {
  private readonly heads = new Int32Array(FILTER_SLOTS).fill(-1);
  private readonly next: Int32Array;
  /** Entry j is token tokenAt[j] of fields[fieldAt[j]]. */
  private readonly fieldAt: Uint8Array;
  private readonly tokenAt: Int32Array;

  constructor(private readonly fields: readonly FieldTokens[], keep: (raw: string) => boolean) {
    let total = 0;
    for (const f of fields) total += f.count;
    this.next = new Int32Array(total);
    this.fieldAt = new Uint8Array(total);
    this.tokenAt = new Int32Array(total);
    let j = 0;
    fields.forEach((f, fi) => {
      for (let i = 0; i < f.count; i++) {
        if (!keep(f.raw[i] ?? '')) continue;
        const slot = filterSlot(f.keys[i] ?? '');
        this.next[j] = this.heads[slot] ?? -1;
        this.heads[slot] = j;
        this.fieldAt[j] = fi;
        this.tokenAt[j] = i;
        j++;
      }
    });
  }

  has(key: string): boolean {
    for (let j = this.heads[filterSlot(key)] ?? -1; j !== -1; j = this.next[j] ?? -1) {
      if (this.fields[this.fieldAt[j] ?? 0]?.keys[this.tokenAt[j] ?? 0] === key) return true;
    }
    return false;
  }
}
