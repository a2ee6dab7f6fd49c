/**
 * Output files that appear whole or not at all: data goes to a temp file beside the target and is renamed
 * over it when complete (rename is atomic within one file system). Open temp files are tracked so an
 * interrupt can delete them synchronously before the process exits.
 */
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { once } from 'node:events';
import * as path from 'node:path';

/** Temp files not yet renamed or removed. */
const openTempFiles = new Set<string>();
let tempCounter = 0;

/** `dir/.name.winnow-<pid>-<n>.tmp`: hidden, unique per process, and ending in .tmp so leftovers are obvious. */
export function tempPathFor(target: string): string {
  tempCounter++;
  return path.join(path.dirname(target), `.${path.basename(target)}.winnow-${process.pid}-${tempCounter}.tmp`);
}

/** Deletes every temp file this process still has open (for SIGINT / fatal exits; synchronous on purpose). */
export function removeOpenTempFilesSync(): void {
  for (const temp of openTempFiles) {
    try { unlinkSync(temp); } catch { /* already gone */ }
  }
  openTempFiles.clear();
}

/** A file written through a temp file; `commit` renames it into place, `abort` removes it. */
export class AtomicFile {
  private closed = false;
  /** The first stream error; kept so an error between writes fails the next write instead of the process. */
  private failure: Error | null = null;

  private constructor(readonly target: string, private readonly temp: string, private readonly stream: WriteStream) {
    stream.on('error', (err) => { this.failure ??= err; });
  }

  /** Creates the target's directory and opens the temp file. */
  static async open(target: string): Promise<AtomicFile> {
    await mkdir(path.dirname(target), { recursive: true });
    const temp = tempPathFor(target);
    openTempFiles.add(temp);
    const stream = createWriteStream(temp, { flags: 'wx' });
    try {
      await once(stream, 'open');
    } catch (err) {
      openTempFiles.delete(temp);
      throw err;
    }
    return new AtomicFile(target, temp, stream);
  }

  /** Appends text, waiting for the stream to drain when its buffer is full (backpressure). */
  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Flushes, closes and renames the temp file over the target. */
  async commit(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.failure) throw this.failure;
      this.stream.end();
      await once(this.stream, 'close');
      if (this.failure) throw this.failure;
      await rename(this.temp, this.target);
      openTempFiles.delete(this.temp);
    } catch (err) {
      await this.removeTemp();
      throw err;
    }
  }

  /** Closes and deletes the temp file; the target is left as it was. */
  async abort(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.stream.closed) {
      const closed = new Promise<void>((resolve) => this.stream.once('close', () => resolve()));
      this.stream.destroy();
      await closed;
    }
    await this.removeTemp();
  }

  private async removeTemp(): Promise<void> {
    try { await unlink(this.temp); } catch { /* already gone */ }
    openTempFiles.delete(this.temp);
  }
}

/** Writes a whole file atomically. */
export async function writeFileAtomic(target: string, text: string): Promise<void> {
  const file = await AtomicFile.open(target);
  try {
    await file.write(text);
    await file.commit();
  } catch (err) {
    await file.abort();
    throw err;
  }
}
