import { IntPairMap } from '../../../src/lib/int-pair-map';

describe('IntPairMap', () => {
  test('finds each pair it was built from; the order of a pair matters; absent pairs give -1', () => {
    const map = IntPairMap.from([0, 1, 5, 0], [1, 0, 5, 0], [10, 20, 30, 40]);
    expect([map.get(0, 1), map.get(1, 0), map.get(5, 5), map.get(0, 0)]).toEqual([10, 20, 30, 40]);
    expect(map.get(1, 1)).toBe(-1);
    expect(map.get(5, 0)).toBe(-1);
    expect(map.size).toBe(4);
  });

  test('a pair given twice keeps its last value, as Map.set does', () => {
    const map = IntPairMap.from([3, 4, 3], [7, 7, 7], [1, 2, 9]);
    expect(map.get(3, 7)).toBe(9);
    expect(map.get(4, 7)).toBe(2);
    expect(map.size).toBe(2);
  });

  test('agrees with a Map of "a,b" keys on 30,000 generated pairs', () => {
    const a: number[] = [], b: number[] = [], v: number[] = [];
    for (let i = 0; i < 30000; i++) { a.push((i * 7919) % 9001); b.push((i * 104729) % 8999); v.push(i); }
    const reference = new Map<string, number>();
    a.forEach((x, i) => reference.set(`${x},${b[i]}`, v[i] ?? 0));
    const map = IntPairMap.from(a, b, v);
    let mismatches = 0;
    for (const [key, value] of reference) {
      const [x, y] = key.split(',').map(Number);
      if (map.get(x ?? 0, y ?? 0) !== value) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(map.size).toBe(reference.size);
    expect(map.get(9001, 0)).toBe(-1);
  });

  test('an empty map answers -1', () => {
    expect(IntPairMap.from([], [], []).get(0, 0)).toBe(-1);
  });
});
