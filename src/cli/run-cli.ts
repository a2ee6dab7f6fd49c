/**
 * The default command's body (loaded lazily by main.ts, so --help and --version never load the pipeline):
 * options → inputs → sink → processInputs → exit code. The inputs are never held as a list: a counting
 * pass (scanInputs) tells the worker count, progress totals and whether to learn a profile, and each later
 * pass (output-name check, learning, extraction) walks the operands again.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { findInputs, parsePathList, type InputSet, type InputSource } from '../io/find-inputs';
import { fsErrorReason, readErrorMessage } from '../io/fs-errors';
import { readStreamBytes } from '../io/read-input';
import { scanInputs, type InputScan } from '../io/input-scan';
import { mirrorTargets } from '../io/output-paths';
import { FileSink, MirrorSink, StreamSink, type OutputSink } from '../io/write-output';
import type { ExtractOptions } from '../options';
import { resolveCliOptions, UsageError, type CliOptions } from './cli-options';
import { colorLevel, makePalette } from './color';
import { HELP_INTRO } from './flags';
import { Reporter, type RunSummary } from './messages';
import type { RawFlags } from './program';
import { ProgressLine } from './progress';
import { processInputs, type Extractor, type RunSettings } from './run';
import { withObservePool } from './observe-pool';
import { IN_FLIGHT_PER_WORKER, workerCount } from './worker-count';

/** What the command sees of its process: injectable so tests need not spawn. */
export interface CliContext {
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly stdout: Writable;
  readonly writeErr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdinIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Width of the stderr terminal, for the progress line. */
  readonly stderrColumns?: number;
  readonly cwd: string;
}

/** In-process read-ahead: the next file is read while this one is extracted. */
const IN_PROCESS_IN_FLIGHT = 2;

/** Exit codes (docs/cli-conventions §8). */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/** Runs the default command; resolves to the exit code. */
export async function runExtractCommand(operands: readonly string[], flags: RawFlags, ctx: CliContext): Promise<number> {
  let opts: CliOptions;
  try {
    opts = resolveCliOptions(operands, flags);
  } catch (err) {
    if (err instanceof UsageError) return usageError(ctx, err.message);
    throw err;
  }
  const reporter = new Reporter(ctx.writeErr, makePalette(colorLevel(opts.color, ctx.env, ctx.stderrIsTTY)), opts);
  if (opts.debug) reporter.debug(`options ${JSON.stringify(opts)}`);

  let named = opts.operands;
  if (named.length === 0 && opts.pathsFrom === null) {
    if (ctx.stdinIsTTY) {
      ctx.writeErr(`Usage: winnow [options] [INPUT...]\n\n${HELP_INTRO}\nNo input given and stdin is a terminal. Try 'winnow --help' for all options.\n`);
      return EXIT.usage;
    }
    named = ['-'];
  }

  let listed: string[] = [];
  if (opts.pathsFrom !== null) {
    const list = await readPathsFrom(opts.pathsFrom, opts.nul, opts.extract.maxBytes, ctx);
    if (typeof list === 'string') {
      reporter.problem(`${opts.pathsFrom}: ${list} (E_READ)`);
      return EXIT.usage;
    }
    listed = list;
  }
  const inputs = findInputs(named, { ndjson: opts.ndjson, cwd: ctx.cwd, globs: true, listed });
  const scan = await scanInputs(inputs);
  if (scan.total === 0) return usageError(ctx, `--paths-from ${opts.pathsFrom}: no input names in it`);

  let sink: OutputSink;
  try {
    sink = await openSink(opts, inputs, ctx);
  } catch (err) {
    if (err instanceof UsageError) return usageError(ctx, err.message);
    reporter.problem(`${opts.output ?? opts.outputDir}: cannot write (${fsErrorReason(err)}) (E_WRITE)`);
    return EXIT.usage;
  }

  const progress = opts.progress && !opts.quiet && ctx.stderrIsTTY
    ? new ProgressLine(ctx.writeErr, await progressTotals(inputs, scan), ctx.stderrColumns ?? 80)
    : null;
  const runReporter = progress ? new Reporter(progress.wrap(ctx.writeErr), makePalette(colorLevel(opts.color, ctx.env, ctx.stderrIsTTY)), opts) : reporter;
  const settings: RunSettings = {
    maxBytes: opts.extract.maxBytes, events: opts.events, pretty: opts.pretty,
    ...(opts.skipExisting && sink instanceof MirrorSink ? { skip: (input: InputSource) => sink.targetExists(input) } : {}),
    ...(progress ? { observer: progress } : {}),
  };
  const extractOptions = await siteProfileOptions(opts, inputs, scan, ctx, reporter);
  if (extractOptions === null) { await sink.abort(); return EXIT.usage; }
  opts = { ...opts, extract: extractOptions };
  const extractor = await openExtractor(opts, scan, ctx);
  progress?.start();
  try {
    const summary = await processInputs(inputs, settings, sink, runReporter, extractor, ctx.stdin);
    await sink.close();
    progress?.stop();
    if (opts.stats) reporter.stats(summary);
    else if (showSummary(opts, ctx, summary)) reporter.summary(summary);
    return summary.failed > 0 ? EXIT.inputFailed : EXIT.ok;
  } catch (err) {
    progress?.stop();
    await sink.abort();
    reporter.problem(`${opts.output ?? opts.outputDir ?? '<stdout>'}: cannot write (${fsErrorReason(err)}) (E_WRITE)`);
    if (opts.debug && err instanceof Error && err.stack) ctx.writeErr(`${err.stack}\n`);
    return EXIT.usage;
  } finally {
    await extractor.close();
  }
}

