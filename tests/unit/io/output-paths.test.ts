import * as path from 'node:path';
import { inputSetOf, type InputSet, type InputSource } from '../../../src/io/find-inputs';
import { mirrorTargets } from '../../../src/io/output-paths';

const file = (relPath: string, ndjson = false): InputSource => ({ kind: 'file', id: relPath, path: `/in/${relPath}`, relPath, ndjson });

/** The targets of all inputs, or the clash. */
async function targetsOf(inputs: readonly InputSource[], set: InputSet = inputSetOf(inputs)): Promise<(string | null)[] | object> {
  const targetOf = await mirrorTargets(set, 'out');
  return typeof targetOf === 'function' ? inputs.map(targetOf) : targetOf;
}

/** One operand's inputs of one directory, as a walk yields them: each lists the others as siblings. */
function siblingsSet(relPaths: readonly string[]): { inputs: InputSource[]; set: InputSet } {
  const inputs: InputSource[] = [];
  for (const relPath of relPaths) inputs.push({ kind: 'file', id: `d/${relPath}`, path: `/d/${relPath}`, relPath, ndjson: false, siblings: inputs });
  return { inputs, set: { ...inputSetOf(inputs), oneOperand: true } };
}

describe('mirrorTargets', () => {
  test('document extension (and .gz) replaced by .json; NDJSON inputs get .jsonl; stdin is stdin.json', async () => {
    const inputs = [file('a/b.txt'), file('c.html.gz'), file('crawl.jsonl', true), { kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson: false } as InputSource,
      { kind: 'unresolved', id: 'gone.txt', error: { code: 'E_NOT_FOUND', message: 'x' } } as InputSource];
    expect(await targetsOf(inputs)).toEqual([
      path.join('out', 'a', 'b.json'), path.join('out', 'c.json'), path.join('out', 'crawl.jsonl'), path.join('out', 'stdin.json'), null,
    ]);
  });

  test('page.txt beside page.html keep their full names', async () => {
    expect(await targetsOf([file('s/page.html'), file('s/page.txt'), file('s/other.txt')])).toEqual([
      path.join('out', 's', 'page.html.json'), path.join('out', 's', 'page.txt.json'), path.join('out', 's', 'other.json'),
    ]);
  });

  test('two inputs with the same relative path are a clash', async () => {
    const a: InputSource = { kind: 'file', id: 'x/p.txt', path: '/x/p.txt', relPath: 'p.txt', ndjson: false };
    const b: InputSource = { kind: 'file', id: 'y/p.txt', path: '/y/p.txt', relPath: 'p.txt', ndjson: false };
    expect(await targetsOf([a, b])).toEqual({ first: 'x/p.txt', second: 'y/p.txt', target: path.join('out', 'p.txt.json') });
  });

  test('one operand: names are decided among siblings, with the same results', async () => {
    const { inputs, set } = siblingsSet(['page.html', 'page.txt', 'other.txt']);
    expect(await targetsOf(inputs, set)).toEqual([path.join('out', 'page.html.json'), path.join('out', 'page.txt.json'), path.join('out', 'other.json')]);
    // b.txt.txt wants b.txt.json, the full name b.txt keeps since b.html shares its short name
    const clash = siblingsSet(['b.html', 'b.txt', 'b.txt.txt']);
    expect(await targetsOf(clash.inputs, clash.set)).toEqual({ first: 'd/b.txt', second: 'd/b.txt.txt', target: path.join('out', 'b.txt.json') });
    expect(await targetsOf(clash.inputs)).toEqual({ first: 'd/b.txt', second: 'd/b.txt.txt', target: path.join('out', 'b.txt.json') });
  });
});
