import { PassThrough, Readable } from 'node:stream';
import * as path from 'node:path';
import { processInputs, type Extractor } from '../../../src/cli/run';
import { Reporter } from '../../../src/cli/messages';
import { makePalette } from '../../../src/cli/color';
import type { InputSource } from '../../../src/io/find-inputs';
import type { OutputSink } from '../../../src/io/write-output';
import type { Task, TaskResult } from '../../../src/workers/protocol';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'io');
/** The CNN Arabic page lives with the HTML parser's fixtures; the tests call it cnn-arabic.html. */
const CNN_ARABIC = path.join(__dirname, '..', '..', 'fixtures', 'html', 'cnn-arabic-1.html');
const file = (name: string): InputSource => ({ kind: 'file', id: name, path: name === 'cnn-arabic.html' ? CNN_ARABIC : path.join(FIXTURES, name), relPath: name, ndjson: false });

/** Records what reaches the sink, in order, with per-input boundaries. */
function recordingSink(): OutputSink & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    write: async (input, text) => {
      const value = JSON.parse(text) as { type?: string; input?: string };
      log.push(`${input?.id ?? '-'} ${value.type ?? value.input}`);
    },
    endInput: async (input) => { log.push(`end ${input.id}`); },
    close: async () => undefined,
    abort: async () => undefined,
  };
}

/** A pool stand-in: several documents in flight, finishing in reverse order. Lines are parsed as
 *  `{"id"}` JSON so the test needs no pipeline. */
function slowPool(capacity: number): Extractor & { maxInFlight: number } {
  let inFlight = 0;
  let delay = 60;
  const pool = {
    capacity, maxInFlight: 0,
    run: async (task: Task): Promise<TaskResult> => {
      inFlight++;
      pool.maxInFlight = Math.max(pool.maxInFlight, inFlight);
      delay -= 20;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, delay)));
      inFlight--;
      if (task.kind === 'line') {
        const text = Buffer.from(task.bytes).toString('utf8');
        if (text.trim() === '') return { kind: 'blank' };
        try { JSON.parse(text); } catch { return { kind: 'failed', error: { code: 'E_NDJSON', message: 'invalid JSON' } }; }
      }
      const record = { input: task.where, format: 'text' };
      return {
        kind: 'done', format: 'text', warnings: [], removed: [],
        text: JSON.stringify(settings.events ? { type: 'document', data: record } : record) + '\n',
        diagnostics: { encoding: 'utf-8', encodingSource: 'utf8-valid', replacements: 0, blocks: 0, kept: 0, ms: 0 },
      };
    },
    close: async () => undefined,
  };
  return pool;
}

const quiet = new Reporter(() => undefined, makePalette(0), { quiet: true, verbose: false, explain: false });
let settings = { maxBytes: 1_000_000, pretty: false, events: false };
beforeEach(() => { settings = { maxBytes: 1_000_000, pretty: false, events: false }; });

describe('processInputs', () => {
  test('with several documents in flight, output keeps input order and input boundaries', async () => {
    const sink = recordingSink();
    const pool = slowPool(3);
    const missing: InputSource = { kind: 'unresolved', id: 'gone.txt', error: { code: 'E_NOT_FOUND', message: 'no such file or directory' } };
    const summary = await processInputs(
      [file('persian-dump.txt'), file('guardian-excerpt.txt'), file('cnn-arabic.html'), missing], settings, sink, quiet, pool, Readable.from([]),
    );
    expect(pool.maxInFlight).toBe(3);
    expect(sink.log).toEqual([
      'persian-dump.txt persian-dump.txt', 'end persian-dump.txt',
      'guardian-excerpt.txt guardian-excerpt.txt', 'end guardian-excerpt.txt',
      'cnn-arabic.html cnn-arabic.html', 'end cnn-arabic.html',
      'end gone.txt',
    ]);
    expect(summary).toMatchObject({ inputs: 4, records: 3, failed: 1, errors: { E_NOT_FOUND: 1 } });
  });

  test('NDJSON from stdin: one outcome per line, errors as events, a summary event last', async () => {
    const sink = recordingSink();
    const stdin = Readable.from([Buffer.from('{"id":"a","text":"x"}\nnot json\n\n{"id":"b","text":"y"}\n')]);
    const input: InputSource = { kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson: true };
    settings = { ...settings, events: true };
    await processInputs([input], settings, sink, quiet, slowPool(1), stdin);
    expect(sink.log).toEqual([
      '<stdin> document', '<stdin> error', '<stdin> document', 'end <stdin>', '- summary',
    ]);
  });

  test('a record is written as soon as it is done, even while the stream waits for more', async () => {
    const sink = recordingSink();
    const stdin = new PassThrough();
    const input: InputSource = { kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson: true };
    const run = processInputs([input], settings, sink, quiet, slowPool(8), stdin);
    stdin.write('{"id":"a","text":"x"}\n');
    for (let i = 0; i < 100 && sink.log.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sink.log).toEqual(['<stdin> <stdin>:1']);
    stdin.end('{"id":"b","text":"y"}\n');
    expect(await run).toMatchObject({ records: 2 });
  });

  test('--skip-existing: a skipped input is counted and never read', async () => {
    const sink = recordingSink();
    const pool = slowPool(2);
    const summary = await processInputs(
      [file('persian-dump.txt'), file('cnn-arabic.html')],
      { ...settings, skip: async (input) => input.id === 'persian-dump.txt' }, sink, quiet, pool, Readable.from([]),
    );
    expect(sink.log).toEqual(['cnn-arabic.html cnn-arabic.html', 'end cnn-arabic.html']);
    expect(summary).toMatchObject({ inputs: 2, records: 1, skipped: 1, failed: 0 });
  });

  test('at most `capacity` documents are unwritten while the writer is slow', async () => {
    let unwritten = 0;
    let most = 0;
    const pool = slowPool(2);
    const run = pool.run.bind(pool);
    pool.run = (task) => { unwritten++; most = Math.max(most, unwritten); return run(task); };
    const sink: OutputSink = {
      write: async () => { await new Promise((resolve) => setTimeout(resolve, 5)); unwritten--; },
      endInput: async () => undefined, close: async () => undefined, abort: async () => undefined,
    };
    const lines = Array.from({ length: 20 }, (_, i) => `{"id":"d${i}","text":"x"}`).join('\n');
    const input: InputSource = { kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson: true };
    const summary = await processInputs([input], settings, sink, quiet, pool, Readable.from([Buffer.from(lines)]));
    expect(summary.records).toBe(20);
    expect(most).toBe(2);
  });

  test('a failing write rejects the run instead of reading on', async () => {
    const sink: OutputSink = {
      write: async () => { throw Object.assign(new Error('disk full'), { code: 'ENOSPC' }); },
      endInput: async () => undefined, close: async () => undefined, abort: async () => undefined,
    };
    const lines = Array.from({ length: 50 }, (_, i) => `{"id":"d${i}","text":"x"}`).join('\n');
    const input: InputSource = { kind: 'stdin', id: '<stdin>', relPath: 'stdin', ndjson: true };
    await expect(processInputs([input], settings, sink, quiet, slowPool(2), Readable.from([Buffer.from(lines)]))).rejects.toThrow('disk full');
  });
});
