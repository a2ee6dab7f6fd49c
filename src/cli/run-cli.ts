/**
 * The default command's body (loaded lazily by main.ts, so --help and --version never load the pipeline):
 * options → inputs → sink → processInputs → exit code.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { dedupeInputs, findInputs, parsePathList, type InputSource } from '../io/find-inputs';
import { fsErrorReason, readErrorMessage } from '../io/fs-errors';
import { readStreamBytes } from '../io/read-input';
import { mirrorTargets } from '../io/output-paths';
import { FileSink, MirrorSink, StreamSink, type OutputSink } from '../io/write-output';
import { resolveCliOptions, UsageError, type CliOptions } from './cli-options';
import { colorLevel, makePalette } from './color';
import { HELP_INTRO } from './flags';
import { Reporter } from './messages';
import type { RawFlags } from './program';
import { inProcessExtractor, processInputs } from './run';

/** What the command sees of its process: injectable so tests need not spawn. */
export interface CliContext {
  readonly stdin: AsyncIterable<Uint8Array>;
  readonly stdout: Writable;
  readonly writeErr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdinIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly cwd: string;
}

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

  let inputs: InputSource[] = await findInputs(named, { ndjson: opts.ndjson, cwd: ctx.cwd, globs: true });
  if (opts.pathsFrom !== null) {
    const list = await readPathsFrom(opts.pathsFrom, opts.nul, opts.extract.maxBytes, ctx);
    if (typeof list === 'string') {
      reporter.problem(`${opts.pathsFrom}: ${list} (E_READ)`);
      return EXIT.usage;
    }
    inputs = dedupeInputs([...inputs, ...await findInputs(list, { ndjson: opts.ndjson, cwd: ctx.cwd, globs: false })]);
  }
  if (inputs.length === 0) return usageError(ctx, `--paths-from ${opts.pathsFrom}: no input names in it`);

  let sink: OutputSink;
  try {
    sink = await openSink(opts, inputs, ctx);
  } catch (err) {
    if (err instanceof UsageError) return usageError(ctx, err.message);
    reporter.problem(`${opts.output ?? opts.outputDir}: cannot write (${fsErrorReason(err)}) (E_WRITE)`);
    return EXIT.usage;
  }

  const extractor = inProcessExtractor(opts.extract);
  try {
    const summary = await processInputs(inputs, opts, sink, reporter, extractor, ctx.stdin);
    await sink.close();
    if (opts.stats) reporter.summary(summary);
    return summary.failed > 0 ? EXIT.inputFailed : EXIT.ok;
  } catch (err) {
    await sink.abort();
    reporter.problem(`${opts.output ?? opts.outputDir ?? '<stdout>'}: cannot write (${fsErrorReason(err)}) (E_WRITE)`);
    if (opts.debug && err instanceof Error && err.stack) ctx.writeErr(`${err.stack}\n`);
    return EXIT.usage;
  } finally {
    await extractor.close();
  }
}

async function openSink(opts: CliOptions, inputs: readonly InputSource[], ctx: CliContext): Promise<OutputSink> {
  if (opts.outputDir !== null) {
    const targets = mirrorTargets(inputs, opts.outputDir);
    if (!(targets instanceof Map)) {
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
