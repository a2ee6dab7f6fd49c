/**
 * Raw commander flags → one frozen CliOptions, checked before any work: contradictory flags and bad values
 * are usage errors (exit 2) with one message naming the flags.
 */
import { DEFAULT_OPTIONS, type ExtractOptions, type NormalizeLevel } from '../options';
import type { DigitStyle } from '../normalize/levels';
import { siteName } from '../profile/site';
import type { EntityType, Format } from '../types';
import { availableParallelism } from 'node:os';
import { canonicalEncoding } from '../io/charset';
import type { ColorMode } from './color';
import type { RawFlags } from './program';

export interface CliOptions {
  readonly operands: readonly string[];
  readonly pathsFrom: string | null;
  readonly nul: boolean;
  readonly ndjson: boolean;
  /** -o FILE; null = stdout. */
  readonly output: string | null;
  readonly outputDir: string | null;
  readonly pretty: boolean;
  readonly events: boolean;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly debug: boolean;
  readonly explain: boolean;
  readonly stats: boolean;
  readonly progress: boolean;
  readonly color: ColorMode;
  /** Documents extracted at a time (-j; 0 resolved to the CPU count). */
  readonly jobs: number;
  /** Per-document limit in ms; 0 = none. */
  readonly timeoutMs: number;
  readonly skipExisting: boolean;
  /** --profile FILE: a site profile to load; null = none given. */
  readonly profileFile: string | null;
  /** Learn site templates from the run itself when it holds enough pages of a site (off: --no-auto-profile). */
  readonly autoProfile: boolean;
  readonly extract: ExtractOptions;
}

/** A command-line mistake: printed as `winnow: <message>`, exit 2. */
export class UsageError extends Error {}

export function resolveCliOptions(operands: readonly string[], flags: RawFlags): CliOptions {
  const str = (name: string): string | null => (typeof flags[name] === 'string' ? flags[name] as string : null);
  const bool = (name: string): boolean => flags[name] === true;

  const output = str('output');
  const outputDir = str('outputDir');
  const pathsFrom = str('pathsFrom');
  const debug = bool('debug');
  const verbose = bool('verbose') || debug;
  const quiet = bool('quiet');
  if (output !== null && outputDir !== null) throw new UsageError('--output and --output-dir cannot be used together');
  if (bool('events') && outputDir !== null) throw new UsageError('--events writes one stream; it cannot be used with --output-dir');
  if (quiet && verbose) throw new UsageError(`--quiet and ${debug ? '--debug' : '--verbose'} cannot be used together`);
  if (bool('skipExisting') && outputDir === null) throw new UsageError('--skip-existing needs --output-dir (it checks for existing output files)');
  if (bool('null') && pathsFrom === null) throw new UsageError('-0/--null only applies to --paths-from names');
  if (pathsFrom === '-' && operands.includes('-')) throw new UsageError('stdin cannot be both --paths-from - and an input (-)');
  if (str('profile') === '-' && (operands.includes('-') || operands.length === 0 || pathsFrom === '-')) throw new UsageError('stdin cannot be both --profile - and an input');

  const encoding = str('encoding');
  if (encoding !== null && canonicalEncoding(encoding) === null) throw new UsageError(`--encoding: unknown encoding label "${encoding}"`);

  const extract: ExtractOptions = Object.freeze({
    format: str('format') as Format | null,
    encoding,
    normalize: str('normalize') as NormalizeLevel | null,
    maxBytes: parseByteCount(str('maxBytes')),
    entities: flags['entities'] !== false,
    entityTypes: parseEntityTypes(str('entityTypes')),
    digits: str('digits') as DigitStyle | null,
    profile: null,
    site: str('site') === null ? null : siteName(str('site')!),
  });
  return Object.freeze({
    operands: [...operands], pathsFrom, nul: bool('null'), ndjson: bool('ndjson'),
    output: output === '-' ? null : output, outputDir,
    pretty: bool('pretty'), events: bool('events'),
    quiet, verbose, debug, explain: bool('explain'), stats: bool('stats'), progress: flags['progress'] !== false,
    color: (str('color') ?? 'auto') as ColorMode,
    jobs: parseJobs(str('jobs')),
    timeoutMs: parseWholeNumber('--timeout-ms', str('timeoutMs'), DEFAULT_TIMEOUT_MS),
    skipExisting: bool('skipExisting'),
    profileFile: str('profile'),
    autoProfile: flags['autoProfile'] !== false,
    extract,
  });
}

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];

/** --entity-types PERSON,LOCATION (case-insensitive; PER/ORG/LOC accepted); null = all types. */
export function parseEntityTypes(value: string | null): readonly EntityType[] | null {
  if (value === null) return null;
  const short: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' };
  const types = value.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean).map((t) => short[t] ?? t);
  const bad = types.find((t) => !(ENTITY_TYPES as readonly string[]).includes(t));
  if (bad !== undefined || types.length === 0) throw new UsageError(`--entity-types: expected PERSON, ORGANIZATION or LOCATION, got "${bad ?? value}"`);
  return Object.freeze([...new Set(types as EntityType[])]);
}

/** --timeout-ms default: real pages take 5–50 ms and a 3 MB page well under a second, so 5 s only stops
 *  pathological input (a runaway regular expression, a gigantic table), as trafilatura's and
 *  Readability's users asked for, without failing merely slow pages on a busy machine. */
export const DEFAULT_TIMEOUT_MS = 5000;
/** -j auto picks the CPU count, capped: past 16 workers the single writer thread is the limit
 *  (trafilatura caps its default the same way). */
export const MAX_AUTO_JOBS = 16;

/** -j N: a whole number; 0 or absent = one per CPU (capped at MAX_AUTO_JOBS). */
export function parseJobs(value: string | null): number {
  const jobs = parseWholeNumber('-j/--jobs', value, 0);
  return jobs > 0 ? jobs : Math.max(1, Math.min(MAX_AUTO_JOBS, availableParallelism()));
}

function parseWholeNumber(flag: string, value: string | null, fallback: number): number {
  if (value === null) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n)) throw new UsageError(`${flag}: expected a whole number, got "${value}"`);
  return n;
}

/** --max-bytes: a positive whole number of bytes, optionally with a k/M/G suffix (powers of 1000). */
export function parseByteCount(value: string | null): number {
  if (value === null) return DEFAULT_OPTIONS.maxBytes;
  const match = /^(\d+)([kmg]?)b?$/i.exec(value.trim());
  const scale: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };
  const bytes = match ? Number(match[1]) * scale[match[2]!.toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new UsageError(`--max-bytes: expected a positive number of bytes, got "${value}"`);
  return bytes;
}
