/**
 * Where output text goes: stdout, one file (-o, atomic), or a mirrored tree (--output-dir, one atomic file
 * per input). What is written (records, events) is decided by the caller; sinks only place the text.
 * Every write awaits drain when the destination's buffer is full, so a slow reader slows winnow down
 * instead of growing its memory.
 */
import { once } from 'node:events';
import { access } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { AtomicFile } from './atomic-file';
import type { InputSource } from './find-inputs';
import type { TargetOf } from './output-paths';

export interface OutputSink {
  /** Writes text belonging to `input`; null for text of the whole run (the summary event). */
  write(input: InputSource | null, text: string): Promise<void>;
  /** After an input's last document: per-input files are completed here. */
  endInput(input: InputSource): Promise<void>;
  /** After the last input: completes the run's output. */
  close(): Promise<void>;
  /** Drops unfinished output (temp files); what was completed stays. */
  abort(): Promise<void>;
}

/** Writes everything to one stream (stdout), with backpressure. */
export class StreamSink implements OutputSink {
  constructor(private readonly stream: Writable) {}
  async write(_input: InputSource | null, text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
  async endInput(): Promise<void> { /* nothing per input */ }
  async close(): Promise<void> { /* the caller owns the stream */ }
  async abort(): Promise<void> { /* nothing to undo */ }
}

/** `-o FILE`: everything into one file that appears, complete, when the run ends. */
export class FileSink implements OutputSink {
  private constructor(private readonly file: AtomicFile) {}
  static async open(target: string): Promise<FileSink> {
    return new FileSink(await AtomicFile.open(target));
  }
  async write(_input: InputSource | null, text: string): Promise<void> { await this.file.write(text); }
  async endInput(): Promise<void> { /* one file for the run */ }
  async close(): Promise<void> { await this.file.commit(); }
  async abort(): Promise<void> { await this.file.abort(); }
}

/** `--output-dir DIR`: one file per input at its mirrored path (see output-paths.ts). An input that
 *  produced no output (it failed) gets no file. */
export class MirrorSink implements OutputSink {
  private readonly open = new Map<InputSource, AtomicFile>();
  /** `targetOf` names an input's file when it is first written (no map of all targets is kept). */
  constructor(private readonly targetOf: TargetOf) {}

  async write(input: InputSource | null, text: string): Promise<void> {
    if (input === null) return;
    let file = this.open.get(input);
    if (!file) {
      const target = this.targetOf(input);
      if (target === null) return;
      file = await AtomicFile.open(target);
      this.open.set(input, file);
    }
    await file.write(text);
  }

  /** Whether the input's output file exists. Output files only appear complete (temp file + rename),
   *  so an existing one is a finished input: what --skip-existing relies on to resume a run. */
  async targetExists(input: InputSource): Promise<boolean> {
    const target = this.targetOf(input);
    if (target === null) return false;
    try {
      await access(target);
      return true;
    } catch {
      return false;
    }
  }

  async endInput(input: InputSource): Promise<void> {
    const file = this.open.get(input);
    if (!file) return;
    this.open.delete(input);
    await file.commit();
  }

  async close(): Promise<void> {
    for (const input of [...this.open.keys()]) await this.endInput(input);
  }

  async abort(): Promise<void> {
    for (const file of this.open.values()) await file.abort();
    this.open.clear();
  }
}
