/**
 * The entity stage's fast paths against the definitions they replace: each hand-written scanner, folded
 * lookup or precomputed table must give exactly what the plain version gives, on real text (the seed
 * fixture) and on edge cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findEntities } from '../../../src/entities/find-entities';
import { fieldFacts, KB } from '../../../src/entities/key-facts';
import { arabicVariants, isDemonymEn, isNisba, matchAt, tokenFlagMasks, tokenFlags, vocab, type GazMatch } from '../../../src/entities/lexicon';
import { resources, type Gazetteer } from '../../../src/entities/resources';
import { shape, shapeIndex, tagSequence, tagSequenceMasks } from '../../../src/entities/tagger';
import { referenceTokenKey, tokenKey } from '../../../src/entities/token-key';
import { referenceTokenize, tokenize, tokenizeColumns } from '../../../src/entities/tokenize';

const FIX = path.join(__dirname, '..', '..', 'fixtures', 'entities');
const seed = JSON.parse(fs.readFileSync(path.join(FIX, '000_b7c3922e8ac4cea0.gold.json'), 'utf8')) as { title: string; lead: string; body: string };

const EDGE_TEXTS = [
  '', ' ', '\ufeff', 'U.S. and P.J. met Washington.', "O'Brien’s Lloyd-Webber-", 'a.b.c.d', 'A.B', 'e\u0301te\u0301',
  'می\u200cگوید \u200cنمی\u200cشود\u200c', '\u200c\u200d', 'x\ud835\udc00y \ud835\udfd8 \ud83d\ude00!', 'lone \ud835 and \udc00 halves',
  '۱۴۰۲/۰۸/۰۷ ١٢٣', 'الـــرئيس «نووستی» — “quoted”', '-leading -- dashes- .dot. ..', 'tab\there\u00a0nbsp\u2028line',
];
const SHAPE_TOKENS = ['', 'Tehran', 'tehran', '۱۴۰۲', '123', '١٢', 'می\u200cگوید', 'تهران', '.', '،', '«', '$', '😀', '\ud835\udfd8', 'é', 'Ω', '٫'];

describe('tokenize', () => {
  test('the character scanner gives the regular expression\'s tokens', () => {
    for (const text of [seed.title, seed.lead, seed.body, ...EDGE_TEXTS]) expect(tokenize(text)).toEqual(referenceTokenize(text));
  });

  test('the columns hold each token\'s slice of the text, its key, and whether it is a word', () => {
    for (const text of [seed.body, ...EDGE_TEXTS]) {
      const c = tokenizeColumns(text);
      const ref = referenceTokenize(text);
      expect(c.count).toBe(ref.length);
      for (let i = 0; i < c.count; i++) {
        expect([c.raw[i], c.starts[i], c.ends[i], c.words[i] === 1]).toEqual([ref[i]?.text, ref[i]?.start, ref[i]?.end, ref[i]?.word]);
        expect(text.slice(c.starts[i], c.ends[i])).toBe(c.raw[i]);
        expect(c.keys[i]).toBe(referenceTokenKey(c.raw[i] ?? ''));
      }
    }
  });

  test('a field longer than the scratch columns (1,024 tokens) comes out whole', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `w${i % 7},`).join(' ');
    const c = tokenizeColumns(text);
    expect(c.count).toBe(6000);
    expect([c.raw[5998], c.starts[5998], c.ends[5999], c.words[5999]]).toEqual(['w3', text.length - 3, text.length, 0]);
  });

  test('a dotted abbreviation keeps its final dot, a sentence end does not', () => {
    expect(tokenize('U.S. Washington.').map((t) => t.text)).toEqual(['U.S.', 'Washington', '.']);
  });
});

describe('tokenKey', () => {
  test('one pass gives the three replacements and the case fold', () => {
    const words = [...tokenize(seed.body).map((t) => t.text), 'Σ', 'İstanbul', 'ΣΑΣ', 'رئيس\u200c', '\u200eX\u00ad', 'آؤة', 'ٱلله', 'كتاب', '٣٤', 'ـ', 'a\u064bb\u0670'];
    for (const w of words) expect(tokenKey(w)).toBe(referenceTokenKey(w));
  });
});

describe('tagger', () => {
  test('shapeIndex is the index of shape()', () => {
    const names = ['X', 'NUM', 'LATC', 'LAT', 'FAZ', 'FA', 'P'];
    for (const t of SHAPE_TOKENS) expect(names[shapeIndex(t)]).toBe(shape(t));
  });

  test('tagging with flag bit sets equals tagging with flag strings', () => {
    const res = resources();
    const model = res.taggers.fa;
    expect(model).toBeDefined();
    if (!model) return;
    const raw = tokenize(seed.body).map((t) => t.text);
    const keys = raw.map(tokenKey);
    const flags = tokenFlags(res.gazetteer, raw, 'fa', keys);
    const masks = tokenFlagMasks(res.gazetteer, raw, 'fa', keys);
    expect(tagSequenceMasks(model, raw, masks, keys)).toEqual(tagSequence(model, raw, flags, keys));
  });
});

/** matchAt as first written: every Arabic variant of the first key, the longest acceptable match wins. */
function referenceMatchAt(gaz: Gazetteer, keys: readonly string[], i: number, lang: 'fa' | 'ar'): Pick<GazMatch, 'gid' | 'length' | 'skip'> | null {
  const variants = lang === 'ar' ? arabicVariants(keys[i] ?? '') : [[keys[i] ?? '', 0] as const];
  let best: Pick<GazMatch, 'gid' | 'length' | 'skip'> | null = null;
  for (const [first, skip] of variants) {
    let phrase = first;
    for (let len = 1; len <= Math.min(gaz.maxTokens, keys.length - i); len++) {
      if (len > 1) phrase += ` ${keys[i + len - 1] ?? ''}`;
      const hit = gaz.names.get(phrase);
      const ok = hit && !(hit[1].startsWith('s:') && !hit[1].startsWith(`s:${lang}:`)) && !(hit[1].startsWith('ir:') && lang === 'ar');
      if (hit && ok && (!best || len > best.length)) best = { gid: hit[1], length: len, skip };
      if (!gaz.prefixes.has(phrase)) break;
    }
  }
  return best;
}

