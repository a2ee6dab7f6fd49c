import fs from 'node:fs';
import path from 'node:path';
import { findEntities } from '../../../src/entities/find-entities';
import { tokenize } from '../../../src/entities/tokenize';
import type { Entity } from '../../../src/types';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'entities');
const seed = JSON.parse(fs.readFileSync(path.join(FIX, '000_b7c3922e8ac4cea0.gold.json'), 'utf8')) as { title: string; lead: string; body: string };
const fields = { title: seed.title, lead: seed.lead, body: seed.body };

function byText(ents: readonly Entity[], text: string): Entity | undefined {
  return ents.find((e) => e.text === text);
}

describe('findEntities on the Tasnim seed article (Persian)', () => {
  const ents = findEntities(fields, 'fa');

  test('people with their surname aliases', () => {
    expect(byText(ents, 'الکساندر لوکاشنکو')).toMatchObject({ type: 'PERSON', aliases: ['لوکاشنکو'] });
    expect(byText(ents, 'مایک پامپئو')).toMatchObject({ type: 'PERSON', aliases: ['پامپئو'] });
  });

  test('places, with "آمریکا" and "ایالات متحده" merged into one entity', () => {
    expect(byText(ents, 'بلاروس')?.type).toBe('LOCATION');
    expect(byText(ents, 'مینسک')?.type).toBe('LOCATION');
    expect(byText(ents, 'روسیه')?.type).toBe('LOCATION');
    expect(byText(ents, 'ایالات متحده')).toMatchObject({ type: 'LOCATION', aliases: ['آمریکا'] });
  });

  test('organizations: agencies, a ministry with its country, a union', () => {
    expect(byText(ents, 'خبرگزاری تسنیم')?.type).toBe('ORGANIZATION');
    expect(byText(ents, 'وزارت امور خارجه آمریکا')?.type).toBe('ORGANIZATION');
    expect(byText(ents, 'اتحادیه اروپا')?.type).toBe('ORGANIZATION');
    expect(ents.some((e) => e.type === 'ORGANIZATION' && [e.text, ...e.aliases].some((t) => t.includes('نووستی')))).toBe(true);
  });

  test('nationality adjectives and bare job titles are not entities', () => {
    const forms = ents.flatMap((e) => [e.text, ...e.aliases]);
    expect(forms).not.toContain('آمریکایی');
    expect(forms).not.toContain('بلاروسی');
    expect(forms).not.toContain('وزیر خارجه');
    expect(forms).not.toContain('وزیر امور خارجه');
  });

  test('every mention slices back to the entity text or one of its aliases', () => {
    for (const e of ents) {
      expect(e.count).toBe(e.mentions.length);
      for (const m of e.mentions) expect([e.text, ...e.aliases]).toContain(fields[m.field].slice(m.start, m.end));
    }
  });

  test('ordered by first mention, and deterministic', () => {
    expect(ents[0]?.text).toBe('الکساندر لوکاشنکو');
    expect(JSON.stringify(findEntities(fields, 'fa'))).toBe(JSON.stringify(ents));
  });

  test('type filter', () => {
    const people = findEntities(fields, 'fa', ['PERSON']);
    expect(people.map((e) => e.text)).toEqual(['الکساندر لوکاشنکو', 'مایک پامپئو']);
  });
});

describe('findEntities, English and Arabic sentences', () => {
  test('English: title stripped, surname joins the full name, country from the gazetteer', () => {
    const body = 'President Barack Obama met Russian officials in Moscow on Monday. Obama said the United States would wait.';
    const ents = findEntities({ title: null, lead: null, body }, 'en');
    expect(ents.map((e) => [e.text, e.type])).toEqual([['Barack Obama', 'PERSON'], ['Moscow', 'LOCATION'], ['United States', 'LOCATION']]);
    expect(byText(ents, 'Barack Obama')?.aliases).toEqual(['Obama']);
    expect(ents.some((e) => e.text === 'Russian')).toBe(false);
  });

  test('Arabic: a ministry and a country written with a clitic', () => {
    const body = 'أعلنت وزارة الصحة المصرية اليوم عن حالات جديدة، وقالت إن مصر مستعدة وبإيران أيضا.';
    const ents = findEntities({ title: null, lead: null, body }, 'ar');
    expect(byText(ents, 'وزارة الصحة المصرية')?.type).toBe('ORGANIZATION');
    expect(byText(ents, 'مصر')?.type).toBe('LOCATION');
    const iran = byText(ents, 'إيران');
    expect(iran?.type).toBe('LOCATION');
    expect(body.slice(iran?.mentions[0]?.start, iran?.mentions[0]?.end)).toBe('إيران');
  });

  test('empty fields and unknown languages give no entities', () => {
    expect(findEntities({ title: null, lead: null, body: null }, 'fa')).toEqual([]);
    expect(findEntities({ title: '', lead: null, body: '  ' }, 'en')).toEqual([]);
  });
});

describe('tokenize', () => {
  test('offsets, inner ZWNJ, dotted abbreviations, sentence dots', () => {
    const text = 'U.S. officials met in Washington. گفت‌وگو «نووستی»';
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['U.S.', 'officials', 'met', 'in', 'Washington', '.', 'گفت‌وگو', '«', 'نووستی', '»']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
