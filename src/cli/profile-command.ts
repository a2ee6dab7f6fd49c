/**
 * `winnow profile learn INPUT... [-o FILE]`, `winnow profile merge FILE... [-o FILE]` and
 * `winnow profile show FILE`: learn site profiles from a batch, add shard profiles together (map-reduce:
 * learn per shard anywhere, merge in any order, same bytes), and list what a profile holds.
 * Self-contained argument parsing so the main program only has to hand over the words after `profile`.
 * stdout carries only the profile (when no -o is given); messages go to stderr as `winnow: …` lines.
 * Exit codes as for extraction: 0 fine, 1 some inputs failed (the profile is still written), 2 usage or
 * config error (unreadable/invalid profile, output not writable).
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { findInputs } from '../io/find-inputs';
import { scanInputs } from '../io/input-scan';
import { writeFileAtomic } from '../io/atomic-file';
import { readErrorMessage } from '../io/fs-errors';
import type { Format } from '../types';
import { learnFromInputs } from '../profile/auto';
import { DEFAULT_TIMEOUT_MS, parseJobs } from './cli-options';
import { withObservePool } from './observe-pool';
import { workerCount } from './worker-count';
import { emptyProfile, mergeProfiles, parseProfile, serializeProfile, type Profile } from '../profile/profile';
import { siteName } from '../profile/site';

export interface ProfileCommandIo {
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  readonly cwd: string;
}

export const PROFILE_USAGE = `usage: winnow profile learn [--site NAME] [--min-pages N] [--ndjson] [--format text|html]
                           [--encoding ENC] [--max-bytes N] [-j N] [-o FILE] INPUT...
       winnow profile merge [-o FILE] PROFILE...
       winnow profile show PROFILE

  learn   count each site's repeated blocks over INPUTs (files, directories, globs, - for stdin)
  merge   add profiles learned on shards (order does not matter: same bytes)
  show    list the sites of a profile with their page counts
  -o, --output FILE   write the profile there (atomically) instead of stdout
  -j, --jobs N        worker threads for learn (default: one per CPU; the profile is the same for any N)
`;

interface Parsed {
  readonly operands: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

/** Flags taking a value, long names; short `-o` is `output`, `-j` is `jobs`. */
const VALUE_FLAGS = new Set(['output', 'site', 'min-pages', 'format', 'encoding', 'max-bytes', 'jobs']);
const SHORT_NAMES: Readonly<Record<string, string>> = { '-o': 'output', '-j': 'jobs', '-h': 'help' };
const BOOLEAN_FLAGS = new Set(['ndjson', 'help']);

function parseArgs(args: readonly string[]): Parsed | string {
  const operands: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') { operands.push(...args.slice(i + 1)); break; }
    if (arg === '-' || !arg.startsWith('-')) { operands.push(arg); continue; }
    // --name=value, --name value, -j2 / -j 2
    const [rawName, inline] = arg.startsWith('--') ? splitInline(arg.slice(2))
      : arg.length > 2 && SHORT_NAMES[arg.slice(0, 2)] !== undefined ? [SHORT_NAMES[arg.slice(0, 2)]!, arg.slice(2)]
        : [SHORT_NAMES[arg] ?? arg, undefined];
    if (BOOLEAN_FLAGS.has(rawName)) { flags.add(rawName); continue; }
    if (!VALUE_FLAGS.has(rawName)) return `unknown option '${arg}'`;
    const value = inline ?? args[++i];
    if (value === undefined) return `option '--${rawName}' needs a value`;
    values.set(rawName, value);
  }
  return { operands, values, flags };
}

function splitInline(body: string): [string, string | undefined] {
  const eq = body.indexOf('=');
  return eq < 0 ? [body, undefined] : [body.slice(0, eq), body.slice(eq + 1)];
}

/** Runs `winnow profile …` with the words after `profile`; returns the exit code. */
export async function runProfileCommand(args: readonly string[], io: ProfileCommandIo): Promise<number> {
  const [action, ...rest] = args;
  const usage = (message: string): number => {
    io.writeErr(`winnow: profile: ${message}\n${PROFILE_USAGE}`);
    return 2;
  };
  if (action === undefined || action === '--help' || action === '-h' || action === 'help') {
    io.writeOut(PROFILE_USAGE);
    return action === undefined ? 2 : 0;
  }
  const parsed = parseArgs(rest);
  if (typeof parsed === 'string') return usage(parsed);
  if (parsed.flags.has('help')) { io.writeOut(PROFILE_USAGE); return 0; }
  switch (action) {
    case 'learn': return learn(parsed, io, usage);
    case 'merge': return merge(parsed, io, usage);
    case 'show': return show(parsed, io, usage);
    default: return usage(`unknown action '${action}' (learn, merge or show)`);
  }
}

