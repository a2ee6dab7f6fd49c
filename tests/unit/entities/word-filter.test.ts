import { fieldTokens } from '../../../src/entities/find-entities';
import { filterSlot, FILTER_SLOTS, TokenKeySet } from '../../../src/entities/word-filter';

const startsLower = (raw: string): boolean => /^[a-z]/.test(raw);

describe('TokenKeySet', () => {
  test('holds the keys of the kept tokens of every field, and no others', () => {
    const fields = [fieldTokens('title', 'The State of the Union'), fieldTokens('body', 'Officials said the union met in Paris.')];
    const set = new TokenKeySet(fields, startsLower);
    expect(['of', 'the', 'union', 'said', 'met', 'in'].map((k) => set.has(k))).toEqual([true, true, true, true, true, true]);
    // "Officials" and "Paris" are capitalized in the text: not kept. "state" appears only as "State".
    expect(['officials', 'paris', 'state', 'un', ''].map((k) => set.has(k))).toEqual([false, false, false, false, false]);
  });

  test('filterSlot stays within the table for empty, one-character and long words', () => {
    for (const w of ['', 'a', 'گفت‌وگو', 'x'.repeat(200)]) {
      const slot = filterSlot(w);
      expect(slot >= 0 && slot < FILTER_SLOTS).toBe(true);
    }
  });
});
