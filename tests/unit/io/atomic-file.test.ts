import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { AtomicFile, removeOpenTempFilesSync, writeFileAtomic } from '../../../src/io/atomic-file';

let dir: string;
beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'winnow-atomic-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic files', () => {
  test('writeFileAtomic creates parent directories and leaves no temp file', async () => {
    const target = path.join(dir, 'a', 'b', 'out.json');
    await writeFileAtomic(target, '{"x":1}\n');
    expect(readFileSync(target, 'utf8')).toBe('{"x":1}\n');
    expect(readdirSync(path.dirname(target))).toEqual(['out.json']);
  });

  test('the target does not exist (or keeps its old content) until commit', async () => {
    const target = path.join(dir, 'records.jsonl');
    writeFileSync(target, 'old\n');
    const file = await AtomicFile.open(target);
    await file.write('new 1\n');
    await file.write('new 2\n');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    await file.commit();
    expect(readFileSync(target, 'utf8')).toBe('new 1\nnew 2\n');
    expect(readdirSync(dir)).toEqual(['records.jsonl']);
  });

  test('abort removes the temp file and leaves the target untouched', async () => {
    const target = path.join(dir, 'x.json');
    const file = await AtomicFile.open(target);
    await file.write('partial');
    await file.abort();
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('removeOpenTempFilesSync (the SIGINT path) deletes temp files still open', async () => {
    const file = await AtomicFile.open(path.join(dir, 'y.json'));
    await file.write('partial');
    removeOpenTempFilesSync();
    expect(readdirSync(dir)).toEqual([]);
    await file.abort();
  });
});
