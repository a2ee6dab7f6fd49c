/**
 * Test-only reference: input discovery and --output-dir naming as they were before streaming (revision
 * 9459ad4): fast-glob expands each operand into a whole list, sorted; duplicates dropped with a set of
 * every path; output names decided over the whole list. The streaming code must give the same list
 * (find-inputs-equivalence.test.ts). Kept as written then, apart from imports and plain objects for the
 * walked entries.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import fg from 'fast-glob';
import { commonAncestor, type InputSource } from '../../../src/io/find-inputs';
import { readErrorMessage } from '../../../src/io/fs-errors';
import { DOCUMENT_EXTENSIONS, isNdjsonPath, stripInputExtension } from '../../../src/io/input-kinds';

export interface ReferenceOptions {
  readonly ndjson: boolean;
  readonly cwd: string;
  readonly globs: boolean;
}

type ReadableInput = Exclude<InputSource, { kind: 'unresolved' }>;

/** Operands then literal names (--paths-from), de-duplicated over both, as run-cli did. */
export async function referenceInputs(operands: readonly string[], listed: readonly string[], opts: ReferenceOptions): Promise<InputSource[]> {
  const found: InputSource[] = [];
  for (const operand of operands) for (const input of await expandOperand(operand, opts)) found.push(input);
  for (const name of listed) for (const input of await expandOperand(name, { ...opts, globs: false })) found.push(input);
  return dedupeInputs(found);
}

function dedupeInputs(inputs: readonly InputSource[]): InputSource[] {
  const seen = new Set<string>();
  return inputs.filter((input) => {
    const key = input.kind === 'file' ? input.path : input.kind === 'stdin' ? '<stdin>' : `?${input.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function expandOperand(operand: string, opts: ReferenceOptions): Promise<InputSource[]> {
  if (operand === '-') return [{ kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson: opts.ndjson }];
  const absolute = path.resolve(opts.cwd, operand);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return await walkDirectory(operand, absolute);
    return [{ kind: 'file', id: operand, path: absolute, relPath: relativeToCwd(absolute, opts.cwd), ndjson: opts.ndjson || isNdjsonPath(operand) }];
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return [unresolved(operand, 'E_READ', readErrorMessage(err))];
  }
  if (opts.globs && fg.isDynamicPattern(operand)) return expandGlob(operand, opts);
  return [unresolved(operand, 'E_NOT_FOUND', 'no such file or directory')];
}

async function walkDirectory(operand: string, absolute: string): Promise<InputSource[]> {
  const extensions = `{${DOCUMENT_EXTENSIONS.join(',')}}`;
  let names: string[];
  try {
    names = await fg([`**/*.${extensions}`, `**/*.${extensions}.gz`], {
      cwd: absolute, onlyFiles: true, unique: true, dot: false, caseSensitiveMatch: false, suppressErrors: false,
    });
  } catch (err) {
    return [unresolved(operand, 'E_READ', readErrorMessage(err))];
  }
  if (names.length === 0) {
    return [unresolved(operand, 'E_NOT_FOUND', `directory has no ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(' ')} (or .gz) files`)];
  }
  return sortBytewise(names).map((rel) => ({
    kind: 'file', id: joinDisplay(operand, rel), path: path.join(absolute, rel), relPath: rel, ndjson: false,
  }));
}

async function expandGlob(pattern: string, opts: ReferenceOptions): Promise<InputSource[]> {
  let names: string[];
  try {
    names = await fg(pattern, { cwd: opts.cwd, onlyFiles: true, unique: true, dot: false, suppressErrors: false });
  } catch (err) {
    return [unresolved(pattern, 'E_READ', readErrorMessage(err))];
  }
  if (names.length === 0) return [unresolved(pattern, 'E_NOT_FOUND', 'no files match this glob')];
  // One deliberate change from the old code: with several bases, paths are relative to the folder that
  // holds them all, not to the first base (which put `b/y.txt` at `../b/y.txt`, outside --output-dir).
  const base = commonAncestor(fg.generateTasks([pattern]).map((task) => path.resolve(opts.cwd, task.base)));
  return sortBytewise(names).map((name) => {
    const absolute = path.resolve(opts.cwd, name);
    return { kind: 'file', id: name, path: absolute, relPath: toPosix(path.relative(base, absolute)), ndjson: opts.ndjson || isNdjsonPath(name) };
  });
}

/** Target path per input, or the first clash that renaming cannot resolve. */
export function referenceMirrorTargets(
  inputs: readonly InputSource[], outDir: string,
): Map<InputSource, string> | { first: string; second: string; target: string } {
  const readable = inputs.filter((i): i is ReadableInput => i.kind !== 'unresolved');
  const short = readable.map((input) => stripInputExtension(input.relPath) + extensionFor(input));
  const counts = new Map<string, number>();
  for (const name of short) counts.set(name, (counts.get(name) ?? 0) + 1);
  const targets = new Map<InputSource, string>();
  const owner = new Map<string, ReadableInput>();
  for (const [i, input] of readable.entries()) {
    const name = counts.get(short[i]!)! > 1 ? input.relPath + extensionFor(input) : short[i]!;
    const target = path.join(outDir, ...name.split('/'));
    const previous = owner.get(target);
    if (previous) return { first: previous.id, second: input.id, target };
    owner.set(target, input);
    targets.set(input, target);
  }
  return targets;
}

function extensionFor(input: ReadableInput): string {
  return input.ndjson ? '.jsonl' : '.json';
}

function unresolved(id: string, code: 'E_READ' | 'E_NOT_FOUND', message: string): InputSource {
  return { kind: 'unresolved', id, error: { code, message } };
}

function relativeToCwd(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(absolute) : toPosix(rel);
}

function joinDisplay(operand: string, rel: string): string {
  return operand.endsWith('/') ? operand + rel : `${operand}/${rel}`;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function sortBytewise(names: readonly string[]): string[] {
  return [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
