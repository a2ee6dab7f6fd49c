import { PackedStringMap } from '../../../src/lib/packed-string-map';

describe('PackedStringMap', () => {
  test('finds every key it was built from, and no other', () => {
    const words = ['کتاب', 'کتاب‌ها', 'book', '', 'a|b', 'می‌شود', 'x'.repeat(40)];
    const map = PackedStringMap.from(words.map((w, i) => [w, i * 3] as const));
    expect(words.map((w) => map.get(w))).toEqual([0, 3, 6, 9, 12, 15, 18]);
    expect(map.get('کتابها')).toBeUndefined();
    expect(map.get('boo')).toBeUndefined();
    expect(map.has('x'.repeat(39))).toBe(false);
    expect(map.indexOf('book')).toBe(2);
    expect(map.valueAt(map.indexOf('می‌شود'))).toBe(15);
    expect(map.size).toBe(7);
  });

  test('a key given twice keeps its last value, as Map.set does', () => {
    const map = PackedStringMap.from([['w=a', 1], ['w=b', 2], ['w=a', 7]]);
    expect(map.get('w=a')).toBe(7);
    expect(map.get('w=b')).toBe(2);
  });

  test('fromLines numbers the lines of a text, the last one included', () => {
    const map = PackedStringMap.fromLines('b\ng=LOC-B\nw=تهران\n\nlast');
    expect([...map.entries()]).toEqual([['b', 0], ['g=LOC-B', 1], ['w=تهران', 2], ['', 3], ['last', 4]]);
  });

  test('agrees with a Map on 20,000 generated keys (colliding hash places included)', () => {
    const keys = Array.from({ length: 20000 }, (_, i) => `k${(i * 7919) % 20011}|${String.fromCharCode(0x600 + (i % 200))}`);
    const reference = new Map(keys.map((k, i) => [k, i]));
    const map = PackedStringMap.from(keys.map((k, i) => [k, i] as const));
    let mismatches = 0;
    for (const [k, v] of reference) if (map.get(k) !== v) mismatches++;
    for (let i = 0; i < 2000; i++) if (map.get(`k${i}|missing`) !== undefined) mismatches++;
    expect(mismatches).toBe(0);
  });
});
