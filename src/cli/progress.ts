/**
 * The progress line on stderr (only when stderr is a terminal and not --quiet/--no-progress; the caller
 * decides). One line, redrawn in place at most every REDRAW_MS: inputs done / total (or bytes of NDJSON
 * streams when their size is known), documents, docs/s, failures, ETA. Messages printed meanwhile go
 * above it: `wrap` clears the line before each message and the next redraw puts it back.
 * Written by hand: cli-progress would add a dependency and its start-up cost for one line of text.
 */
import type { RunObserver } from './run';

/** Redraw interval: smooth enough to read, rare enough to cost nothing. */
const REDRAW_MS = 200;
/** Clears the current terminal line. */
const CLEAR_LINE = '\r\u001b[K';

export interface ProgressTotals {
  readonly inputs: number;
  /** Total bytes of the NDJSON inputs when all are files of known size; null otherwise. */
  readonly bytes: number | null;
}

export class ProgressLine implements RunObserver {
  private inputs = 0;
  private documents = 0;
  private failed = 0;
  private bytes = 0;
  private shown = false;
  private readonly started: number;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: (text: string) => void,
    private readonly totals: ProgressTotals,
    private readonly columns: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  start(): void {
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  documentDone(failed: boolean): void {
    this.documents++;
    if (failed) this.failed++;
  }

  inputDone(): void { this.inputs++; }

  bytesRead(n: number): void { this.bytes += n; }

  /** A stderr writer that keeps messages above the progress line. */
  wrap(writeErr: (text: string) => void): (text: string) => void {
    return (text) => {
      if (this.shown) { this.write(CLEAR_LINE); this.shown = false; }
      writeErr(text);
    };
  }

  /** Removes the line for good (end of run, interrupt). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.shown) this.write(CLEAR_LINE);
    this.shown = false;
  }

  /** The line as it would be drawn now. */
  render(): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.documents / seconds : 0;
    const byBytes = this.totals.bytes !== null && this.totals.bytes > 0;
    const done = byBytes ? this.bytes / this.totals.bytes! : this.inputs / Math.max(1, this.totals.inputs);
    const parts = [
      byBytes ? `${megabytes(this.bytes)}/${megabytes(this.totals.bytes!)} MB` : `${this.inputs}/${this.totals.inputs} inputs`,
      `${this.documents} docs`,
      `${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`,
      `${this.failed} failed`,
      `ETA ${done > 0 && done < 1 ? clock((seconds / done) * (1 - done)) : '--:--'}`,
    ];
    const line = `winnow: ${parts.join(' · ')}`;
    return line.length < this.columns ? line : line.slice(0, Math.max(0, this.columns - 1));
  }

  private draw(): void {
    this.write(CLEAR_LINE + this.render());
    this.shown = true;
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** Seconds as m:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const s = Math.round(seconds);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${Math.floor(s / 60)}:${pad(s % 60)}`;
}
