import fs from 'node:fs';
import path from 'node:path';
import { fieldTokens, findEntities } from '../../../src/entities/find-entities';
import { resolveEntities } from '../../../src/entities/resolve';
import type { Candidate, FieldTokens } from '../../../src/entities/candidate';
import type { Entity } from '../../../src/types';

// Sentences below are written for these tests (invented names), not taken from any development page.
const FIX = path.join(__dirname, '..', '..', 'fixtures', 'entities');
const seed = JSON.parse(fs.readFileSync(path.join(FIX, '000_b7c3922e8ac4cea0.gold.json'), 'utf8')) as { title: string; lead: string; body: string };

const typed = (ents: readonly Entity[]): string[] => ents.map((e) => `${e.type}:${[e.text, ...e.aliases].join('|')}`);
const fa = (body: string): string[] => typed(findEntities({ title: null, lead: null, body }, 'fa'));
const bodyTokens = (text: string): FieldTokens => fieldTokens('body', text);
const opts = { notEntities: new Set<string>(), heads: new Set<string>(), weakSinglesStand: true, surnameTails: new Set(['نژاد']) };

describe('Persian single-word people', () => {
  test('a tagger-only surname seen once stands as a person; a one-off organization word does not', () => {
    const f = bodyTokens('به نظر رستمیان این طرح در باشگاه ماند');
    const cands: Candidate[] = [
      { field: 'body', start: 2, end: 3, type: 'PERSON', source: 'tagger' },
      { field: 'body', start: 7, end: 8, type: 'ORGANIZATION', source: 'tagger' },
    ];
    expect(typed(resolveEntities([f], cands, opts))).toEqual(['PERSON:رستمیان']);
  });

  test('a full name ending in a detached surname part is later called by both surname words', () => {
    const f = bodyTokens('سرهنگ کاوه رستمی نژاد گفت که کار ادامه دارد. رستمی نژاد افزود که نژاد مهم نیست.');
    const cands: Candidate[] = [{ field: 'body', start: 1, end: 4, type: 'PERSON', source: 'rule' }];
    const ents = resolveEntities([f], cands, opts);
    expect(ents.map((e) => [e.text, e.aliases, e.count])).toEqual([['کاوه رستمی نژاد', ['رستمی نژاد'], 2]]);
  });
});

describe('Persian organizations and places', () => {
  test('a generic head with one word is a name when the outlet is quoted as writing', () => {
    expect(fa('روزنامه آفتاب نوشت: دولت باید پاسخ بدهد.')).toEqual(['ORGANIZATION:روزنامه آفتاب']);
  });

  test('a one-word town from the derived lists that is a common word needs the tagger ("دوشنبه" = Monday)', () => {
    expect(fa('نشست روز دوشنبه در محل وزارت کشور برگزار شد و نتیجه آن روز دوشنبه اعلام می‌شود.')).toEqual(['ORGANIZATION:وزارت کشور']);
  });

  test('no entity text or alias starts or ends with a comma or stop (quotes around a name may stay)', () => {
    const ents = findEntities({ title: seed.title, lead: seed.lead, body: `${seed.body}\nاین تصمیم با رأی هیئت امنای بنیاد، در جلسه دیروز گرفته شد.` }, 'fa');
    for (const e of ents) for (const s of [e.text, ...e.aliases]) expect(s).not.toMatch(/^[،,.:؛]|[،,.:؛]$/u);
  });
});
