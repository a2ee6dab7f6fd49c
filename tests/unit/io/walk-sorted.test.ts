import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { compareBytewise } from '../../../src/lib/bytewise';
import { walkSorted, type WalkFilter } from '../../../src/io/walk-sorted';

const ALL: WalkFilter = { file: () => true, directory: () => true };

/** Files as relative paths; errors as `!dir code`. */
async function walk(root: string, filter: WalkFilter = ALL): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of walkSorted(root, filter)) {
    out.push(entry.kind === 'file' ? entry.siblings[entry.index]! : `!${entry.relPath} ${(entry.error as NodeJS.ErrnoException).code}`);
  }
  return out;
}

function touch(root: string, names: readonly string[]): void {
  for (const name of names) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), 'x');
  }
}

let root: string;
beforeEach(() => { root = mkdtempSync(path.join(tmpdir(), 'winnow-walk-')); });
afterEach(() => {
  chmodSync(root, 0o755);
  rmSync(root, { recursive: true, force: true });
});

describe('walkSorted', () => {
  test('files come in bytewise order of their full paths: a-b < a.b < a/… < a0, upper before lower, é after z', async () => {
    const names = ['a0', 'a/b', 'a.b', 'a-b', 'a/a-b/x', 'a/a.b', 'B', 'b', 'z', 'é', 'سلام/یک', 'a/a/z'];
    touch(root, names);
    const expected = ['B', 'a-b', 'a.b', 'a/a-b/x', 'a/a.b', 'a/a/z', 'a/b', 'a0', 'b', 'z', 'é', 'سلام/یک'];
    expect(expected).toEqual([...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
    expect(await walk(root)).toEqual(expected);
  });

  test('siblings are the kept files of one directory, shared; filters prune files and directories', async () => {
    touch(root, ['d/one.txt', 'd/two.md', 'd/three.txt', 'd/skip/x.txt', 'top.txt']);
    const entries = [];
    for await (const entry of walkSorted(root, { file: (_rel, name) => name.endsWith('.txt'), directory: (_rel, name) => name !== 'skip' })) entries.push(entry);
    expect(entries.map((e) => (e.kind === 'file' ? [e.siblings[e.index], e.siblings] : e.kind))).toEqual([
      ['d/one.txt', ['d/one.txt', 'd/three.txt']], ['d/three.txt', ['d/one.txt', 'd/three.txt']], ['top.txt', ['top.txt']],
    ]);
  });

  test('symbolic links are followed; a link back to an ancestor is not walked again; a broken link is skipped', async () => {
    touch(root, ['a/x.txt', 'b/y.txt']);
    symlinkSync(path.join(root, 'b'), path.join(root, 'a', 'to-b'));
    symlinkSync(root, path.join(root, 'a', 'loop'));
    symlinkSync(path.join(root, 'b', 'y.txt'), path.join(root, 'c.txt'));
    symlinkSync(path.join(root, 'gone'), path.join(root, 'dangling'));
    expect(await walk(root)).toEqual(['a/to-b/y.txt', 'a/x.txt', 'b/y.txt', 'c.txt']);
  });

  test('a missing root is one error entry', async () => {
    expect(await walk(path.join(root, 'nope'))).toEqual(['! ENOENT']);
  });

  // Root reads every directory whatever its mode.
  const asRoot = process.getuid?.() === 0;
  (asRoot ? test.skip : test)('an unreadable directory is an error entry at its place and the walk goes on', async () => {
    touch(root, ['a.txt', 'locked/x.txt', 'm.txt']);
    chmodSync(path.join(root, 'locked'), 0o000);
    try {
      expect(await walk(root)).toEqual(['a.txt', '!locked EACCES', 'm.txt']);
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});

describe('compareBytewise', () => {
  test('agrees with comparing UTF-8 bytes, surrogate pairs and U+E000–U+FFFF included', () => {
    const samples = ['', 'a', 'B', '/', '-', '.', 'é', 'ی', '\uFB01', '\uFFFD', '\uE000', '\u{1F600}', '\u{10000}', 'a/b', 'ab', 'a\u{1F600}', 'a\uFB01'];
    for (const x of samples) {
      for (const y of samples) {
        expect([x, y, Math.sign(compareBytewise(x, y))]).toEqual([x, y, Math.sign(Buffer.compare(Buffer.from(x), Buffer.from(y)))]);
      }
    }
  });
});