/** Extraction options with the site profile in them: the one given with --profile, else one learned in a
 *  first pass over the run's own inputs when it holds 20+ pages of a site (issue 6), else none. Null when
 *  the given profile cannot be read (already reported). Loaded lazily: runs without profiles pay nothing. */
async function siteProfileOptions(
  opts: CliOptions, inputs: InputSet, scan: InputScan, ctx: CliContext, reporter: Reporter,
): Promise<ExtractOptions | null> {
  if (opts.profileFile !== null) {
    const { loadProfile } = await import('./profile-command');
    const profile = await loadProfile(opts.profileFile, { stdin: ctx.stdin, writeErr: ctx.writeErr, cwd: ctx.cwd });
    return profile === null ? null : Object.freeze({ ...opts.extract, profile });
  }
  if (!opts.autoProfile) return opts.extract;
  const { autoProfile, wantsAutoProfile } = await import('../profile/auto');
  if (!wantsAutoProfile(scan, false)) return opts.extract;
  // The first pass runs on workers too, or it would be a serial prelude to a parallel run: ~40% of a -j2
  // batch's time over a folder of distinct pages.
  const learned = await withObservePool(
    { workers: workerCount(opts.jobs, scan), timeoutMs: opts.timeoutMs, extract: opts.extract, env: ctx.env },
    (runner) => autoProfile(inputs, scan.total, ctx.stdin, opts.extract, runner),
  );
  if (learned === null) return opts.extract;
  if (opts.verbose) {
    const sites = Object.entries(learned.sites).map(([site, counts]) => `${site} (${counts.pages} pages)`).join(', ');
    reporter.debug(`site profile learned in a first pass: ${sites}`);
  }
  return Object.freeze({ ...opts.extract, profile: learned });
}

/** The human summary line: for batches (more than one document), when someone is watching (stderr is a
 *  terminal, not --quiet) or asked (--verbose). Piped or logged runs stay quiet unless --stats asks for
 *  the JSON form: CI logs get no noise they did not request. */
function showSummary(opts: CliOptions, ctx: CliContext, summary: RunSummary): boolean {
  if (summary.records + summary.failed + summary.skipped <= 1) return false;
  return opts.verbose || (ctx.stderrIsTTY && !opts.quiet);
}

/** The in-process runner or a worker pool; only the one chosen is loaded. */
async function openExtractor(opts: CliOptions, scan: InputScan, ctx: CliContext): Promise<Extractor> {
  const settings = { extract: opts.extract, pretty: opts.pretty, events: opts.events, keepRemoved: opts.explain };
  const workers = workerCount(opts.jobs, scan);
  if (workers === 0) {
    const { InProcessRunner } = await import('../workers/in-process');
    const runner = new InProcessRunner(settings, opts.timeoutMs, ctx.env);
    return { capacity: IN_PROCESS_IN_FLIGHT, run: (task) => runner.run(task), close: async () => undefined };
  }
  const { WorkerPool } = await import('../workers/pool');
  const pool = new WorkerPool({ size: workers, timeoutMs: opts.timeoutMs, settings, env: ctx.env });
  if (opts.debug) ctx.writeErr(`winnow: ${workers} worker threads\n`);
  return { capacity: workers * IN_FLIGHT_PER_WORKER, run: (task) => pool.run(task), close: () => pool.close() };
}

/** Totals for the progress line: inputs, and the bytes of NDJSON files when every readable input is one
 *  (summed in a pass of their own: such runs have few inputs). */
async function progressTotals(inputs: InputSet, scan: InputScan): Promise<{ inputs: number; bytes: number | null }> {
  if (scan.files === 0 || scan.stdin || scan.ndjsonFiles < scan.files) return { inputs: scan.total, bytes: null };
  let bytes = 0;
  for await (const input of inputs) if (input.kind === 'file') bytes += (await stat(input.path).catch(() => null))?.size ?? 0;
  return { inputs: scan.total, bytes };
}

async function openSink(opts: CliOptions, inputs: InputSet, ctx: CliContext): Promise<OutputSink> {
  if (opts.outputDir !== null) {
    const targets = await mirrorTargets(inputs, opts.outputDir);
    if (typeof targets !== 'function') {
      throw new UsageError(`--output-dir: ${targets.first} and ${targets.second} would both write ${targets.target}`);
    }
    return new MirrorSink(targets);
  }
  if (opts.output !== null) {
    // Caught before any work rather than at the final rename.
    if ((await stat(opts.output).catch(() => null))?.isDirectory()) throw new UsageError(`--output ${opts.output}: is a directory`);
    return FileSink.open(opts.output);
  }
  return new StreamSink(ctx.stdout);
}

/** The --paths-from list, or why it could not be read. */
async function readPathsFrom(source: string, nul: boolean, maxBytes: number, ctx: CliContext): Promise<string[] | string> {
  try {
    const bytes = source === '-' ? await readStreamBytes(ctx.stdin, maxBytes) : await readFile(source);
    if ('code' in bytes) return bytes.message;
    return parsePathList(Buffer.from(bytes).toString('utf8'), nul);
  } catch (err) {
    return readErrorMessage(err);
  }
}

function usageError(ctx: CliContext, message: string): number {
  ctx.writeErr(`winnow: ${message}\nTry 'winnow --help' for the options.\n`);
  return EXIT.usage;
}
