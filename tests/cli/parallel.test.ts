/**
 * The multi-machine recipe (README "Beyond one machine"): GNU parallel cuts an NDJSON crawl into blocks
 * at line boundaries and runs one winnow per block; the records must be exactly those of one winnow
 * process over the whole file, in some order (sorting by id restores it). A small --block makes several
 * blocks of a small fixture. Skipped, saying so, where GNU parallel is not installed (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'winnow');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'io');
const CNN_ARABIC = path.join(ROOT, 'tests', 'fixtures', 'html', 'cnn-arabic-1.html');

const probe = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
const hasParallel = probe.status === 0 && /GNU parallel/.test(probe.stdout);
if (!hasParallel) {
  console.warn('tests/cli/parallel.test.ts skipped: GNU parallel is not installed (apt-get install -y parallel)');
}
const maybe = hasParallel ? test : test.skip;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'winnow-parallel-'));
  const texts = ['persian-dump.txt', 'guardian-excerpt.txt'].map((name) => readFileSync(path.join(FIXTURES, name), 'utf8'));
  const html = readFileSync(CNN_ARABIC, 'utf8');
  const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify(
    i % 10 === 9 ? { id: `p${String(i).padStart(3, '0')}`, html, url: `https://example.org/${i}` } : { id: `p${String(i).padStart(3, '0')}`, text: texts[i % 2] },
  ));
  lines.splice(12, 0, '{"id": "broken", ');
  writeFileSync(path.join(dir, 'crawl.jsonl'), lines.join('\n') + '\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sortedById = (stdout: string): string[] => stdout.split('\n').filter((l) => l !== '')
  .map((line) => ({ line, id: (JSON.parse(line) as { input: string }).input }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((x) => x.line);

describe('GNU parallel recipe', () => {
  maybe('parallel --pipepart --block gives the records of a single run, after sorting by id', () => {
    const single = spawnSync(process.execPath, [BIN, '--ndjson', '-q', 'crawl.jsonl'], { cwd: dir, encoding: 'utf8' });
    expect(single.status).toBe(1); // the broken line
    const sharded = spawnSync('parallel', [
      '--will-cite', '--pipepart', '-a', 'crawl.jsonl', '--block', '40k', '-j', '2',
      BIN, '--ndjson', '-q', '-j1',
    ], { cwd: dir, encoding: 'utf8' });
    // parallel exits with the number of failed jobs: the one block holding the broken line.
    expect(sharded.status).toBe(1);
    expect(sharded.stderr).toMatch(/^winnow: <stdin>:\d+: invalid JSON .*\(E_NDJSON\)$/m);
    const expected = sortedById(single.stdout);
    expect(expected).toHaveLength(30);
    expect(sortedById(sharded.stdout)).toEqual(expected);
    // Several blocks really happened: the broken line was not line 13 of its block.
    expect(sharded.stderr).not.toContain('<stdin>:13:');
  });
});
