/**
 * End-to-end batch behaviour (issue 5): worker pool, ordering, isolation, resume, interrupts, pipes.
 * Spawns the built CLI (`npm test` builds first). Faults are injected with the hidden WINNOW_TEST_FAULTS
 * hook; nothing here asserts extraction quality or speed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runUntilStdoutCloses } from './closed-pipe';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'winnow');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'io');
const CNN_ARABIC = path.join(ROOT, 'tests', 'fixtures', 'html', 'cnn-arabic-1.html');

let dir: string;

interface Run { code: number | null; stdout: string; stderr: string }

function winnow(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir, input: '', encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, WINNOW_TEST_FAULTS: undefined, ...env } as NodeJS.ProcessEnv,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const inputsOf = (stdout: string): string[] => stdout.split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { input: string }).input);
const errorLines = (stderr: string): string[] => stderr.split('\n').filter((l) => / \(E_[A-Z_]+\)$/.test(l));
const faults = (spec: { crash?: string[]; hang?: string[] }): Record<string, string> => ({ WINNOW_TEST_FAULTS: JSON.stringify(spec) });

/** docs/00.txt … docs/11.txt (alternating Persian and English dumps, one HTML page) and a 40-line NDJSON. */
beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'workers', 'worker.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(path.join(tmpdir(), 'winnow-batch-'));
  mkdirSync(path.join(dir, 'docs'));
  const sources = ['persian-dump.txt', 'guardian-excerpt.txt'];
  for (let i = 0; i < 12; i++) copyFileSync(path.join(FIXTURES, sources[i % 2]!), path.join(dir, 'docs', `${String(i).padStart(2, '0')}.txt`));
  copyFileSync(CNN_ARABIC, path.join(dir, 'docs', '12.html'));
  const texts = sources.map((name) => readFileSync(path.join(FIXTURES, name), 'utf8'));
  writeFileSync(path.join(dir, 'crawl.jsonl'), Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: texts[i % 2] })).join('\n') + '\n');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('winnow batches', () => {
  test('-j1 and -j2 give byte-identical output, in input order', () => {
    const args = ['docs', 'crawl.jsonl', '--timeout-ms', '0'];
    const one = winnow(['-j1', ...args]);
    const two = winnow(['-j2', ...args]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.stdout).toBe(one.stdout);
    // a single document runs in the main thread, a batch on workers: the same bytes either way
    const alone = winnow(['docs/12.html', '--timeout-ms', '0']);
    expect(alone.stdout).toBe(`${two.stdout.split('\n')[12]}\n`);
    expect(inputsOf(two.stdout)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `docs/${String(i).padStart(2, '0')}.txt`), 'docs/12.html',
      ...Array.from({ length: 40 }, (_, i) => `doc-${i}`),
    ]);
  });

  test('a worker crash and a timeout mid-batch fail only those inputs; the rest all come out, exit 1', () => {
    const r = winnow(['-j2', '--timeout-ms', '1500', 'docs'], faults({ crash: ['docs/03.txt'], hang: ['docs/07.txt'] }));
    expect(r.code).toBe(1);
    const expected = Array.from({ length: 12 }, (_, i) => `docs/${String(i).padStart(2, '0')}.txt`).filter((n) => n !== 'docs/03.txt' && n !== 'docs/07.txt');
    expect(inputsOf(r.stdout)).toEqual([...expected, 'docs/12.html']);
    expect(errorLines(r.stderr)).toEqual([
      'winnow: docs/03.txt: extraction worker crashed (exit code 70); the input was skipped (E_INTERNAL)',
      'winnow: docs/07.txt: extraction took longer than --timeout-ms 1500 (E_TIMEOUT)',
    ]);
  });

  // Root reads every directory whatever its mode.
  (process.getuid?.() === 0 ? test.skip : test)('an unreadable subdirectory is named (E_READ) in its place; the other files still come out, exit 1', () => {
    mkdirSync(path.join(dir, 'locked-tree', 'locked'), { recursive: true });
    for (const name of ['a.txt', 'locked/x.txt', 'm.txt']) copyFileSync(path.join(FIXTURES, 'guardian-excerpt.txt'), path.join(dir, 'locked-tree', name));
    chmodSync(path.join(dir, 'locked-tree', 'locked'), 0o000);
    try {
      const r = winnow(['-j2', '--timeout-ms', '0', 'locked-tree']);
      expect(r.code).toBe(1);
      expect(inputsOf(r.stdout)).toEqual(['locked-tree/a.txt', 'locked-tree/m.txt']);
      expect(errorLines(r.stderr)).toEqual(['winnow: locked-tree/locked: permission denied (E_READ)']);
    } finally {
      chmodSync(path.join(dir, 'locked-tree', 'locked'), 0o755);
    }
  });

  test('a symbolic link back to a folder being walked is not followed round again', () => {
    mkdirSync(path.join(dir, 'loop-tree'));
    copyFileSync(path.join(FIXTURES, 'guardian-excerpt.txt'), path.join(dir, 'loop-tree', 'a.txt'));
    symlinkSync('.', path.join(dir, 'loop-tree', 'again'));
    const r = winnow(['--timeout-ms', '0', 'loop-tree']);
    expect([r.code, errorLines(r.stderr)]).toEqual([0, []]);
    expect(inputsOf(r.stdout)).toEqual(['loop-tree/a.txt']);
  });

  test('an NDJSON line that hangs times out at -j1 (one worker), and the stream goes on', () => {
    const r = winnow(['-j1', '--timeout-ms', '300', '--stats', 'crawl.jsonl'], faults({ hang: ['crawl.jsonl:5'] }));
    expect(r.code).toBe(1);
    expect(inputsOf(r.stdout)).toHaveLength(39);
    expect(inputsOf(r.stdout)).not.toContain('doc-4');
    expect(errorLines(r.stderr)).toEqual(['winnow: crawl.jsonl:5: extraction took longer than --timeout-ms 300 (E_TIMEOUT)']);
    const stats = JSON.parse(r.stderr.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(stats).toMatchObject({ inputs: 1, records: 39, failed: 1, documents: 40, errors: { E_TIMEOUT: 1 } });
  });

  test('a single document runs in the main thread and its time limit holds there too', () => {
    const r = winnow(['--timeout-ms', '300', 'docs/05.txt'], faults({ hang: ['docs/05.txt'] }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(errorLines(r.stderr)).toEqual(['winnow: docs/05.txt: extraction took longer than --timeout-ms 300 (E_TIMEOUT)']);
  });

  test('--skip-existing resumes: existing outputs are kept as they are, missing ones are made', () => {
    const out = path.join(dir, 'resume');
    expect(winnow(['docs', '--output-dir', 'resume', '-j2']).code).toBe(0);
    rmSync(path.join(out, '05.json'));
    writeFileSync(path.join(out, '06.json'), 'kept\n');
    const r = winnow(['docs', '--output-dir', 'resume', '-j2', '--skip-existing', '--stats']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stderr.trim())).toMatchObject({ inputs: 13, records: 1, skipped: 12 });
    expect(readFileSync(path.join(out, '06.json'), 'utf8')).toBe('kept\n');
    expect(inputsOf(readFileSync(path.join(out, '05.json'), 'utf8'))).toEqual(['docs/05.txt']);
  });

  test('SIGINT mid-batch with -j2: exit 130, completed files are whole, no temp file or partial output', async () => {
    const out = path.join(dir, 'interrupted');
    // docs/09.txt never finishes, so the run is certainly still going when the signal comes.
    const child = spawn(process.execPath, [BIN, '-j2', '--timeout-ms', '0', 'docs', '--output-dir', 'interrupted'], {
      cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...faults({ hang: ['docs/09.txt'] }) },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const closed = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    for (let i = 0; i < 200 && !existsSync(path.join(out, '08.json')); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    expect(stderr).toContain('winnow: interrupted');
    const names = readdirSync(out);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(names).toContain('08.json');
    expect(names).not.toContain('09.json');
    for (const name of names) expect(inputsOf(readFileSync(path.join(out, name), 'utf8'))).toEqual([`docs/${name.replace('.json', '.txt')}`]);
  });

  test('a closed pipe with -j2 ends the run quietly with exit 0', async () => {
    const { code, stderr } = await runUntilStdoutCloses(['-q', '-j2', 'crawl.jsonl', 'crawl.jsonl', 'docs'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  test('bad -j and --timeout-ms values, and --skip-existing without --output-dir, are usage errors', () => {
    expect(winnow(['-j', 'many', 'docs']).stderr.split('\n')[0]).toBe('winnow: -j/--jobs: expected a whole number, got "many"');
    expect(winnow(['--timeout-ms', '-5', 'docs']).code).toBe(2);
    const skip = winnow(['--skip-existing', 'docs']);
    expect([skip.code, skip.stderr.split('\n')[0]]).toEqual([2, 'winnow: --skip-existing needs --output-dir (it checks for existing output files)']);
  });

  test('the fault hook is not an option: --help does not mention it', () => {
    expect(winnow(['--help']).stdout).not.toMatch(/WINNOW_TEST|inject/i);
  });
});
