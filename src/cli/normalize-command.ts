/**
 * `winnow normalize [FILE...]`: the normalizer alone, as a line-preserving text filter (stdin when no FILE).
 * Each input is decoded like extraction inputs (BOM, UTF-8, windows-1256), normalized at the chosen level
 * and written to stdout with its line breaks; several files are concatenated in the order given.
 * Exit codes: 0 ok, 1 some file could not be read or decoded, 2 bad option value.
 */
import { readFile } from 'node:fs/promises';
import { decode } from '../io/decode';
import { LEVELS, DIGIT_STYLES, type DigitStyle } from '../normalize/levels';
import { textLanguage } from '../normalize/language';
import { normalizeText } from '../normalize/text';
import type { NormalizeLevel } from '../options';

export interface NormalizeCommandOptions {
  readonly level: string | null;
  readonly lang: string | null;
  readonly digits: string | null;
}

/** Inputs above this are refused, as extraction does: a text filter is not meant for whole corpora at once. */
const MAX_INPUT_BYTES = 200_000_000;

export async function runNormalizeCommand(files: string[], opts: NormalizeCommandOptions): Promise<number> {
  const level = opts.level === null ? null : (LEVELS as readonly string[]).includes(opts.level) ? opts.level as NormalizeLevel : undefined;
  if (level === undefined) return usage(`--normalize must be one of ${LEVELS.join(', ')} (got "${opts.level}")`);
  const digits = opts.digits === null ? null : (DIGIT_STYLES as readonly string[]).includes(opts.digits) ? opts.digits as DigitStyle : undefined;
  if (digits === undefined) return usage(`--digits must be one of ${DIGIT_STYLES.join(', ')} (got "${opts.digits}")`);
  const lang = opts.lang === null || opts.lang === 'auto' ? null : opts.lang.toLowerCase();
  if (lang !== null && !/^[a-z]{2,3}$/.test(lang)) return usage(`--lang must be a language code such as fa, ar, en (got "${opts.lang}")`);

  let status = 0;
  const inputs = files.length === 0 ? ['-'] : files;
  for (const file of inputs) {
    const name = file === '-' ? '<stdin>' : file;
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? await readStdin() : await readFile(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      process.stderr.write(`winnow: ${name}: ${code === 'ENOENT' ? 'no such file (E_NOT_FOUND)' : `cannot read (${code ?? 'error'}) (E_READ)`}\n`);
      status = 1;
      continue;
    }
    const decoded = decode(bytes, { encoding: null, maxBytes: MAX_INPUT_BYTES });
    if ('code' in decoded) {
      process.stderr.write(`winnow: ${name}: ${decoded.message} (${decoded.code})\n`);
      status = 1;
      continue;
    }
    // The whole input decides the document language; single lines with clear Arabic-script evidence override it.
    const language = lang ?? textLanguage(decoded.text)?.lang ?? null;
    const out = normalizeText(decoded.text, { language, level, digits });
    if (!process.stdout.write(out)) await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
  return status;
}

function usage(message: string): number {
  process.stderr.write(`winnow: normalize: ${message}\n`);
  return 2;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