describe('per-key facts', () => {
  const text = `${seed.body} وقال وزير الخارجية الإيراني، إن الرئيس الأمريكي وبوزارة الصحة والسكان للأمم المتحدة في المملكة العربية السعودية`;
  const keys = tokenize(text).map((t) => tokenKey(t.text));
  const gaz = resources().gazetteer;

  test('gazetteer matches through the cached phrase starts equal the plain matcher', () => {
    for (const lang of ['fa', 'ar'] as const) {
      const facts = fieldFacts(gaz, lang, keys);
      keys.forEach((_, i) => {
        const m = matchAt(gaz, keys, keys, i, lang, facts[i]);
        expect(m && { gid: m.gid, length: m.length, skip: m.skip }).toEqual(referenceMatchAt(gaz, keys, i, lang));
      });
    }
    expect(keys.some((_, i) => matchAt(gaz, keys, keys, i, 'ar') !== null)).toBe(true);
  });

  test('vocabulary bits mirror the vocabulary sets', () => {
    for (const lang of ['fa', 'ar'] as const) {
      const v = vocab(lang);
      const facts = fieldFacts(gaz, lang, keys);
      keys.forEach((k, i) => {
        const bits = facts[i]?.bits ?? 0;
        expect((bits & KB.title) !== 0).toBe(v.titles.has(k));
        expect((bits & KB.orgHead) !== 0).toBe(v.orgHeads.has(k));
        expect((bits & KB.first) !== 0).toBe(gaz.firstNames.has(k));
        expect((bits & KB.nisba) !== 0).toBe(lang === 'ar' && isNisba(gaz, k));
      });
    }
    for (const k of ['iranian', 'korean', 'chinese', 'tehran']) expect((fieldFacts(gaz, 'en', [k])[0]?.bits ?? 0) & KB.demonym ? true : false).toBe(isDemonymEn(gaz, k));
  });
});

describe('findEntities', () => {
  test('the same answer on a second call (caches only save work)', () => {
    const fields = { title: seed.title, lead: seed.lead, body: seed.body };
    const first = JSON.stringify(findEntities(fields, 'fa'));
    expect(JSON.stringify(findEntities(fields, 'fa'))).toBe(first);
    expect(JSON.stringify(findEntities(fields, 'ar'))).toBe(JSON.stringify(findEntities(fields, 'ar')));
  });
});
