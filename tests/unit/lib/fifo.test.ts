import { Fifo } from '../../../src/lib/fifo';

describe('Fifo', () => {
  test('takes items in order; unshift puts one back in front; drain empties it', () => {
    const q = new Fifo<string>();
    q.push('a'); q.push('b'); q.push('c');
    expect(q.shift()).toBe('a');
    q.unshift('a2');
    expect(q.length).toBe(3);
    expect([q.shift(), q.shift()]).toEqual(['a2', 'b']);
    q.unshift('x'); q.unshift('y');
    expect(q.drain()).toEqual(['y', 'x', 'c']);
    expect(q.length).toBe(0);
    expect(q.shift()).toBeUndefined();
  });

  test('keeps nothing it has handed out, across compactions', () => {
    const q = new Fifo<{ n: number }>();
    for (let n = 0; n < 5000; n++) q.push({ n });
    const taken: number[] = [];
    for (let k = 0; k < 4990; k++) taken.push(q.shift()!.n);
    expect(taken[4989]).toBe(4989);
    const stored = (q as unknown as { items: unknown[] }).items.filter((item) => item !== undefined);
    expect(stored).toEqual([{ n: 4990 }, { n: 4991 }, { n: 4992 }, { n: 4993 }, { n: 4994 }, { n: 4995 }, { n: 4996 }, { n: 4997 }, { n: 4998 }, { n: 4999 }]);
  });
});
