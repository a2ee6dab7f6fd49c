import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runProfileCommand } from '../../../src/cli/profile-command';
import { sitePage } from './pages';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'winnow-profile-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runProfileCommand(args, {
    stdin: (async function* () { /* empty */ })(),
    writeOut: (t) => { out += t; },
    writeErr: (t) => { err += t; },
    cwd: dir,
  });
  return { code, out, err };
}

beforeAll(() => {
  for (const shard of ['one', 'two']) {
    fs.mkdirSync(path.join(dir, 'site', shard), { recursive: true });
  }
  for (let n = 0; n < 12; n++) fs.writeFileSync(path.join(dir, 'site', n < 7 ? 'one' : 'two', `p${n}.txt`), sitePage(n));
});

describe('winnow profile', () => {
  test('learn per shard, merge in either order: same bytes as learning everything at once', async () => {
    expect((await run(['learn', '--site', 'example.com', 'site/one', '-o', 'one.json'])).code).toBe(0);
    expect((await run(['learn', '--site', 'example.com', 'site/two', '-o', 'two.json'])).code).toBe(0);
    const all = await run(['learn', '--site', 'example.com', 'site']);
    expect(all.code).toBe(0);
    expect(all.err).toBe('winnow: profile: learned 1 site(s): example.com (12)\n');
    expect((await run(['merge', 'one.json', 'two.json', '-o', 'ab.json'])).code).toBe(0);
    expect((await run(['merge', 'two.json', 'one.json', '-o', 'ba.json'])).code).toBe(0);
    const ab = fs.readFileSync(path.join(dir, 'ab.json'), 'utf8');
    expect(fs.readFileSync(path.join(dir, 'ba.json'), 'utf8')).toBe(ab);
    expect(ab).toBe(all.out);
  });

  test('show lists sites with page counts', async () => {
    const shown = await run(['show', 'ab.json']);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/^example\.com\t12 pages\t\d+ cells\n$/);
  });

  test('usage and file errors exit 2 with a winnow: line', async () => {
    const unknown = await run(['learn', '--bogus', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')[0]).toBe("winnow: profile: unknown option '--bogus'");
    expect((await run(['frobnicate'])).code).toBe(2);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"format":"x"}');
    const bad = await run(['merge', 'ab.json', 'bad.json']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('winnow: bad.json: not a winnow site profile (no "format": "winnow-site-profile")\n');
    const missing = await run(['show', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^winnow: nope\.json: .* \(E_READ\)\n$/);
  });

  test('learn over an input that does not exist still writes the profile and exits 1', async () => {
    const res = await run(['learn', 'site/one', 'missing-dir', '-o', 'partial.json']);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/^winnow: missing-dir: .*\(E_NOT_FOUND\)\n/);
    expect(fs.existsSync(path.join(dir, 'partial.json'))).toBe(true);
  });
});
