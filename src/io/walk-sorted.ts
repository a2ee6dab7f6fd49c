/**
 * A depth-first directory walk that yields files in bytewise (UTF-8) order of their full relative paths
 * while reading one directory at a time, so memory is O(depth × largest directory) however many files
 * the tree holds (a million-file dump folder used to cost ~300 MB as one sorted list).
 *
 * Why sorting each directory is enough: each directory's entries are sorted by `name` for a file and
 * `name + '/'` for a directory. Two full paths first differ in one component, below a common parent;
 * comparing the paths bytewise from there compares that component followed by `/` (a directory) or by
 * nothing (a file), since a file name holds no `/` and `d/` is a prefix of `e/` only if d = e, the result
 * is decided within those keys. So `a-b` < `a.b` < `a/x` < `a0` (`-` 0x2D, `.` 0x2E, `/` 0x2F, `0` 0x30),
 * whatever lies below `a/`.
 *
 * Symbolic links are followed (a link to a file is a file, a link to a directory is walked), as fast-glob
 * did; a broken link is skipped. A link back to a directory being walked (a cycle) is not entered again.
 * A directory that cannot be read is yielded as an `error` entry at its place and the walk goes on.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { compareBytewise } from '../lib/bytewise';

/** Which entries the walk keeps. Paths are relative to the root, with `/` separators. */
export interface WalkFilter {
  /** Whether a file is yielded. */
  file(relPath: string, name: string): boolean;
  /** Whether a subdirectory is read. */
  directory(relPath: string, name: string): boolean;
}

export type WalkEntry =
  /** `siblings`: the kept files of the same directory, in order (one array shared by all of them);
   *  the entry is `siblings[index]`. */
  | { readonly kind: 'file'; readonly siblings: readonly string[]; readonly index: number }
  /** A directory that could not be read (`relPath` '' for the root), in its place. */
  | { readonly kind: 'error'; readonly relPath: string; readonly error: unknown };

/** The kept files below `root`, in bytewise order of their relative paths. */
export function walkSorted(root: string, filter: WalkFilter): AsyncGenerator<WalkEntry> {
  return walkDirectory(root, '', filter, new Set());
}

interface Listed {
  readonly name: string;
  readonly relPath: string;
  readonly isDirectory: boolean;
  /** The name, with `/` after a directory's. */
  readonly key: string;
}

/** `ancestors`: identities (dev:ino) of the directories being walked, shared down the recursion. */
async function* walkDirectory(dir: string, relPath: string, filter: WalkFilter, ancestors: Set<string>): AsyncGenerator<WalkEntry> {
  let identity: string;
  let entries: Listed[];
  try {
    identity = await directoryIdentity(dir);
    if (ancestors.has(identity)) return;
    entries = await listDirectory(dir, relPath, filter);
  } catch (error) {
    yield { kind: 'error', relPath, error };
    return;
  }
  const siblings = entries.filter((entry) => !entry.isDirectory).map((entry) => entry.relPath);
  ancestors.add(identity);
  try {
    let index = 0;
    for (const entry of entries) {
      if (entry.isDirectory) yield* walkDirectory(path.join(dir, entry.name), entry.relPath, filter, ancestors);
      else yield { kind: 'file', siblings, index: index++ };
    }
  } finally {
    ancestors.delete(identity);
  }
}

async function directoryIdentity(dir: string): Promise<string> {
  const info = await stat(dir, { bigint: true });
  return `${info.dev}:${info.ino}`;
}

/** The directory's kept entries in walk order (see the comment at the top). */
async function listDirectory(dir: string, relPath: string, filter: WalkFilter): Promise<Listed[]> {
  const dirents = await readdir(dir, { withFileTypes: true });
  const listed: Listed[] = [];
  for (const dirent of dirents) {
    const kind = dirent.isSymbolicLink() ? await linkTargetKind(path.join(dir, dirent.name)) : direntKind(dirent);
    const rel = relPath === '' ? dirent.name : `${relPath}/${dirent.name}`;
    if (kind === 'file' && filter.file(rel, dirent.name)) {
      listed.push({ name: dirent.name, relPath: rel, isDirectory: false, key: dirent.name });
    } else if (kind === 'directory' && filter.directory(rel, dirent.name)) {
      listed.push({ name: dirent.name, relPath: rel, isDirectory: true, key: `${dirent.name}/` });
    }
  }
  return listed.sort((a, b) => compareBytewise(a.key, b.key));
}

type Kind = 'file' | 'directory' | null;

/** File or directory; null for anything else (sockets, devices, FIFOs). */
function direntKind(entry: Dirent | Stats): Kind {
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : null;
}

/** What a symbolic link points to; null for a broken link. */
async function linkTargetKind(link: string): Promise<Kind> {
  try {
    return direntKind(await stat(link));
  } catch {
    return null;
  }
}
