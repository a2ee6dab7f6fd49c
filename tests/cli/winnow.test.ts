/**
 * End-to-end: spawns the built CLI (bin/winnow → dist/) on real files. `npm test` builds first; run
 * `npm run build` before `npx jest tests/cli`. Asserts structure, exit codes, messages and files — not
 * extraction quality, which other stages own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020';
import iconv from 'iconv-lite';
import { runUntilStdoutCloses } from './closed-pipe';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'winnow');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'io');
const CNN_ARABIC = path.join(ROOT, 'tests', 'fixtures', 'html', 'cnn-arabic-1.html');
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, 'schema', 'record.schema.json'), 'utf8')));
const ANSI = /\u001b\[/;

let dir: string;

interface Run { code: number | null; stdout: string; stderr: string }

/** Runs winnow in the test directory with a clean, colorless environment unless `env` says otherwise. */
function winnow(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...opts.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input: opts.input ?? '', env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses JSON Lines output and checks every record against the published schema. */
function records(stdout: string): Array<Record<string, unknown>> {
  expect(stdout === '' || stdout.endsWith('\n')).toBe(true);
  return stdout.split('\n').filter((l) => l !== '').map((line) => {
    const record = JSON.parse(line) as Record<string, unknown>;
    if (!validate(record)) throw new Error(`record does not match the schema: ${JSON.stringify(validate.errors)}`);
    return record;
  });
}

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(path.join(tmpdir(), 'winnow-e2e-'));
  for (const name of ['persian-dump.txt', 'aeb-page.html.gz']) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  copyFileSync(CNN_ARABIC, path.join(dir, 'cnn-arabic.html'));
  const persian = readFileSync(path.join(FIXTURES, 'persian-dump.txt'), 'utf8');
  // windows-1256 has no Persian yeh or Persian digits: real windows-1256 pages use Arabic yeh and ASCII digits.
  const persian1256 = persian.replace(/ی/g, 'ي').replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  writeFileSync(path.join(dir, 'persian-1256.txt'), iconv.encode(persian1256, 'windows-1256'));
  writeFileSync(path.join(dir, 'persian-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(persian, 'utf16le')]));
  writeFileSync(path.join(dir, 'persian.txt.gz'), gzipSync(Buffer.from(persian)));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'image.txt'), Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000001000000', 'hex'), Buffer.alloc(64)]));
  const html = readFileSync(CNN_ARABIC, 'utf8');
  writeFileSync(path.join(dir, 'crawl.jsonl'), [
    JSON.stringify({ id: 'tasnim-1', text: persian }),
    '{"id": "broken", "text": ',
    '',
    JSON.stringify({ id: 'cnn-1', html, url: 'http://arabic.cnn.com/x' }),
  ].join('\n') + '\n');
  writeFileSync(path.join(dir, 'many.jsonl'), Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `d${i}`, text: persian })).join('\n') + '\n');
  for (const rel of ['tree/b/two.txt', 'tree/a.txt', 'tree/b/c/three.text', 'tree/page.html']) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    copyFileSync(rel.endsWith('.html') ? CNN_ARABIC : path.join(FIXTURES, 'persian-dump.txt'), path.join(dir, rel));
  }
  writeFileSync(path.join(dir, 'tree', 'notes.md'), 'not an input');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('winnow CLI', () => {
  test('a Persian dump file: one record, exit 0', () => {
    const r = winnow(['persian-dump.txt']);
    expect(r.code).toBe(0);
    const [record, ...rest] = records(r.stdout);
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ input: 'persian-dump.txt', format: 'text', language: 'fa' });
  });

  test('an HTML page is parsed as HTML', () => {
    const r = winnow(['cnn-arabic.html']);
    expect(r.code).toBe(0);
    expect(records(r.stdout)).toMatchObject([{ input: 'cnn-arabic.html', format: 'html' }]);
  });

  test('stdin is one document; - as an operand keeps its place', () => {
    const persian = readFileSync(path.join(FIXTURES, 'persian-dump.txt'));
    const piped = winnow([], { input: persian });
    expect(piped.code).toBe(0);
    expect(records(piped.stdout).map((r) => r['input'])).toEqual(['<stdin>']);
    const dash = winnow(['cnn-arabic.html', '-'], { input: persian });
    expect(records(dash.stdout).map((r) => r['input'])).toEqual(['cnn-arabic.html', '<stdin>']);
    expect(records(dash.stdout)[1]).toEqual(records(piped.stdout)[0]);
  });

  test('NDJSON with one invalid line: the good records are printed, the bad line named, exit 1', () => {
    const r = winnow(['crawl.jsonl']);
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((rec) => [rec['input'], rec['format']])).toEqual([['tasnim-1', 'text'], ['cnn-1', 'html']]);
    expect(r.stderr).toMatch(/^winnow: crawl\.jsonl:2: invalid JSON \(.+\) \(E_NDJSON\)$/m);
  });

  test('stdin with --ndjson is read as records; --events wraps documents, errors and a summary', () => {
    const r = winnow(['--ndjson', '--events'], { input: readFileSync(path.join(dir, 'crawl.jsonl')) });
    expect(r.code).toBe(1);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> });
    expect(events.map((e) => e.type)).toEqual(['document', 'error', 'document', 'summary']);
    expect(events[1]!.data).toMatchObject({ input: '<stdin>:2', code: 'E_NDJSON' });
    expect(events[0]!.data).toMatchObject({ input: '<stdin>:1', diagnostics: { encodingSource: 'given' } });
    expect(validate(events[0]!.data['record'])).toBe(true);
    expect(Array.isArray(events[0]!.data['removed'])).toBe(true);
    expect(events[3]!.data).toMatchObject({ inputs: 1, records: 2, failed: 1, blankLines: 1, errors: { E_NDJSON: 1 } });
  });

  test('a quoted glob expands in bytewise order; a directory walk skips other extensions', () => {
    const glob = winnow(['tree/**/*.{txt,text}']);
    expect(glob.code).toBe(0);
    expect(records(glob.stdout).map((r) => r['input'])).toEqual(['tree/a.txt', 'tree/b/c/three.text', 'tree/b/two.txt']);
    const walk = winnow(['tree']);
    expect(records(walk.stdout).map((r) => r['input'])).toEqual(['tree/a.txt', 'tree/b/c/three.text', 'tree/b/two.txt', 'tree/page.html']);
  });

  test('--output-dir writes a mirrored tree of complete .json files and no temp files', () => {
    const r = winnow(['tree/', 'crawl.jsonl', '--output-dir', 'out']);
    expect(r.code).toBe(1); // crawl.jsonl line 2
    expect(r.stdout).toBe('');
    expect(files(path.join(dir, 'out'))).toEqual(['a.json', 'b/c/three.json', 'b/two.json', 'crawl.jsonl', 'page.json']);
    expect(records(readFileSync(path.join(dir, 'out', 'b', 'two.json'), 'utf8'))).toMatchObject([{ input: 'tree/b/two.txt' }]);
    expect(records(readFileSync(path.join(dir, 'out', 'crawl.jsonl'), 'utf8'))).toHaveLength(2);
  });

  test('-o FILE holds exactly what stdout would', () => {
    const r = winnow(['tree', '-o', 'all.jsonl']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(readFileSync(path.join(dir, 'all.jsonl'), 'utf8')).toBe(winnow(['tree']).stdout);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  test('gzip files are read transparently', () => {
    const r = winnow(['aeb-page.html.gz', 'persian.txt.gz', '--events']);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.type === 'document');
    expect(docs.map((e) => [e.data.record.input, e.data.record.format, e.data.diagnostics.encoding])).toEqual([
      ['aeb-page.html.gz', 'html', 'utf-8'], ['persian.txt.gz', 'text', 'utf-8'],
    ]);
  });

  test('windows-1256 and UTF-16 files are decoded (encoding reported, no U+FFFD)', () => {
    const r = winnow(['persian-1256.txt', 'persian-utf16le.txt', '--events']);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.type === 'document');
    expect(docs.map((e) => [e.data.diagnostics.encoding, e.data.diagnostics.encodingSource, e.data.diagnostics.replacements])).toEqual([
      ['windows-1256', 'fallback', 0], ['utf-16le', 'bom', 0],
    ]);
    for (const doc of docs) {
      expect(JSON.stringify(doc.data.record)).not.toContain('\uFFFD');
      expect(JSON.stringify(doc.data.record)).toContain('لوکاشنکو');
    }
  });

  test('empty, binary and missing inputs are named on stderr with their code; the run goes on, exit 1', () => {
    const r = winnow(['empty.txt', 'image.txt', 'nope.txt', 'persian-dump.txt']);
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((rec) => rec['input'])).toEqual(['persian-dump.txt']);
    expect(r.stderr.split('\n').filter((l) => / \(E_[A-Z_]+\)$/.test(l))).toEqual([
      'winnow: empty.txt: input has no text (E_EMPTY)',
      'winnow: image.txt: input is binary (NUL bytes in the first 8 KiB) (E_BINARY)',
      'winnow: nope.txt: no such file or directory (E_NOT_FOUND)',
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('--max-bytes refuses larger inputs with E_TOO_LARGE', () => {
    const r = winnow(['persian-dump.txt', '--max-bytes', '1000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('winnow: persian-dump.txt: input is 3622 bytes, over --max-bytes 1000 (E_TOO_LARGE)\n');
  });

  test('a closed pipe (… | head -1) ends the run quietly with exit 0', async () => {
    const { code, stderr } = await runUntilStdoutCloses(['-q', 'many.jsonl'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  test('SIGINT exits 130 and leaves neither the -o file nor a temp file', async () => {
    const child = spawn(process.execPath, [BIN, '--ndjson', '--verbose', '-o', 'interrupted.jsonl'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    // The --verbose line of the first document proves the handlers are installed and the temp file is open;
    // stdin stays open, so the run is waiting for more when the signal arrives.
    const firstDocument = new Promise<void>((resolve) => child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes(', kept ')) resolve();
    }));
    child.stdin.write(readFileSync(path.join(dir, 'many.jsonl')).subarray(0, 20_000));
    await firstDocument;
    expect(readdirSync(dir).filter((n) => n.startsWith('.interrupted.jsonl.') && n.endsWith('.tmp'))).toHaveLength(1);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('winnow: interrupted');
    expect(readdirSync(dir).filter((n) => n.startsWith('.interrupted') || n === 'interrupted.jsonl')).toEqual([]);
  });

  test('usage errors exit 2 with a one-line reason: unknown flag, bad --format, conflicting outputs', () => {
    const unknown = winnow(['--bogus', 'persian-dump.txt']);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toBe("winnow: unknown option '--bogus'\nTry 'winnow --help' for the options.\n");
    expect(winnow(['--format', 'xml', 'persian-dump.txt']).code).toBe(2);
    const conflict = winnow(['-o', 'x.jsonl', '--output-dir', 'y', 'persian-dump.txt']);
    expect([conflict.code, conflict.stderr.split('\n')[0]]).toEqual([2, 'winnow: --output and --output-dir cannot be used together']);
  });

  test('no ANSI escapes on stderr when not a TTY or with NO_COLOR; --color always forces them', () => {
    expect(winnow(['empty.txt']).stderr).not.toMatch(ANSI);
    expect(winnow(['empty.txt'], { env: { NO_COLOR: '1' } }).stderr).not.toMatch(ANSI);
    expect(winnow(['empty.txt', '--color', 'always']).stderr).toMatch(ANSI);
    expect(winnow(['persian-dump.txt', '--color', 'always']).stdout).not.toMatch(ANSI);
  });

  test('same input → byte-identical output', () => {
    const args = ['tree', 'crawl.jsonl', 'persian-1256.txt', 'aeb-page.html.gz'];
    const first = winnow(args);
    expect(first.stdout.length).toBeGreaterThan(1000);
    expect(winnow(args).stdout).toBe(first.stdout);
  });

  test('--explain and --verbose only add stderr lines; stdout is unchanged', () => {
    const plain = winnow(['persian-dump.txt']);
    const explained = winnow(['persian-dump.txt', '--explain', '--verbose']);
    expect(explained.stdout).toBe(plain.stdout);
    const lines = explained.stderr.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^winnow: persian-dump\.txt: (removed #\d+ \(.+\): .*|text, utf-8 \(utf8-valid\), 0 replaced, kept \d+\/\d+ blocks, \d+ ms|warning: .+)$/);
    expect(lines.some((l) => l.includes(', kept '))).toBe(true);
  });

  test('-- ends options; --version and --help print to stdout', () => {
    copyFileSync(path.join(FIXTURES, 'persian-dump.txt'), path.join(dir, '-dash.txt'));
    expect(records(winnow(['--', '-dash.txt']).stdout).map((r) => r['input'])).toEqual(['-dash.txt']);
    const version = winnow(['--version']);
    expect([version.code, version.stderr]).toEqual([0, '']);
    expect(version.stdout).toMatch(/^winnow \d+\.\d+\.\d+ \(node v\d+\.\d+\.\d+\)\n$/);
    const help = winnow(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
  });
});
