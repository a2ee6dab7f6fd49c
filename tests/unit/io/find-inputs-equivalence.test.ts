/**
 * The streaming discovery (walk-sorted.ts, glob-walk.ts, find-inputs.ts) against the whole-list code it
 * replaced (find-inputs-reference.ts): random trees, random operand lists, the same inputs element by
 * element, and the same --output-dir names or clash.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findInputs, type InputSource } from '../../../src/io/find-inputs';
import { mirrorTargets } from '../../../src/io/output-paths';
import { referenceInputs, referenceMirrorTargets } from './find-inputs-reference';

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STEMS = ['a', 'a-b', 'a.b', 'a_b', 'A', 'b', 'B2', '10', '9', 'é', 'e', 'سلام', 'یک', 'page', 'Page', 'x-1', 'x.1', 'z'];
const FILE_ENDINGS = ['.txt', '.txt', '.html', '.htm', '.text', '.TXT', '.Html', '.txt.gz', '.HTM.GZ', '.md', '.jsonl', '.gz', ''];

interface Tree {
  readonly root: string;
  readonly dirs: string[];
  readonly files: string[];
}

function makeTree(root: string, rnd: () => number): Tree {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const dirs = [''];
  const files: string[] = [];
  const dirCount = 3 + Math.floor(rnd() * 6);
  for (let i = 0; i < dirCount; i++) {
    const parent = pick(dirs);
    const name = rnd() < 0.12 ? `.${pick(STEMS)}` : pick(STEMS);
    const dir = parent === '' ? name : `${parent}/${name}`;
    if (dir.split('/').length > 4 || dirs.includes(dir)) continue;
    dirs.push(dir);
    mkdirSync(path.join(root, dir), { recursive: true });
  }
  const fileCount = 10 + Math.floor(rnd() * 30);
  for (let i = 0; i < fileCount; i++) {
    const dir = pick(dirs);
    const name = `${rnd() < 0.1 ? '.' : ''}${pick(STEMS)}${pick(FILE_ENDINGS)}`;
    const file = dir === '' ? name : `${dir}/${name}`;
    if (dirs.includes(file) || files.includes(file)) continue;
    files.push(file);
    writeFileSync(path.join(root, file), 'x');
  }
  // A link to another top-level directory (never an ancestor: no cycle), a link to a file, a broken link.
  const tops = dirs.filter((d) => d !== '' && !d.includes('/'));
  if (tops.length >= 2) symlinkSync(path.join(root, tops[1]!), path.join(root, tops[0]!, 'linked-dir'));
  if (files.length > 0) symlinkSync(path.join(root, files[0]!), path.join(root, pick(dirs), 'linked-file.txt'));
  symlinkSync(path.join(root, 'missing.txt'), path.join(root, 'broken.html'));
  return { root, dirs, files };
}

function randomOperands(tree: Tree, rnd: () => number): { operands: string[]; listed: string[] } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const dir = (): string => pick(tree.dirs) || '.';
  const file = (): string => pick(tree.files) ?? 'none.txt';
  const rootName = path.basename(tree.root);
  const makers: (() => string)[] = [
    dir, dir, () => `${dir()}/`, () => `./${dir()}`, () => path.join(tree.root, dir()),
    file, file, () => `./${file()}`, () => 'missing.txt', () => '-',
    () => `${dir()}/*.txt`, () => `${dir()}/**/*.{txt,html,htm}`, () => `./${dir()}/*`, () => `../${rootName}/${dir()}/*.txt`,
    () => `${tree.root}/${dir()}/**/*.TXT`, () => '**/*.jsonl', () => `${dir()}/*/*.htm*`, () => `{${dir()},${dir()}}/*.txt`,
    () => `${dir()}/[a-c]*`, () => `${dir()}/@(a|b)*`, () => '*/.*/*.txt', () => `${dir()}//*.html`, () => 'nothing/*.txt',
  ];
  // One operand alone 40% of the time: --output-dir names are then decided per directory.
  if (rnd() < 0.4) return { operands: [pick(makers)()], listed: [] };
  const operands = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(makers)());
  if (rnd() < 0.3) operands.push(operands[0]!);
  const listed = rnd() < 0.3 ? Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick([file, dir, () => '*.txt'])()) : [];
  return { operands, listed };
}

const describeInput = (input: InputSource): string => (input.kind === 'unresolved'
  ? `unresolved ${input.id} ${input.error.code} ${input.error.message}`
  : `${input.kind} ${input.id} ${input.kind === 'file' ? input.path : '-'} ${input.relPath} ${input.ndjson}`);

describe('streaming discovery equals the whole-list reference', () => {
  let base: string;
  beforeAll(() => { base = mkdtempSync(path.join(tmpdir(), 'winnow-equiv-')); });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  test('glob patterns of every kind select and name the same files', async () => {
    const root = path.join(base, 'patterns');
    for (const name of ['a.txt', 'b.txt', 'page.txt', 'x/a/c.txt', 'x/b/c.txt', 'x/.h/c.txt', '.d/e.txt', 'A.TXT', 'n/m/o/p.html', 'sp ace.txt', 'é.txt']) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), 'x');
    }
    symlinkSync(path.join(root, 'x'), path.join(root, 'n', 'lx'));
    // Not here: `{./x,x}/*/c.txt`, one file under two names, where fast-glob kept whichever it met first.
    const patterns = ['{page.txt,a.txt}', 'x/{a,b}/c.txt', '**', '*', '**/*', `${root}/**/*.txt`, './**/*.html', '**/.*', 'x/**', '?.txt',
      '[!a]*.txt', '*.@(txt|html)', '!(a)*.txt', 'x/*/c.txt', '.d/*', '*/.h/*.txt', 'x/.h/*', '{x,n}/**/c.txt', '{x/a,x}/**/*.txt', 'n/**/p.*',
      '**/c.txt', 'x/**/', 'x/*/', 'page.txt/*', './x/../*.txt', 'x/{a,.h}/*.txt', '*/*/c.txt', 'n/*/*/*.txt', 'n/lx/**/*.txt', 'é*', 'sp*'];
    for (const pattern of patterns) {
      const expected = await referenceInputs([pattern], [], { ndjson: false, cwd: root, globs: true });
      const actual: InputSource[] = [];
      for await (const input of findInputs([pattern], { ndjson: false, cwd: root, globs: true })) actual.push(input);
      expect([pattern, ...actual.map(describeInput)]).toEqual([pattern, ...expected.map(describeInput)]);
    }
  });

  test('one folder: a clash decided among siblings is the same clash, in the same words', async () => {
    const root = path.join(base, 'clash');
    mkdirSync(path.join(root, 's', 'deeper'), { recursive: true });
    for (const name of ['s/b.html', 's/b.txt', 's/deeper/b.txt', 's/b.txt.txt', 's/c.txt']) writeFileSync(path.join(root, name), 'x');
    const inputs = findInputs(['s'], { ndjson: false, cwd: root, globs: true });
    const expected = referenceMirrorTargets(await referenceInputs(['s'], [], { ndjson: false, cwd: root, globs: true }), 'out');
    expect(expected).toEqual({ first: 's/b.txt', second: 's/b.txt.txt', target: path.join('out', 'b.txt.json') });
    expect(inputs.oneOperand).toBe(true);
    expect(await mirrorTargets(inputs, 'out')).toEqual(expected);
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random tree %i, 20 random operand lists', async (seed) => {
    const rnd = random(seed);
    const root = path.join(base, `tree-${seed}`);
    mkdirSync(root);
    const tree = makeTree(root, rnd);
    for (let run = 0; run < 20; run++) {
      const { operands, listed } = randomOperands(tree, rnd);
      const ndjson = rnd() < 0.2;
      const expected = await referenceInputs(operands, listed, { ndjson, cwd: root, globs: true });
      const inputs = findInputs(operands, { ndjson, cwd: root, globs: true, listed });
      const actual: InputSource[] = [];
      for await (const input of inputs) actual.push(input);
      const context = JSON.stringify({ seed, operands, listed });
      expect([context, ...actual.map(describeInput)]).toEqual([context, ...expected.map(describeInput)]);

      const expectedTargets = referenceMirrorTargets(expected, 'out');
      const targetOf = await mirrorTargets(inputs, 'out');
      const actualTargets = typeof targetOf === 'function' ? actual.map(targetOf).filter((t) => t !== null) : targetOf;
      expect([context, actualTargets]).toEqual([context, expectedTargets instanceof Map ? [...expectedTargets.values()] : expectedTargets]);
    }
  });
});
