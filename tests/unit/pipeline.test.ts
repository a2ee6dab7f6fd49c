/** The library API end to end on the seed dump: fields and their normalization. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { extract } from '../../src/pipeline';

const SEED = readFileSync(path.join(__dirname, '..', 'fixtures', 'text', 'tasnim-seed.txt'));

test('source desk and via are normalized like the other page text; none leaves them as written', () => {
  const full = extract({ id: 'seed.txt', bytes: SEED }, { entities: false });
  const none = extract({ id: 'seed.txt', bytes: SEED }, { entities: false, normalize: 'none' });
  expect(full.ok && full.record.source).toMatchObject({ name: 'خبرگزاری تسنیم', desk: 'گروه بین\u200cالملل', via: ['نووستی'] });
  expect(none.ok && none.record.source.desk).toBe('گروه بینالملل');
});

test('a failure is a value naming the input, never a throw', () => {
  const out = extract({ id: 'empty.txt', bytes: new Uint8Array(0) });
  expect(out).toEqual({ ok: false, input: 'empty.txt', error: { code: 'E_EMPTY', message: 'input has no text' } });
});
