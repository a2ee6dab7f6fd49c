import { Readable, Writable } from 'node:stream';
import * as path from 'node:path';
import { runExtractCommand, type CliContext } from '../../../src/cli/run-cli';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'io');

function context(stdinText: string, stdinIsTTY: boolean): { ctx: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const stdout = new Writable({ write(chunk: Buffer, _enc, done) { out += chunk.toString(); done(); } });
  const ctx: CliContext = {
    stdin: Readable.from([Buffer.from(stdinText)]), stdout, writeErr: (t) => { err += t; },
    env: {}, stdinIsTTY, stderrIsTTY: false, cwd: FIXTURES,
  };
  return { ctx, out: () => out, err: () => err };
}

describe('runExtractCommand', () => {
  test('no operands with a terminal on stdin: concise help on stderr, exit 2, nothing on stdout', async () => {
    const { ctx, out, err } = context('', true);
    expect(await runExtractCommand([], { color: 'auto' }, ctx)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toContain('Usage: winnow [options] [INPUT...]');
    expect(err()).toContain("Try 'winnow --help'");
  });

  test('no operands with piped stdin: stdin is one document', async () => {
    const { ctx, out } = context('سلام دنیا. این یک متن آزمایشی است.\n', false);
    expect(await runExtractCommand([], { color: 'auto' }, ctx)).toBe(0);
    expect(JSON.parse(out())).toMatchObject({ input: '<stdin>', format: 'text' });
  });

  test('--paths-from - reads names from stdin; a missing name fails the run with exit 1', async () => {
    const { ctx, out, err } = context('persian-dump.txt\0missing.txt\0', false);
    expect(await runExtractCommand([], { color: 'auto', pathsFrom: '-', null: true }, ctx)).toBe(1);
    expect(out().trim().split('\n').map((l) => JSON.parse(l).input)).toEqual(['persian-dump.txt']);
    expect(err()).toBe('winnow: missing.txt: no such file or directory (E_NOT_FOUND)\n');
  });

  test('usage errors from option checks exit 2 before any work', async () => {
    const { ctx, out, err } = context('', false);
    expect(await runExtractCommand(['persian-dump.txt'], { output: 'a', outputDir: 'b' }, ctx)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toBe("winnow: --output and --output-dir cannot be used together\nTry 'winnow --help' for the options.\n");
  });
});
