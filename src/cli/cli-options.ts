/**
 * Raw commander flags → one frozen CliOptions, checked before any work: contradictory flags and bad values
 * are usage errors (exit 2) with one message naming the flags.
 */
import { DEFAULT_OPTIONS, type ExtractOptions, type NormalizeLevel } from '../options';
import type { Format } from '../types';
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
  readonly color: ColorMode;
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
  if (bool('null') && pathsFrom === null) throw new UsageError('-0/--null only applies to --paths-from names');
  if (pathsFrom === '-' && operands.includes('-')) throw new UsageError('stdin cannot be both --paths-from - and an input (-)');

  const encoding = str('encoding');
  if (encoding !== null && canonicalEncoding(encoding) === null) throw new UsageError(`--encoding: unknown encoding label "${encoding}"`);

  const extract: ExtractOptions = Object.freeze({
    format: str('format') as Format | null,
    encoding,
    normalize: str('normalize') as NormalizeLevel | null,
    maxBytes: parseByteCount(str('maxBytes')),
    entities: flags['entities'] !== false,
  });
  return Object.freeze({
    operands: [...operands], pathsFrom, nul: bool('null'), ndjson: bool('ndjson'),
    output: output === '-' ? null : output, outputDir,
    pretty: bool('pretty'), events: bool('events'),
    quiet, verbose, debug, explain: bool('explain'), stats: bool('stats'),
    color: (str('color') ?? 'auto') as ColorMode,
    extract,
  });
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
