/**
 * Everything winnow says on stderr, one `winnow: ` line at a time: errors (always), warnings and the
 * summary (unless --quiet), per-input diagnostics (--verbose), removed blocks (--explain).
 */
import type { Diagnostics, ErrorCode, Format, Removal, WinnowError } from '../types';
import type { Palette } from './color';

/** Characters of a removed block shown by --explain: enough to recognise it on one terminal line. */
const EXPLAIN_SNIPPET_CHARS = 70;

export interface MessageSettings {
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly explain: boolean;
}

/** End-of-run counts (also the `summary` event). */
export interface RunSummary {
  /** Inputs named or expanded (files, stdin, unresolved operands). */
  readonly inputs: number;
  /** Records written. */
  readonly records: number;
  /** Documents or inputs that failed. */
  readonly failed: number;
  /** Inputs not read because their output already existed (--skip-existing). */
  readonly skipped: number;
  readonly warnings: number;
  /** Blank NDJSON lines skipped. */
  readonly blankLines: number;
  /** Failures per error code, codes sorted. */
  readonly errors: Readonly<Partial<Record<ErrorCode, number>>>;
  readonly elapsedMs: number;
}

export class Reporter {
  constructor(
    private readonly writeErr: (text: string) => void,
    private readonly palette: Palette,
    private readonly settings: MessageSettings,
  ) {}

  /** A failed input or document: `winnow: <where>: <reason> (E_CODE)`. Printed even with --quiet. */
  failure(where: string, error: WinnowError): void {
    this.line(`${where}: ${error.message} ${this.palette.error(`(${error.code})`)}`);
  }

  /** A usage or run-level problem without an input. */
  problem(message: string): void {
    this.line(this.palette.error(message));
  }

  warning(where: string, text: string): void {
    if (!this.settings.quiet) this.line(`${where}: ${this.palette.warning('warning:')} ${text}`);
  }

  /** --verbose: how the document was read and how much of it was kept. */
  diagnostics(where: string, format: Format, d: Diagnostics): void {
    if (!this.settings.verbose) return;
    this.line(this.palette.dim(
      `${where}: ${format}, ${d.encoding} (${d.encodingSource}), ${d.replacements} replaced, kept ${d.kept}/${d.blocks} blocks, ${d.ms} ms`,
    ));
  }

  /** --explain: one line per removed block, in document order. */
  removed(where: string, removals: readonly Removal[]): void {
    if (!this.settings.explain) return;
    for (const r of removals) this.line(`${where}: removed #${r.index} ${this.palette.dim(`(${r.reason})`)}: ${snippet(r.text)}`);
  }

  /** Free text for --verbose/--debug. */
  debug(text: string): void {
    if (this.settings.verbose) this.line(this.palette.dim(text));
  }

  /** The human summary line: documents, failures, time, rate. */
  summary(s: RunSummary): void {
    const codes = Object.entries(s.errors).map(([code, n]) => `${code} ${n}`).join(', ');
    const parts = [
      count(s.records + s.failed, 'document'),
      `${s.failed} failed${codes ? ` (${codes})` : ''}`,
      ...(s.skipped ? [`${s.skipped} skipped`] : []),
      ...(s.warnings ? [count(s.warnings, 'warning')] : []),
      `${(s.elapsedMs / 1000).toFixed(1)} s`,
      `${docsPerSecond(s)} docs/s`,
    ];
    this.line(parts.join(', '));
  }

  /** --stats: the summary as one JSON line (no `winnow: ` prefix, so `tail -1 | jq` reads it). */
  stats(s: RunSummary): void {
    this.writeErr(`${JSON.stringify({ ...s, documents: s.records + s.failed, docsPerSec: docsPerSecond(s) })}\n`);
  }

  private line(text: string): void {
    this.writeErr(`winnow: ${text}\n`);
  }
}

/** Documents (records and failures) per second of the run, one decimal. */
export function docsPerSecond(s: RunSummary): number {
  return s.elapsedMs > 0 ? Math.round(((s.records + s.failed) * 10000) / s.elapsedMs) / 10 : 0;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A block's text on one short line. */
function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXPLAIN_SNIPPET_CHARS ? flat : `${flat.slice(0, EXPLAIN_SNIPPET_CHARS)}…`;
}
