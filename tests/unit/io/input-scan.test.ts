import { inputSetOf, type InputSource } from '../../../src/io/find-inputs';
import { scanInputs } from '../../../src/io/input-scan';
import { workerCount } from '../../../src/cli/worker-count';
import { wantsAutoProfile } from '../../../src/profile/auto';

const file = (id: string, ndjson = false): InputSource => ({ kind: 'file', id, path: `/in/${id}`, relPath: id, ndjson });
const missing: InputSource = { kind: 'unresolved', id: 'gone.txt', error: { code: 'E_NOT_FOUND', message: 'no such file or directory' } };
const stdin = (ndjson: boolean): InputSource => ({ kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson });

describe('scanInputs and what is decided from it', () => {
  test('counts entries, files, NDJSON files and stdin', async () => {
    expect(await scanInputs(inputSetOf([file('a.txt'), missing, file('c.jsonl', true), stdin(true)]))).toEqual({
      total: 4, files: 2, ndjsonFiles: 1, stdin: true, ndjsonStdin: true,
    });
  });

  test('worker count: none for one readable input, at most one per input, -j for NDJSON streams', async () => {
    const scan = async (inputs: InputSource[]) => scanInputs(inputSetOf(inputs));
    expect(workerCount(4, await scan([file('a.txt'), missing]))).toBe(0);
    expect(workerCount(4, await scan([file('a.txt'), file('b.txt'), missing]))).toBe(2);
    expect(workerCount(2, await scan([file('a.txt'), file('b.txt'), file('c.txt')]))).toBe(2);
    expect(workerCount(3, await scan([stdin(true)]))).toBe(3);
  });

  test('automatic profile: 20 files, or an NDJSON file; never with stdin', async () => {
    const twenty = Array.from({ length: 20 }, (_, i) => file(`${i}.txt`));
    expect(wantsAutoProfile(await scanInputs(inputSetOf(twenty)), false)).toBe(true);
    expect(wantsAutoProfile(await scanInputs(inputSetOf(twenty.slice(1))), false)).toBe(false);
    expect(wantsAutoProfile(await scanInputs(inputSetOf([file('c.jsonl', true)])), false)).toBe(true);
    expect(wantsAutoProfile(await scanInputs(inputSetOf([...twenty, stdin(false)])), false)).toBe(false);
    expect(wantsAutoProfile(await scanInputs(inputSetOf(twenty)), true)).toBe(false);
  });
});
