import * as path from 'node:path';
import type { InputSource } from '../../../src/io/find-inputs';
import { mirrorTargets } from '../../../src/io/output-paths';

const file = (relPath: string, ndjson = false): InputSource => ({ kind: 'file', id: relPath, path: `/in/${relPath}`, relPath, ndjson });

describe('mirrorTargets', () => {
  test('document extension (and .gz) replaced by .json; NDJSON inputs get .jsonl; stdin is stdin.json', () => {
    const inputs = [file('a/b.txt'), file('c.html.gz'), file('crawl.jsonl', true), { kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson: false } as InputSource,
      { kind: 'unresolved', id: 'gone.txt', error: { code: 'E_NOT_FOUND', message: 'x' } } as InputSource];
    const targets = mirrorTargets(inputs, 'out');
    expect(targets instanceof Map && [...targets.values()]).toEqual([
      path.join('out', 'a', 'b.json'), path.join('out', 'c.json'), path.join('out', 'crawl.jsonl'), path.join('out', 'stdin.json'),
    ]);
  });

  test('page.txt beside page.html keep their full names', () => {
    const targets = mirrorTargets([file('s/page.html'), file('s/page.txt'), file('s/other.txt')], 'out');
    expect(targets instanceof Map && [...targets.values()]).toEqual([
      path.join('out', 's', 'page.html.json'), path.join('out', 's', 'page.txt.json'), path.join('out', 's', 'other.json'),
    ]);
  });

  test('two inputs with the same relative path are a clash', () => {
    const a: InputSource = { kind: 'file', id: 'x/p.txt', path: '/x/p.txt', relPath: 'p.txt', ndjson: false };
    const b: InputSource = { kind: 'file', id: 'y/p.txt', path: '/y/p.txt', relPath: 'p.txt', ndjson: false };
    expect(mirrorTargets([a, b], 'out')).toEqual({ first: 'x/p.txt', second: 'y/p.txt', target: path.join('out', 'p.txt.json') });
  });
});
