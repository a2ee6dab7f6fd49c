import fs from 'node:fs';
import path from 'node:path';
import { fieldTokens, findEntities } from '../../../src/entities/find-entities';
import { resolveEntities } from '../../../src/entities/resolve';
import { resources } from '../../../src/entities/resources';
import { tokenFlags } from '../../../src/entities/lexicon';
import { referenceTagSequence, tagSequence } from '../../../src/entities/tagger';
import { tokenKey } from '../../../src/entities/token-key';
import { tokenize } from '../../../src/entities/tokenize';
import type { Candidate, FieldTokens } from '../../../src/entities/candidate';
import type { Entity } from '../../../src/types';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'entities');
const seed = JSON.parse(fs.readFileSync(path.join(FIX, '000_b7c3922e8ac4cea0.gold.json'), 'utf8')) as { body: string };

const forms = (ents: readonly Entity[]): string[] => ents.flatMap((e) => [e.text, ...e.aliases]);
const typed = (ents: readonly Entity[]): string[] => ents.map((e) => `${e.type}:${e.text}`);
const bodyTokens = (text: string): FieldTokens => fieldTokens('body', text);

describe('tagger', () => {
  test('the fast scorer tags exactly like the feature-string definition', () => {
    const res = resources();
    const model = res.taggers.fa;
    expect(model).toBeDefined();
    if (!model) return;
    const raw = tokenize(seed.body).map((t) => t.text);
    const flags = tokenFlags(res.gazetteer, raw, 'fa');
    const fast = tagSequence(model, raw, flags);
    expect(fast).toEqual(referenceTagSequence(model, raw, flags));
    expect(fast.some((t) => t !== 'O')).toBe(true);
  });
});

describe('tokenKey', () => {
  test('folds letter variants, digits, ZWNJ and case; plain tokens come back unchanged', () => {
    expect(tokenKey('رئيس')).toBe('رییس');
    expect(tokenKey('می‌شود')).toBe('میشود');
    expect(tokenKey('۱۴۰۲')).toBe('1402');
    expect(tokenKey('Tehran')).toBe('tehran');
    expect(tokenKey('تهران')).toBe('تهران');
  });
});

describe('resolution', () => {
  test('"X Y" and "Y Z" of one person in one article become "X Y Z"', () => {
    const f = bodyTokens('حسن کریمی اصل گفت که کریمی اصل افزود');
    const cands: Candidate[] = [
      { field: 'body', start: 0, end: 2, type: 'PERSON', source: 'tagger' },
      { field: 'body', start: 5, end: 7, type: 'PERSON', source: 'tagger' },
    ];
    const ents = resolveEntities([f], cands, { notEntities: new Set(), heads: new Set(), weakSinglesStand: true });
    expect(ents.map((e) => [e.text, e.aliases, e.count])).toEqual([['حسن کریمی اصل', ['کریمی اصل'], 2]]);
  });

  test('mentions spelled differently but folding to one key are all listed, so offsets slice back', () => {
    const body = 'وقال رئيس قطاع المياه الجوفية إن العمل مستمر. وأضاف أن قطاع المياة الجوفية يعمل.';
    const ents = findEntities({ title: null, lead: null, body }, 'ar');
    for (const e of ents) for (const m of e.mentions) expect([e.text, ...e.aliases]).toContain(body.slice(m.start, m.end));
  });
});

describe('Arabic people and places (rules)', () => {
  test('title with a nationality adjective, then the name; the surname alone joins it', () => {
    const body = 'استقبل الرئيس الفرنسي إيمانويل ماكرون وفدا رسميا في باريس. وقال ماكرون إن المحادثات كانت مثمرة.';
    const ents = findEntities({ title: null, lead: null, body }, 'ar');
    const macron = ents.find((e) => e.text === 'إيمانويل ماكرون');
    expect(macron).toMatchObject({ type: 'PERSON', aliases: ['ماكرون'], count: 2 });
    expect(forms(ents)).not.toContain('الفرنسي');
  });

  test('office, complement, then the name set off by commas', () => {
    const body = 'وأكد وزير الخارجية، سامح شكري، أن بلاده تدعم الحل السياسي.';
    expect(typed(findEntities({ title: null, lead: null, body }, 'ar'))).toContain('PERSON:سامح شكري');
  });

  test('an ambiguous first name before a definite word is no person ("علي" = "على")', () => {
    const body = 'وأثنى الوزير علي الجهد المبذول من العاملين في المشروع.';
    expect(forms(findEntities({ title: null, lead: null, body }, 'ar'))).not.toContain('علي الجهد المبذول');
  });

  test('a generic place head is not part of the place; a nationality adjective completes an army', () => {
    const body = 'اندلعت اشتباكات قرب بلدة كفرنبل أمس، وأعلن الجيش اللبناني حالة التأهب.';
    const ents = typed(findEntities({ title: null, lead: null, body }, 'ar'));
    expect(ents).toContain('LOCATION:كفرنبل');
    expect(ents).toContain('ORGANIZATION:الجيش اللبناني');
  });
});

describe('English precision', () => {
  test('titles of works and nationality words are not people', () => {
    const body = 'The South Korean director won for the film Silent River, beating Noah Baumbach\'s Quiet Harbor at the festival in Berlin.';
    const ents = findEntities({ title: null, lead: null, body }, 'en');
    const all = forms(ents);
    expect(all).not.toContain('Silent River');
    expect(all).not.toContain('Quiet Harbor');
    expect(all.some((t) => /Korean/.test(t))).toBe(false);
    expect(typed(ents)).toContain('PERSON:Noah Baumbach');
    expect(typed(ents)).toContain('LOCATION:Berlin');
  });
});
