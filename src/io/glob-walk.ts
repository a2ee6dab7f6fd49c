/**
 * A glob operand's matches one at a time, in bytewise order: the glob's static base is walked with
 * walkSorted and each path is matched with picomatch, instead of fast-glob returning every match at once
 * (in no order) to be sorted. The results are fast-glob's, with the options winnow gave it (dot:false,
 * case-sensitive, files only, braces, `**`, extglobs): fast-glob still splits the pattern into tasks
 * (braces expanded, one task per static base) and its pattern regexes come from picomatch.makeRe with the
 * options below, so matching is the same code; only walking and ordering are ours. A name is what fast-glob
 * returned: the task's base as written (`../x`, `./x`, `/abs/x`; none for `.`), `/`, the path below it.
 *
 * Directories are read only where a match may lie below them (fast-glob's partial matching: each
 * component against the pattern's, anything below a `**`), and never inside a dot directory unless the
 * pattern names one: with dot:false no match can lie there.
 */
import * as path from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { compareBytewise } from '../lib/bytewise';
import { walkSorted, type WalkEntry } from './walk-sorted';

/** The options fast-glob 3 passes to micromatch/picomatch for winnow's settings. */
const MATCH_OPTIONS: picomatch.PicomatchOptions = {
  dot: false, matchBase: false, nobrace: false, nocase: false, noext: false, noglobstar: false, posix: true, strictSlashes: false,
};

export type GlobEntry =
  /** A match; `names` are the matches in the same directory (one array shared by all of them), the
   *  entry is `names[index]`. */
  | { readonly kind: 'file'; readonly names: readonly string[]; readonly index: number }
  /** A directory that could not be read, named like a match; null for the base itself. */
  | { readonly kind: 'error'; readonly name: string | null; readonly error: unknown };

/** The static directory of each part of the pattern, as fast-glob plans its walks (braces expanded). */
export function globBases(pattern: string): string[] {
  return fg.generateTasks([pattern]).map((task) => task.base);
}

/** Every file the glob matches (relative to `cwd`, or absolute when the pattern is), sorted bytewise;
 *  a name found by two of the pattern's tasks once. */
export async function* walkGlob(pattern: string, cwd: string): AsyncGenerator<GlobEntry> {
  const walks = fg.generateTasks([pattern]).map((task) => walkTask(task.base, task.positive, cwd));
  let last: string | null = null;
  for await (const entry of mergeSorted(walks, entryKey)) {
    const key = entryKey(entry);
    if (key === last) continue;
    last = key;
    yield entry;
  }
}

async function* walkTask(base: string, patterns: readonly string[], cwd: string): AsyncGenerator<GlobEntry> {
  const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
  const matchers = patterns.map((pattern) => picomatch.makeRe(pattern, MATCH_OPTIONS));
  const partial = patterns.map(partialPattern);
  const dotDirectories = patterns.some(namesDotEntry);
  const names = new WeakMap<readonly string[], string[]>();
  const walk = walkSorted(path.resolve(cwd, base), {
    file: (relPath) => matchers.some((re) => re.test(withoutLeadingDot(prefix + relPath))),
    directory: (relPath, name) => (dotDirectories || !name.startsWith('.')) && mayHoldMatches(withoutLeadingDot(prefix + relPath), partial),
  });
  for await (const entry of walk) {
    if (entry.kind === 'file') {
      let list = names.get(entry.siblings);
      if (!list) names.set(entry.siblings, list = entry.siblings.map((rel) => prefix + rel));
      yield { kind: 'file', names: list, index: entry.index };
    } else if (!isMissing(entry)) {
      yield { kind: 'error', name: entry.relPath === '' ? null : prefix + entry.relPath, error: entry.error };
    }
  }
}

/** fast-glob ignores a directory that vanished (or a base that never existed). */
function isMissing(entry: WalkEntry & { kind: 'error' }): boolean {
  return (entry.error as NodeJS.ErrnoException).code === 'ENOENT';
}

function entryKey(entry: GlobEntry): string {
  // An unreadable directory stands where its files would have been.
  return entry.kind === 'file' ? entry.names[entry.index]! : `${entry.name ?? ''}/`;
}

/** `./x` → `x`: fast-glob matches paths without a leading `./`. */
function withoutLeadingDot(name: string): string {
  return name.startsWith('./') ? name.slice(2) : name;
}

/** Whether the pattern has a component starting with `.` (other than `.` and `..`), or a class or
 *  extglob that might match one: only then can a match lie in a dot directory. */
function namesDotEntry(pattern: string): boolean {
  return /(^|\/)\.(?!\.?(\/|$))|[[(]/.test(pattern);
}

interface Segment {
  readonly text: string;
  /** Set for a dynamic component. */
  readonly re: RegExp | null;
}

interface PartialPattern {
  readonly segments: readonly Segment[];
  /** Components before the first `**`; all of them when there is none. */
  readonly beforeGlobstar: number;
  readonly globstar: boolean;
}

/** A pattern split into components for matching directories, as fast-glob's partial matcher does. */
function partialPattern(pattern: string): PartialPattern {
  const parts = picomatch.scan(pattern, { ...MATCH_OPTIONS, parts: true }).parts ?? [];
  if (parts.length === 0) parts.push(pattern);
  if (parts[0]!.startsWith('/')) parts.splice(0, 1, '', parts[0]!.slice(1));
  // '' (the root before an absolute pattern's first `/`) is static; fast-glob's public check rejects it.
  const segments = parts.map((text) => ({ text, re: text !== '' && fg.isDynamicPattern(text) ? picomatch.makeRe(text, MATCH_OPTIONS) : null }));
  const first = segments.findIndex((segment) => segment.re !== null && segment.text.includes('**'));
  return { segments, beforeGlobstar: first === -1 ? segments.length : first, globstar: first !== -1 };
}

/** Whether files below the directory `dirPath` (relative to cwd, `/`-separated) may match. */
function mayHoldMatches(dirPath: string, patterns: readonly PartialPattern[]): boolean {
  const parts = dirPath.split('/');
  return patterns.some((pattern) => {
    if (!pattern.globstar && pattern.segments.length <= parts.length) return false;
    if (pattern.globstar && parts.length > pattern.beforeGlobstar) return true;
    return parts.every((part, i) => {
      const segment = pattern.segments[i]!;
      return segment.re ? segment.re.test(part) : segment.text === part;
    });
  });
}

/** Merges sorted streams into one sorted stream (a pattern with several bases walks each). */
async function* mergeSorted<T>(streams: readonly AsyncGenerator<T>[], key: (item: T) => string): AsyncGenerator<T> {
  if (streams.length === 1) { yield* streams[0]!; return; }
  try {
    const heads = await Promise.all(streams.map((stream) => stream.next()));
    for (;;) {
      let best = -1;
      for (const [i, head] of heads.entries()) {
        if (head.done) continue;
        if (best === -1 || compareBytewise(key(head.value), key(heads[best]!.value as T)) < 0) best = i;
      }
      if (best === -1) return;
      yield heads[best]!.value as T;
      heads[best] = await streams[best]!.next();
    }
  } finally {
    await Promise.all(streams.map((stream) => stream.return(undefined)));
  }
}
