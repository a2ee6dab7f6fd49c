import { clock, ProgressLine } from '../../../src/cli/progress';

/** A progress line with a hand-driven clock. */
function line(totals: { inputs: number; bytes: number | null }, columns = 200): { progress: ProgressLine; tick: (ms: number) => void; out: string[] } {
  let now = 0;
  const out: string[] = [];
  const progress = new ProgressLine((t) => out.push(t), totals, columns, () => now);
  return { progress, tick: (ms) => { now += ms; }, out };
}

describe('progress line', () => {
  test('inputs done / total, documents, rate, failures and ETA', () => {
    const { progress, tick } = line({ inputs: 100, bytes: null });
    for (let i = 0; i < 25; i++) { progress.documentDone(i === 3); progress.inputDone(); }
    tick(5000);
    expect(progress.render()).toBe('winnow: 25/100 inputs · 25 docs · 5.0 docs/s · 1 failed · ETA 0:15');
  });

  test('NDJSON files of known size: progress and ETA by bytes', () => {
    const { progress, tick } = line({ inputs: 1, bytes: 4_000_000 });
    progress.bytesRead(1_000_000);
    for (let i = 0; i < 120; i++) progress.documentDone(false);
    tick(10_000);
    expect(progress.render()).toBe('winnow: 1.0/4.0 MB · 120 docs · 12 docs/s · 0 failed · ETA 0:30');
  });

  test('messages clear the line first; stop clears it for good; narrow terminals get it cut', () => {
    const { progress, out } = line({ inputs: 2, bytes: null }, 20);
    const messages: string[] = [];
    const write = progress.wrap((t) => messages.push(t));
    write('winnow: a.txt: warning\n');
    expect(out).toEqual([]); // nothing drawn yet, nothing to clear
    (progress as unknown as { draw(): void }).draw();
    expect(out[0]).toBe('\r\u001b[Kwinnow: 0/2 inputs ');
    write('winnow: b.txt: failed\n');
    expect(out[1]).toBe('\r\u001b[K');
    expect(messages).toEqual(['winnow: a.txt: warning\n', 'winnow: b.txt: failed\n']);
    progress.stop();
    expect(out).toHaveLength(2);
  });

  test('clock: m:ss and h:mm:ss', () => {
    expect([clock(5), clock(75), clock(3725)]).toEqual(['0:05', '1:15', '1:02:05']);
  });
});
