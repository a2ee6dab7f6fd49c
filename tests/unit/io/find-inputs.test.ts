import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findInputs, parsePathList, type FindInputsOptions, type InputSource } from '../../../src/io/find-inputs';
import { compareBytewise } from '../../../src/lib/bytewise';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'winnow-find-'));
  for (const name of ['dumps/b.txt', 'dumps/a.html', 'dumps/sub/c.htm.gz', 'dumps/sub/z.text', 'dumps/notes.md',
    'dumps/.hidden/h.txt', 'crawl.jsonl', 'page.html', 'empty/readme.md']) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), 'x');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const collect = async (operands: string[], opts: Partial<FindInputsOptions> = {}): Promise<InputSource[]> => {
  const found: InputSource[] = [];
  for await (const input of findInputs(operands, { ndjson: false, cwd: root, globs: true, ...opts })) found.push(input);
  return found;
};
const find = (operands: string[], ndjson = false): Promise<InputSource[]> => collect(operands, { ndjson });
const summary = (inputs: InputSource[]): string[] => inputs.map((i) => (i.kind === 'unresolved' ? `!${i.id} ${i.error.code}` : `${i.kind}:${i.id}>${i.relPath}${i.ndjson ? ' ndjson' : ''}`));

describe('findInputs', () => {
  test('a directory is walked recursively for document extensions, sorted, hidden dirs skipped', async () => {
    expect(summary(await find(['dumps']))).toEqual([
      'file:dumps/a.html>a.html', 'file:dumps/b.txt>b.txt', 'file:dumps/sub/c.htm.gz>sub/c.htm.gz', 'file:dumps/sub/z.text>sub/z.text',
    ]);
  });

  test('walked and globbed files resolve to absolute paths (derived on demand from the stored name)', async () => {
    const paths = (inputs: InputSource[]): string[] => inputs.map((i) => (i.kind === 'file' ? path.relative(root, i.path) : '!'));
    expect(paths(await find(['dumps/sub']))).toEqual([path.join('dumps', 'sub', 'c.htm.gz'), path.join('dumps', 'sub', 'z.text')]);
    expect(paths(await find(['dumps/*.txt', 'crawl.*']))).toEqual([path.join('dumps', 'b.txt'), 'crawl.jsonl']);
    expect(summary(await find(['crawl.*']))).toEqual(['file:crawl.jsonl>crawl.jsonl ndjson']);
  });

  test('explicit operands keep their order; duplicates keep the first place', async () => {
    expect(summary(await find(['page.html', 'dumps/b.txt', './page.html', 'dumps/']))).toEqual([
      'file:page.html>page.html', 'file:dumps/b.txt>dumps/b.txt',
      'file:dumps/a.html>a.html', 'file:dumps/sub/c.htm.gz>sub/c.htm.gz', 'file:dumps/sub/z.text>sub/z.text',
    ]);
  });

  test('a quoted glob is expanded, sorted, relative to its static base', async () => {
    expect(summary(await find(['dumps/**/*.{txt,text}']))).toEqual(['file:dumps/b.txt>b.txt', 'file:dumps/sub/z.text>sub/z.text']);
  });

  test('a glob with several bases gives paths below the folder that holds them all, never above it', async () => {
    expect(summary(await find(['{dumps/sub,empty}/*']))).toEqual([
      'file:dumps/sub/c.htm.gz>dumps/sub/c.htm.gz', 'file:dumps/sub/z.text>dumps/sub/z.text', 'file:empty/readme.md>empty/readme.md',
    ]);
  });

  test('missing file, empty directory, glob without match are named errors in place', async () => {
    expect(summary(await find(['missing.txt', 'empty', 'page.html', 'nope/*.txt']))).toEqual([
      '!missing.txt E_NOT_FOUND', '!empty E_NOT_FOUND', 'file:page.html>page.html', '!nope/*.txt E_NOT_FOUND',
    ]);
  });

  test('- is stdin (once); .jsonl operands and --ndjson mark NDJSON', async () => {
    expect(summary(await find(['-', 'crawl.jsonl', '-']))).toEqual(['stdin:<stdin>>stdin', 'file:crawl.jsonl>crawl.jsonl ndjson']);
    expect(summary(await find(['-', 'page.html'], true))).toEqual(['stdin:<stdin>>stdin ndjson', 'file:page.html>page.html ndjson']);
  });

  test('names taken literally (paths-from) are not expanded as globs', async () => {
    const literal = await collect(['dumps/*.txt'], { globs: false });
    expect(summary(literal)).toEqual(['!dumps/*.txt E_NOT_FOUND']);
  });

  test('listed names (--paths-from) come after the operands, de-duplicated with them', async () => {
    const merged = await collect(['page.html'], { listed: [path.join(root, 'page.html'), 'dumps/b.txt', 'dumps/*.txt'] });
    expect(summary(merged)).toEqual(['file:page.html>page.html', 'file:dumps/b.txt>dumps/b.txt', '!dumps/*.txt E_NOT_FOUND']);
  });

  test('the set is walked anew on each iteration, with the same result', async () => {
    const inputs = findInputs(['dumps', 'page.html'], { ndjson: false, cwd: root, globs: true });
    const once: string[] = [];
    for await (const input of inputs) once.push(input.id);
    const twice: string[] = [];
    for await (const input of inputs) twice.push(input.id);
    expect(twice).toEqual(once);
    expect(once).toEqual(['dumps/a.html', 'dumps/b.txt', 'dumps/sub/c.htm.gz', 'dumps/sub/z.text', 'page.html']);
    expect(inputs.oneOperand).toBe(false);
    expect(findInputs(['dumps'], { ndjson: false, cwd: root, globs: true }).oneOperand).toBe(true);
  });
});

describe('parsePathList / compareBytewise', () => {
  test('newline list with CRLF and blank lines; NUL list keeps spaces and newlines in names', () => {
    expect(parsePathList('a.txt\r\n\nb c.html\n', false)).toEqual(['a.txt', 'b c.html']);
    expect(parsePathList('a\nb.txt\0c.html\0', true)).toEqual(['a\nb.txt', 'c.html']);
  });

  test('bytewise order: uppercase before lowercase, astral after BMP', () => {
    expect(['b', 'a', 'B', '\u{1F600}', '\uFB01'].sort(compareBytewise)).toEqual(['B', 'a', 'b', '\uFB01', '\u{1F600}']);
  });
});
