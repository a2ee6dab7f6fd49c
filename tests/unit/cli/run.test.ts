import { Readable } from 'node:stream';
import * as path from 'node:path';
import { processInputs, type Extractor } from '../../../src/cli/run';
import { Reporter } from '../../../src/cli/messages';
import { makePalette } from '../../../src/cli/color';
import type { InputSource } from '../../../src/io/find-inputs';
import type { OutputSink } from '../../../src/io/write-output';
import { resolveExtractOptions } from '../../../src/options';
import type { Outcome, RawInput } from '../../../src/types';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'io');
const file = (name: string): InputSource => ({ kind: 'file', id: name, path: path.join(FIXTURES, name), relPath: name, ndjson: false });

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

/** A pool stand-in: several documents in flight, finishing in reverse order. */
function slowPool(capacity: number): Extractor & { maxInFlight: number } {
  let inFlight = 0;
  let delay = 60;
  const pool = {
    capacity, maxInFlight: 0,
    extract: async (raw: RawInput): Promise<Outcome> => {
      inFlight++;
      pool.maxInFlight = Math.max(pool.maxInFlight, inFlight);
      delay -= 20;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, delay)));
      inFlight--;
      return {
        ok: true, input: raw.id, removed: [], warnings: [],
        record: { input: raw.id, format: 'text', language: null, title: null, lead: null, body: raw.id, source: { name: null, name_en: null, via: [], desk: null, url: null, published: null }, entities: [] },
        diagnostics: { encoding: 'utf-8', encodingSource: 'utf8-valid', replacements: 0, blocks: 0, kept: 0, ms: 0 },
      };
    },
    close: async () => undefined,
  };
  return pool;
}

const quiet = new Reporter(() => undefined, makePalette(0), { quiet: true, verbose: false, explain: false });
const settings = { extract: resolveExtractOptions(), pretty: false, events: false };

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
    await processInputs([input], { ...settings, events: true }, sink, quiet, slowPool(1), stdin);
    expect(sink.log).toEqual([
      '<stdin> document', '<stdin> error', '<stdin> document', 'end <stdin>', '- summary',
    ]);
  });
});
