/**
 * End-to-end: site profiles (`winnow profile learn|merge|show`, --profile, automatic first pass) and the
 * extraction flags that filter or rewrite fields (--entity-types, --digits). Spawns the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'winnow');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'text', 'tasnim-seed.txt');
const CNN_ARABIC_DUMP = path.join(ROOT, 'tests', 'fixtures', 'profile', 'cnn-arabic-1.txt');

let dir: string;

interface Run { code: number | null; stdout: string; stderr: string }

function winnow(args: string[], input = ''): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (stdout: string): Array<Record<string, unknown>> => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'winnow-profile-'));
  // 24 copies of one real page: the same article fetched again and again, as crawls do.
  mkdirSync(path.join(dir, 'copies'));
  for (let i = 0; i < 24; i++) copyFileSync(CNN_ARABIC_DUMP, path.join(dir, 'copies', `page-${String(i).padStart(2, '0')}.txt`));
  // 24 distinct pages of one template: the same dump with a different closing line each (a word, since
  // block keys ignore digits).
  mkdirSync(path.join(dir, 'pages'));
  const dump = readFileSync(CNN_ARABIC_DUMP, 'utf8');
  for (let i = 0; i < 24; i++) writeFileSync(path.join(dir, 'pages', `page-${String(i).padStart(2, '0')}.txt`), `${dump}\nArchive shelf ${String.fromCharCode(0x61 + i).repeat(3)}\n`);
  copyFileSync(SEED, path.join(dir, 'seed.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('winnow profile', () => {
  test('learn writes a profile naming the site and its page count; show lists it', () => {
    const learn = winnow(['profile', 'learn', '--site', 'example.org', 'pages', '-o', 'a.json']);
    expect(learn.code).toBe(0);
    const profile = JSON.parse(readFileSync(path.join(dir, 'a.json'), 'utf8')) as { format: string; sites: Record<string, { pages: number }> };
    expect(profile.format).toBe('winnow-site-profile');
    expect(Object.keys(profile.sites)).toEqual(['example.org']);
    expect(profile.sites['example.org']!.pages).toBe(24);
    const show = winnow(['profile', 'show', 'a.json']);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^example\.org\t24 pages\t\d+ cells$/m);
  });

  test('merge adds shards and gives the same bytes in either order', () => {
    expect(winnow(['profile', 'learn', '--site', 'example.org', 'pages/page-0*.txt', '-o', 'shard1.json']).code).toBe(0);
    expect(winnow(['profile', 'learn', '--site', 'example.org', 'pages/page-1*.txt', 'pages/page-2*.txt', '-o', 'shard2.json']).code).toBe(0);
    expect(winnow(['profile', 'merge', 'shard1.json', 'shard2.json', '-o', 'ab.json']).code).toBe(0);
    expect(winnow(['profile', 'merge', 'shard2.json', 'shard1.json', '-o', 'ba.json']).code).toBe(0);
    const ab = readFileSync(path.join(dir, 'ab.json'), 'utf8');
    expect(readFileSync(path.join(dir, 'ba.json'), 'utf8')).toBe(ab);
    expect(ab).toBe(readFileSync(path.join(dir, 'a.json'), 'utf8'));
  });

  test('learn gives the same bytes on one thread and on two workers, copies included', () => {
    expect(winnow(['profile', 'learn', '-j1', '--site', 'example.org', 'pages', 'copies', '-o', 'j1.json']).code).toBe(0);
    expect(winnow(['profile', 'learn', '-j2', '--site', 'example.org', 'pages', 'copies', '-o', 'j2.json']).code).toBe(0);
    const one = readFileSync(path.join(dir, 'j1.json'), 'utf8');
    expect((JSON.parse(one) as { sites: Record<string, { pages: number }> }).sites['example.org']!.pages).toBe(25);
    expect(readFileSync(path.join(dir, 'j2.json'), 'utf8')).toBe(one);
    expect(winnow(['profile', 'learn', '-j', 'many', 'pages']).code).toBe(2);
  });

  test('an unreadable --profile is a usage error naming the file', () => {
    const r = winnow(['--profile', 'missing.json', 'seed.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.json');
    expect(r.stdout).toBe('');
  });

  test('profile without an action prints its usage and exits 2', () => {
    const r = winnow(['profile']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('winnow profile learn');
  });
});

describe('site templates in extraction', () => {
  test('copies of one page count once when learning', () => {
    expect(winnow(['profile', 'learn', '--site', 'example.org', 'copies', '-o', 'copies.json']).code).toBe(0);
    const profile = JSON.parse(readFileSync(path.join(dir, 'copies.json'), 'utf8')) as { sites: Record<string, { pages: number }> };
    expect(profile.sites['example.org']!.pages).toBe(1);
  });

  test('a batch of copies of one article keeps the article', () => {
    const auto = winnow(['copies', '-j1']);
    const plain = winnow(['copies', '-j1', '--no-auto-profile']);
    expect(auto.code).toBe(0);
    expect(auto.stdout).toBe(plain.stdout);
    const first = lines(auto.stdout)[0]!;
    expect(typeof first['body']).toBe('string');
    expect((first['body'] as string).length).toBeGreaterThan(500);
  });

  test('a profile that would leave a page without its article is ignored for that page', () => {
    // 24 pages whose article is the same text: the profile calls the article template.
    const withProfile = winnow(['--profile', 'a.json', '--site', 'example.org', 'pages/page-00.txt']);
    const without = winnow(['--no-auto-profile', 'pages/page-00.txt']);
    expect(withProfile.code).toBe(0);
    expect((lines(withProfile.stdout)[0]!['body'] as string).length).toBeGreaterThan(500);
    expect(lines(withProfile.stdout)[0]!['body']).toBe(lines(without.stdout)[0]!['body']);
  });

  test('an explicit profile gives the same records at -j1 and -j2', () => {
    const one = winnow(['--profile', 'a.json', '--site', 'example.org', 'pages', '-j1']);
    const two = winnow(['--profile', 'a.json', '--site', 'example.org', 'pages', '-j2']);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(lines(one.stdout)).toHaveLength(24);
  });
});

describe('field flags', () => {
  test('--entity-types keeps only the named types', () => {
    const r = winnow(['seed.txt', '--entity-types', 'LOC']);
    expect(r.code).toBe(0);
    const types = new Set((lines(r.stdout)[0]!['entities'] as Array<{ type: string }>).map((e) => e.type));
    expect([...types]).toEqual(['LOCATION']);
  });

  test('--entity-types rejects an unknown type with exit 2', () => {
    const r = winnow(['seed.txt', '--entity-types', 'PLANET']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--entity-types');
  });

  test('--digits persian rewrites Latin digits in the body of a Persian page', () => {
    writeFileSync(path.join(dir, 'digits.txt'), readFileSync(SEED, 'utf8').replace('در ماه سپتامبر،', 'در ماه سپتامبر 2020،'));
    const asWritten = lines(winnow(['digits.txt']).stdout)[0]!['body'] as string;
    const persian = lines(winnow(['digits.txt', '--digits', 'persian']).stdout)[0]!['body'] as string;
    expect(asWritten).toContain('سپتامبر 2020');
    expect(persian).toContain('سپتامبر ۲۰۲۰');
  });
});
