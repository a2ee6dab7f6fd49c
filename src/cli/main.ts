/**
 * CLI entry (bin/winnow). Kept light: it loads commander and the flag table only; the extraction machinery
 * is required inside the action, so `--version` and `--help` stay fast. Owns process-level edges:
 * exit codes, EPIPE (quiet exit 0, like `… | head -1` expects) and SIGINT (temp files removed, exit 130).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CommanderError } from 'commander';
import { removeOpenTempFilesSync } from '../io/atomic-file';
import { buildProgram, type RawFlags } from './program';

/** 128 + signal number, the shell convention. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Runs winnow with `argv` (process.argv layout); sets process.exitCode. */
export async function main(argv: readonly string[]): Promise<void> {
  installProcessHandlers();
  const debug = argv.includes('--debug');
  const program = buildProgram(versionLine(), { extract: runExtract, normalize: runNormalize, profile: runProfile }, {
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
  });
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and --version exit 0; every parse error (unknown flag, bad choice, missing value) is usage: 2.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`winnow: internal error: ${message} (E_INTERNAL)\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  }
}

async function runExtract(operands: string[], flags: RawFlags): Promise<void> {
  const { runExtractCommand } = await import('./run-cli');
  process.exitCode = await runExtractCommand(operands, flags, {
    stdin: process.stdin,
    stdout: process.stdout,
    writeErr: (text) => { process.stderr.write(text); },
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stderrColumns: process.stderr.columns,
    cwd: process.cwd(),
  });
}

async function runNormalize(files: string[], flags: RawFlags): Promise<void> {
  const { runNormalizeCommand } = await import('./normalize-command');
  const str = (name: string): string | null => (typeof flags[name] === 'string' ? flags[name] as string : null);
  process.exitCode = await runNormalizeCommand(files, { level: str('normalize'), lang: str('lang'), digits: str('digits') });
}

async function runProfile(args: string[]): Promise<void> {
  const { runProfileCommand } = await import('./profile-command');
  process.exitCode = await runProfileCommand(args, {
    stdin: process.stdin,
    writeOut: (text) => { process.stdout.write(text); },
    writeErr: (text) => { process.stderr.write(text); },
    cwd: process.cwd(),
  });
}

/** `winnow X.Y.Z (node vN)`. package.json sits two levels up from both src/cli and dist/cli. */
function versionLine(): string {
  let version = '0.0.0';
  try {
    version = (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version ?? version;
  } catch { /* keep the placeholder: a missing package.json must not break --version */ }
  return `winnow ${version} (node ${process.version})`;
}

function installProcessHandlers(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    removeOpenTempFilesSync();
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`winnow: <stdout>: cannot write (${err.code ?? err.message}) (E_WRITE)\n`);
    process.exit(2);
  });
  // Nowhere left to report a failing stderr; never let it crash the run.
  process.stderr.on('error', () => undefined);
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      removeOpenTempFilesSync();
      // Start a fresh line: a progress line may be on screen.
      process.stderr.write(`${process.stderr.isTTY ? '\r\u001b[K' : ''}winnow: interrupted\n`);
      process.exit(code);
    });
  }
}
