/**
 * Operands → the ordered, de-duplicated inputs to read, as a set that is walked anew each time it is
 * iterated: no list of inputs is ever held, so discovery costs the same memory for ten files or ten
 * million (O(depth × largest directory); see walk-sorted.ts). Callers that need totals first (worker
 * count, progress line, automatic profile) make a counting pass (input-scan.ts) before the real one.
 * Order: explicit operands keep the order given; what a directory walk or a glob expands to comes in
 * bytewise order of its names. Duplicates (same resolved path) keep their first place.
 * An operand that yields nothing (missing file, empty directory, glob without matches) becomes an
 * `unresolved` entry at its place, so it is reported in order and never dropped silently; so does a
 * directory below an operand that cannot be read, and the walk goes on past it.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import fg from 'fast-glob';
import type { WinnowError } from '../types';
import { readErrorMessage } from './fs-errors';
import { globBases, walkGlob } from './glob-walk';
import { DOCUMENT_EXTENSIONS, isDocumentName, isNdjsonPath } from './input-kinds';
import { walkSorted } from './walk-sorted';

/** One input to read. `relPath` is where it sits below its operand (directory, glob base, or the current
 *  directory), with `/` separators: the path `--output-dir` mirrors. `siblings`, for a file found by a
 *  directory walk or a glob: the files its operand yields from the same directory, itself included (what
 *  --output-dir naming compares it with). */
export type InputSource =
  | {
    readonly kind: 'file'; readonly id: string; readonly path: string; readonly relPath: string; readonly ndjson: boolean;
    readonly siblings?: readonly InputSource[];
  }
  | { readonly kind: 'stdin'; readonly id: '<stdin>'; readonly relPath: string; readonly ndjson: boolean }
  | { readonly kind: 'unresolved'; readonly id: string; readonly error: WinnowError };

export interface FindInputsOptions {
  /** Read stdin and explicit file operands as NDJSON whatever their extension (`--ndjson`). */
  readonly ndjson: boolean;
  /** Directory relative operands are resolved against. */
  readonly cwd: string;
  /** Expand glob patterns among the operands. */
  readonly globs: boolean;
  /** Names from a --paths-from list, after the operands: taken literally, never expanded as globs. */
  readonly listed?: readonly string[];
}

/** Inputs to iterate, any number of times; each iteration may read the file system anew. */
export type InputList = AsyncIterable<InputSource> | Iterable<InputSource>;

/** The inputs of a run: each iteration walks the operands again and yields the same sequence (as long as
 *  the files do not change). */
export interface InputSet extends AsyncIterable<InputSource> {
  /** One operand only (and not a glob with several bases): inputs that could share an --output-dir name
   *  can only be `siblings`. */
  readonly oneOperand: boolean;
}

export const STDIN_ID = '<stdin>';

/** Expands operands (`-` = stdin, files, directories, quoted globs), then the listed names, in order. */
export function findInputs(operands: readonly string[], opts: FindInputsOptions): InputSet {
  return new FoundInputs(operands, opts);
}

/** A fixed list as an input set (tests; callers that already hold the list). */
export function inputSetOf(inputs: readonly InputSource[]): InputSet {
  return {
    oneOperand: false,
    async *[Symbol.asyncIterator]() { yield* inputs; },
  };
}

/** Splits a --paths-from list: one name per line (CR LF tolerated) or NUL-separated with -0; empty
 *  entries are skipped. Names are taken literally (no glob expansion, no trimming of spaces). */
export function parsePathList(text: string, nulSeparated: boolean): string[] {
  const names = nulSeparated ? text.split('\0') : text.split('\n').map((line) => line.replace(/\r$/, ''));
  return names.filter((name) => name !== '');
}

interface Operand {
  readonly text: string;
  /** May be expanded as a glob. */
  readonly glob: boolean;
}

/** An input and what identifies it for de-duplication. */
interface Found {
  readonly input: InputSource;
  readonly key: string;
}

/*
 * De-duplication without a set of every path: an input can only repeat one of another operand whose root
 * (the directory, the glob's base, the file itself) is an ancestor of its path, or equal to it. So only the
 * inputs of operands whose roots overlap another operand's (one is an ancestor-or-equal of the other) are
 * remembered and checked; `winnow dumps/` keeps no set at all.
 */
class FoundInputs implements InputSet {
  private overlapping: ReadonlySet<number> | null = null;

  constructor(private readonly operands: readonly string[], private readonly opts: FindInputsOptions) {}

