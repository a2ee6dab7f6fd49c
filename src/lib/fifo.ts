/**
 * A first-in first-out queue over an array with a moving head. Taking is O(1) and clears the taken place
 * at once, so nothing taken stays reachable from the queue: the worker pool once kept every dispatched
 * job until a compaction, and each job's resolve function pinned its finished record. The array is
 * compacted now and then rather than shifted on every take.
 */
export class Fifo<T> {
  private items: Array<T | undefined> = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** Puts an item back in front of the others. */
  unshift(item: T): void {
    if (this.head > 0) this.items[--this.head] = item;
    else this.items.unshift(item);
  }

  /** The first item, removed; undefined when empty. */
  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > COMPACT_AFTER && this.head * 2 > this.items.length) {
      this.items.splice(0, this.head);
      this.head = 0;
    }
    return item;
  }

  /** Every item still queued, in order; the queue is left empty. */
  drain(): T[] {
    const rest = this.items.slice(this.head) as T[];
    this.items = [];
    this.head = 0;
    return rest;
  }
}

/** Taken places tolerated before the array is compacted (when they are also over half of it). */
const COMPACT_AFTER = 1024;