async function learn(parsed: Parsed, io: ProfileCommandIo, usage: (m: string) => number): Promise<number> {
  if (parsed.operands.length === 0) return usage('learn needs at least one INPUT');
  const minPages = parsed.values.has('min-pages') ? Number(parsed.values.get('min-pages')) : 1;
  if (!Number.isSafeInteger(minPages) || minPages < 1) return usage('--min-pages must be a whole number >= 1');
  const format = parsed.values.get('format');
  if (format !== undefined && format !== 'text' && format !== 'html') return usage('--format must be text or html');
  const maxBytes = parsed.values.has('max-bytes') ? Number(parsed.values.get('max-bytes')) : 20_000_000;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) return usage('--max-bytes must be a whole number >= 1');
  const site = parsed.values.get('site');
  let jobs: number;
  try {
    jobs = parseJobs(parsed.values.get('jobs') ?? null);
  } catch (err) {
    return usage(err instanceof Error ? err.message : String(err));
  }

  const inputs = findInputs(parsed.operands, { ndjson: parsed.flags.has('ndjson'), cwd: io.cwd, globs: true });
  const extract = {
    format: (format as Format | undefined) ?? null,
    encoding: parsed.values.get('encoding') ?? null,
    maxBytes,
    site: site ? siteName(site) : null,
  };
  const result = await withObservePool(
    { workers: workerCount(jobs, await scanInputs(inputs)), timeoutMs: DEFAULT_TIMEOUT_MS, extract },
    (runner) => learnFromInputs(inputs, io.stdin, { minPages, extract, ...(runner ? { runner } : {}) }),
  );
  for (const f of result.failures) io.writeErr(`winnow: ${f.where}: ${f.error.message} (${f.error.code})\n`);
  if (result.unnamed > 0) io.writeErr(`winnow: profile: ${result.unnamed} document(s) named no site (no URL, publisher or folder); give --site\n`);
  if (result.droppedSites.length > 0) io.writeErr(`winnow: profile: ${result.droppedSites.length} small site(s) left out to stay within memory\n`);
  const written = await writeProfile(result.profile, parsed.values.get('output'), io);
  if (written !== 0) return written;
  const sites = Object.entries(result.profile.sites).map(([name, c]) => `${name} (${c.pages})`);
  io.writeErr(`winnow: profile: learned ${sites.length} site(s)${sites.length ? `: ${sites.slice(0, 10).join(', ')}${sites.length > 10 ? ', …' : ''}` : ''}\n`);
  return result.failures.length > 0 ? 1 : 0;
}

async function merge(parsed: Parsed, io: ProfileCommandIo, usage: (m: string) => number): Promise<number> {
  if (parsed.operands.length === 0) return usage('merge needs at least one PROFILE');
  let total: Profile | null = null;
  for (const file of parsed.operands) {
    const profile = await loadProfile(file, io);
    if (!profile) return 2;
    try {
      total = total ? mergeProfiles(total, profile) : profile;
    } catch (err) {
      io.writeErr(`winnow: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
  }
  return writeProfile(total ?? emptyProfile(), parsed.values.get('output'), io);
}

async function show(parsed: Parsed, io: ProfileCommandIo, usage: (m: string) => number): Promise<number> {
  if (parsed.operands.length !== 1) return usage('show needs exactly one PROFILE');
  const profile = await loadProfile(parsed.operands[0]!, io);
  if (!profile) return 2;
  const lines = Object.entries(profile.sites).map(([name, c]) => `${name}\t${c.pages} pages\t${Object.keys(c.cells).length} cells\n`);
  io.writeOut(lines.join(''));
  return 0;
}

/** Reads and checks a profile file (`-` = stdin); reports and returns null when it cannot be used. */
export async function loadProfile(file: string, io: Pick<ProfileCommandIo, 'stdin' | 'writeErr' | 'cwd'>): Promise<Profile | null> {
  let text: string;
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
      text = Buffer.concat(chunks).toString('utf8');
    } else {
      text = await readFile(path.resolve(io.cwd, file), 'utf8');
    }
  } catch (err) {
    io.writeErr(`winnow: ${file}: ${readErrorMessage(err)} (E_READ)\n`);
    return null;
  }
  const profile = parseProfile(text);
  if ('error' in profile) {
    io.writeErr(`winnow: ${file}: ${profile.error}\n`);
    return null;
  }
  return profile;
}

async function writeProfile(profile: Profile, output: string | undefined, io: ProfileCommandIo): Promise<number> {
  const text = serializeProfile(profile);
  if (output === undefined || output === '-') { io.writeOut(text); return 0; }
  try {
    await writeFileAtomic(path.resolve(io.cwd, output), text);
    return 0;
  } catch (err) {
    io.writeErr(`winnow: ${output}: cannot write (${readErrorMessage(err)}) (E_WRITE)\n`);
    return 2;
  }
}