  get oneOperand(): boolean {
    return this.count() === 1 && !this.overlappingOperands().has(0);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<InputSource> {
    const overlapping = this.overlappingOperands();
    const seen = new Set<string>();
    let stdinSeen = false;
    for (let i = 0; i < this.count(); i++) {
      const remember = overlapping.has(i);
      for await (const { input, key } of expandOperand(this.operand(i), this.opts)) {
        if (input.kind === 'stdin') {
          if (stdinSeen) continue;
          stdinSeen = true;
        } else if (remember) {
          if (seen.has(key)) continue;
          seen.add(key);
        }
        yield input;
      }
    }
  }

  private count(): number {
    return this.operands.length + (this.opts.listed?.length ?? 0);
  }

  private operand(i: number): Operand {
    return i < this.operands.length
      ? { text: this.operands[i]!, glob: this.opts.globs }
      : { text: this.opts.listed![i - this.operands.length]!, glob: false };
  }

  private overlappingOperands(): ReadonlySet<number> {
    this.overlapping ??= findOverlaps(Array.from({ length: this.count() }, (_, i) => operandRoot(this.operand(i), this.opts.cwd)));
    return this.overlapping;
  }
}

interface Root {
  /** Resolved path every input of the operand lies at or below. */
  readonly path: string;
  /** The operand may yield one path under two names (a glob with several bases). */
  readonly selfOverlap: boolean;
}

/** Decided from the text alone (no file-system access): a glob's root is its base, which holds the path
 *  the text names literally too (used when such a file exists). */
function operandRoot(operand: Operand, cwd: string): Root | null {
  if (operand.text === '-') return null;
  const literal = path.resolve(cwd, operand.text);
  if (!operand.glob || !fg.isDynamicPattern(operand.text)) return { path: literal, selfOverlap: false };
  const bases = globBases(operand.text).map((base) => path.resolve(cwd, base));
  return { path: commonAncestor([literal, ...bases]), selfOverlap: bases.length > 1 };
}

/** Indices of operands whose root is an ancestor-or-equal or a descendant of another one's. */
function findOverlaps(roots: readonly (Root | null)[]): Set<number> {
  const byPath = new Map<string, number[]>();
  for (const [i, root] of roots.entries()) {
    if (root === null) continue;
    const same = byPath.get(root.path);
    if (same) same.push(i); else byPath.set(root.path, [i]);
  }
  const overlapping = new Set<number>();
  for (const same of byPath.values()) if (same.length > 1) for (const i of same) overlapping.add(i);
  for (const [i, root] of roots.entries()) {
    if (root === null) continue;
    if (root.selfOverlap) overlapping.add(i);
    for (let dir = path.dirname(root.path), below = root.path; dir !== below; below = dir, dir = path.dirname(dir)) {
      const above = byPath.get(dir);
      if (!above) continue;
      overlapping.add(i);
      for (const j of above) overlapping.add(j);
    }
  }
  return overlapping;
}

/** The deepest folder that holds every one of `paths` (resolved paths). */
export function commonAncestor(paths: readonly string[]): string {
  const split = paths.map((p) => p.split(path.sep));
  const first = split[0]!;
  let n = first.length;
  for (const parts of split) {
    let k = 0;
    while (k < n && k < parts.length && parts[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

async function* expandOperand(operand: Operand, opts: FindInputsOptions): AsyncGenerator<Found> {
  const { text } = operand;
  if (text === '-') {
    yield { input: { kind: 'stdin', id: STDIN_ID, relPath: 'stdin', ndjson: opts.ndjson }, key: STDIN_ID };
    return;
  }
  const absolute = path.resolve(opts.cwd, text);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) {
      yield* walkDirectory(text, absolute);
    } else {
      const input: InputSource = { kind: 'file', id: text, path: absolute, relPath: relativeToCwd(absolute, opts.cwd), ndjson: opts.ndjson || isNdjsonPath(text) };
      yield { input, key: absolute };
    }
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      yield operandError(text, 'E_READ', readErrorMessage(err));
      return;
    }
  }
  if (operand.glob && fg.isDynamicPattern(text)) yield* expandGlob(text, opts);
  else yield operandError(text, 'E_NOT_FOUND', 'no such file or directory');
}

const DOCUMENT_FILES = {
  file: (_relPath: string, name: string) => isDocumentName(name),
  directory: (_relPath: string, name: string) => !name.startsWith('.'),
};

async function* walkDirectory(operand: string, absolute: string): AsyncGenerator<Found> {
  const dir: WalkedDirectory = { operand, absolute };
  const groups = new WeakMap<readonly string[], WalkedFile[]>();
  let found = false;
  for await (const entry of walkSorted(absolute, DOCUMENT_FILES)) {
    if (entry.kind === 'error') {
      if ((entry.error as NodeJS.ErrnoException).code === 'ENOENT') continue; // vanished meanwhile
      found = true;
      yield entry.relPath === ''
        ? operandError(operand, 'E_READ', readErrorMessage(entry.error))
        : directoryError(joinDisplay(operand, entry.relPath), path.join(absolute, entry.relPath), entry.error);
      continue;
    }
    found = true;
    const input = groupMember(groups, entry.siblings, entry.index, (relPath, members) => new WalkedFile(dir, relPath, members));
    yield { input, key: input.path };
  }
  if (!found) {
    yield operandError(operand, 'E_NOT_FOUND', `directory has no ${DOCUMENT_EXTENSIONS.map((e) => `.${e}`).join(' ')} (or .gz) files`);
  }
}

async function* expandGlob(pattern: string, opts: FindInputsOptions): AsyncGenerator<Found> {
  // With several bases (`{a,b}/*.txt`), paths are relative to the folder that holds them all: relative to
  // the first base, `b/y.txt` was `../b/y.txt`, and --output-dir wrote it outside the output folder.
  const bases = globBases(pattern).map((b) => path.resolve(opts.cwd, b));
  const glob: GlobBase = { cwd: opts.cwd, base: bases.length > 0 ? commonAncestor(bases) : path.resolve(opts.cwd), ndjson: opts.ndjson };
  const groups = new WeakMap<readonly string[], GlobMatch[]>();
  let found = false;
  for await (const entry of walkGlob(pattern, opts.cwd)) {
    found = true;
    if (entry.kind === 'error') {
      yield entry.name === null
        ? operandError(pattern, 'E_READ', readErrorMessage(entry.error))
        : directoryError(entry.name, path.resolve(opts.cwd, entry.name), entry.error);
      continue;
    }
    const input = groupMember(groups, entry.names, entry.index, (name, members) => new GlobMatch(glob, name, members));
    yield { input, key: input.path };
  }
  if (!found) yield operandError(pattern, 'E_NOT_FOUND', 'no files match this glob');
}

/** The input for `names[index]`: the inputs of one directory are made together, on its first file, so that
 *  each can list the others as `siblings`. */
function groupMember<T>(
  groups: WeakMap<readonly string[], T[]>, names: readonly string[], index: number, make: (name: string, members: readonly T[]) => T,
): T {
  let members = groups.get(names);
  if (!members) {
    const made: T[] = [];
    for (const name of names) made.push(make(name, made));
    groups.set(names, members = made);
  }
  return members[index]!;
}

/** The operand itself is the problem: reported once however often it is given. */
function operandError(id: string, code: WinnowError['code'], message: string): Found {
  return { input: { kind: 'unresolved', id, error: { code, message } }, key: `?${id}` };
}

/** A directory below an operand could not be read: named, and once even when two operands reach it. */
function directoryError(id: string, absolute: string, err: unknown): Found {
  return { input: { kind: 'unresolved', id, error: { code: 'E_READ', message: readErrorMessage(err) } }, key: `!${absolute}` };
}

/*
 * The entries a directory walk or a glob expands to keep little (the name and two shared references) and
 * derive the rest when asked: the objects of one directory live as long as one of them is in use.
 */

interface WalkedDirectory {
  readonly operand: string;
  readonly absolute: string;
}

/** A file found by walking a directory operand; `relPath` is its path below the directory. */
class WalkedFile {
  constructor(private readonly dir: WalkedDirectory, readonly relPath: string, readonly siblings: readonly WalkedFile[]) {}
  get kind(): 'file' { return 'file'; }
  get ndjson(): boolean { return false; }
  get id(): string { return joinDisplay(this.dir.operand, this.relPath); }
  get path(): string { return path.join(this.dir.absolute, this.relPath); }
}

interface GlobBase {
  readonly cwd: string;
  /** The glob's static directory part, resolved (with several, the folder holding them all): what
   *  `relPath` is relative to. */
  readonly base: string;
  readonly ndjson: boolean;
}

/** A file a glob operand matched; `name` is the match as fast-glob names it, relative to the current
 *  directory (or absolute). */
class GlobMatch {
  constructor(private readonly glob: GlobBase, private readonly name: string, readonly siblings: readonly GlobMatch[]) {}
  get kind(): 'file' { return 'file'; }
  get id(): string { return this.name; }
  get path(): string { return path.resolve(this.glob.cwd, this.name); }
  get relPath(): string { return toPosix(path.relative(this.glob.base, this.path)); }
  get ndjson(): boolean { return this.glob.ndjson || isNdjsonPath(this.name); }
}

/** Where an explicit file sits below the current directory; its bare name when it lies outside. */
function relativeToCwd(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(absolute) : toPosix(rel);
}

/** `dir/` + `a/b.txt` → `dir/a/b.txt`, keeping the operand as the user typed it (no resolving). */
function joinDisplay(operand: string, rel: string): string {
  return operand.endsWith('/') ? operand + rel : `${operand}/${rel}`;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
