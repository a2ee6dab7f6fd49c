/**
 * The worker pool on its own: results, isolation (crash, timeout, heap exhaustion), a broken worker
 * script. Uses the built worker (dist/workers/worker.js; `npm test` builds first) with faults injected
 * through the WINNOW_TEST_FAULTS hook, which workers read from the environment at start-up.
 */
import * as path from 'node:path';
import { WorkerPool } from '../../../src/workers/pool';
import type { Task, TaskSettings } from '../../../src/workers/protocol';
import { resolveExtractOptions } from '../../../src/options';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'io');
const settings: TaskSettings = { extract: resolveExtractOptions({ entities: false }), pretty: false, events: false, keepRemoved: false };
const file = (where: string, name = 'guardian-excerpt.txt'): Task => ({ kind: 'file', where, path: path.join(FIXTURES, name) });

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

function open(timeoutMs: number, faults?: object, script?: string): WorkerPool {
  // Jest gives tests a copy of process.env; workers get exactly the environment passed here.
  const env = faults ? { ...process.env, WINNOW_TEST_FAULTS: JSON.stringify(faults) } : process.env;
  pool = new WorkerPool({ size: 2, timeoutMs, settings, env, ...(script ? { script } : {}) });
  return pool;
}

describe('WorkerPool', () => {
  test('runs file, byte and NDJSON-line tasks; each result carries its serialized record', async () => {
    const p = open(0);
    const line = Buffer.from(JSON.stringify({ id: 'n1', text: 'Hello there. This is a short text.' }));
    const [a, b, c, blank] = await Promise.all([
      p.run(file('a.txt')),
      p.run({ kind: 'bytes', where: '<stdin>', bytes: new Uint8Array(Buffer.from('Some text on stdin, long enough.')) }),
      p.run({ kind: 'line', where: 'x.jsonl:1', bytes: new Uint8Array(line), firstLine: true }),
      p.run({ kind: 'line', where: 'x.jsonl:2', bytes: new Uint8Array(Buffer.from('  ')), firstLine: false }),
    ]);
    expect(a).toMatchObject({ kind: 'done', format: 'text' });
    expect(a!.kind === 'done' && JSON.parse(a.text).input).toBe('a.txt');
    expect(b!.kind === 'done' && JSON.parse(b.text).input).toBe('<stdin>');
    expect(c!.kind === 'done' && JSON.parse(c.text).input).toBe('n1');
    expect(blank).toEqual({ kind: 'blank' });
  });

  test('keeps no handle on a task once it is handed to a worker (a settled job would pin its result)', async () => {
    const p = open(0);
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((w) => p.run(file(w))));
    expect(results.map((r) => r.kind)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'done']);
    // Before the fix, the queue kept every dispatched job until 1,024 had piled up: a -j2 stream held
    // ~10 MB of finished records in the main thread (peak RSS 293 -> 252 MB in npm run bench --quick).
    const queue = (p as unknown as { queue: { items: unknown[] } }).queue.items;
    expect(queue.filter((job) => job !== undefined)).toHaveLength(0);
  });

  test('a crashed worker fails its task with E_INTERNAL and is replaced', async () => {
    const p = open(0, { crash: ['bad'] });
    const results = await Promise.all(['a', 'bad', 'c', 'd', 'e'].map((w) => p.run(file(w))));
    expect(results.map((r) => (r.kind === 'failed' ? r.error.code : r.kind))).toEqual(['done', 'E_INTERNAL', 'done', 'done', 'done']);
  });

  test('a task over the time limit fails with E_TIMEOUT; its worker is replaced', async () => {
    const p = open(500, { hang: ['slow'] });
    const results = await Promise.all(['slow', 'b', 'c', 'd'].map((w) => p.run(file(w))));
    expect(results.map((r) => (r.kind === 'failed' ? r.error.code : r.kind))).toEqual(['E_TIMEOUT', 'done', 'done', 'done']);
    expect((await p.run(file('after'))).kind).toBe('done');
  });

  test('a document that exhausts a capped worker\'s heap is run again on an uncapped worker', async () => {
    const p = open(0, { oom: ['big'] });
    const results = await Promise.all(['big', 'b'].map((w) => p.run(file(w))));
    expect(results.map((r) => r.kind)).toEqual(['done', 'done']);
  }, 60_000);

  test('a worker script that cannot start fails every task instead of respawning forever', async () => {
    const p = open(0, undefined, path.join(FIXTURES, 'no-such-worker.js'));
    const result = await p.run(file('a'));
    expect(result).toMatchObject({ kind: 'failed', error: { code: 'E_INTERNAL' } });
    expect(result.kind === 'failed' && result.error.message).toMatch(/^extraction worker could not start/);
  });
});
