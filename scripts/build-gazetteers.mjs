#!/usr/bin/env node
// Builds data/entities/gazetteer.json, the entity stage's name lists, from permissively licensed packages
// (devDependencies; only the derived lists ship) plus our own curated list:
//   i18n-iso-countries (MIT)          country names fa/ar/en, all variants, grouped by ISO code
//   cldr-localenames-full (Unicode-3.0) territory and region names fa/ar/en
//   cldr-dates-full (Unicode-3.0)     time-zone exemplar cities fa/ar/en
//   @persian-tools/persian-tools (MIT) Iranian cities and provinces (national-ID place table)
//   @faker-js/faker (MIT)             person first/last names fa/ar/en; Iranian provinces, Arab cities, US states
//   data/entities/sources/curated.json (ours) international organizations, news agencies, regions, capitals
// Keys are token keys (src/entities/token-key.ts) joined by spaces, so the build needs `npm run build` first.
// The build-only packages come from `npm run data:deps`, or from another folder's node_modules named by
// WINNOW_DATA_DEPS (so the repo's own node_modules need not change).
//
//   npm run build && node scripts/build-gazetteers.mjs [--out FILE]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { tokenize } = require(path.join(root, 'dist/entities/tokenize.js'));
const { phraseKey } = require(path.join(root, 'dist/entities/token-key.js'));
const LANGS = ['fa', 'ar', 'en'];
const depsRoot = process.env.WINNOW_DATA_DEPS ? path.resolve(process.env.WINNOW_DATA_DEPS) : root;
const depRequire = createRequire(path.join(depsRoot, 'package.json'));
const outArg = process.argv.indexOf('--out');
const outFile = outArg >= 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'data/entities/gazetteer.json');

const keyOf = (name) => phraseKey(tokenize(name).filter((t) => t.word).map((t) => t.text));
/** type → key → group id; the first group to claim a key keeps it (curated lists are added first). */
const names = { LOC: new Map(), ORG: new Map() };
const add = (type, name, gid) => {
  const k = keyOf(String(name).trim());
  if (!k || k.length < 2) return;
  if (!names.LOC.has(k) && !names.ORG.has(k)) names[type].set(k, gid);
};

// 1. curated (ours)
const curated = JSON.parse(fs.readFileSync(path.join(root, 'data/entities/sources/curated.json'), 'utf8'));
for (const type of ['ORG', 'LOC']) for (const e of curated[type]) for (const l of LANGS) for (const n of e[l] || []) add(type, n, e.id);

// 2. countries: i18n-iso-countries, every listed variant
const countries = depRequire('i18n-iso-countries');
for (const l of LANGS) {
  countries.registerLocale(depRequire(`i18n-iso-countries/langs/${l}.json`));
  for (const [code, v] of Object.entries(countries.getNames(l, { select: 'all' }))) for (const n of v) add('LOC', n, `c:${code}`);
}

// 3. CLDR territories and regions (not EU/UN/eurozone, which are organizations or currency areas)
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', '001']);
for (const l of LANGS) {
  const t = depRequire(`cldr-localenames-full/main/${l}/territories.json`).main[l].localeDisplayNames.territories;
  for (const [code, n] of Object.entries(t)) {
    const base = code.split('-alt-')[0];
    if (NOT_PLACES.has(base)) continue;
    add('LOC', n, /^\d+$/.test(base) ? `r:${base}` : `c:${base}`);
  }
}

// 4. CLDR exemplar cities (English ones come from the zone id: America/Los_Angeles → Los Angeles)
for (const l of LANGS) {
  const zones = depRequire(`cldr-dates-full/main/${l}/timeZoneNames.json`).main[l].dates.timeZoneNames.zone;
  const walk = (obj, trail) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === 'object' && !('exemplarCity' in v) && !('long' in v) && !('short' in v)) { walk(v, [...trail, k]); continue; }
      if (trail[0] === 'Etc') continue;
      const id = `z:${[...trail, k].join('/')}`;
      const city = (v && v.exemplarCity) || (l === 'en' ? k.replace(/_/g, ' ') : null);
      if (city && !/unknown|نامشخص|غير معروف/i.test(city)) add('LOC', city, id);
    }
  };
  walk(zones, []);
}

// 5. Iranian cities and provinces (persian-tools): skip tax-district labels ("تهران غرب") and the
// consular pseudo-province "امور خارجه".
const pt = depRequire('@persian-tools/persian-tools');
for (let i = 0; i < 1000; i++) {
  const r = pt.getPlaceByIranNationalId(String(i).padStart(3, '0') + '1234567');
  if (!r) continue;
  for (const n of [r.city, r.province]) {
    if (!n || /امور خارجه|شمال|جنوب|شرق|غرب|مرکزی تهران|تهران مرکزی/.test(n)) continue;
    add('LOC', n, `ir:${keyOf(n)}`);
  }
}

// 6. faker locales: provinces/states and Arab city names; person first and last names
const faker = await import(path.join(depsRoot, 'node_modules/@faker-js/faker/dist/index.js'));
const list = (v) => (Array.isArray(v) ? v : v ? Object.values(v).flat() : []);
const first = new Set(), last = new Set();
for (const l of LANGS) {
  const loc = faker[l];
  for (const n of list(loc.location?.state)) add('LOC', n, `s:${l}:${keyOf(n)}`);
  if (l !== 'en') for (const n of list(loc.location?.city_name)) add('LOC', n, `s:${l}:${keyOf(n)}`);
  for (const n of list(loc.person?.first_name)) { const k = keyOf(n); if (k && !k.includes(' ')) first.add(k); }
  for (const n of list(loc.person?.last_name)) { const k = keyOf(n); if (k && !k.includes(' ')) last.add(k); }
}

// Single words that are mostly common words are not names on their own: function words (stopwords-iso,
// MIT) and, for Persian, words hazm's lexicon (MIT, ../shared/corpora/fa-text) tags as adverbs or plurals
// ("مالی" financial/Mali, "محلات" neighbourhoods/Mahallat). Curated entries are kept.
const curatedKeys = new Set();
for (const type of ['ORG', 'LOC']) for (const e of curated[type]) for (const l of LANGS) for (const n of e[l] || []) curatedKeys.add(keyOf(n));
const stop = require('stopwords-iso');
const common = new Set(LANGS.flatMap((l) => stop[l]).map(keyOf));
const hazm = path.resolve(root, '../shared/corpora/fa-text/hazm-words.dat');
if (fs.existsSync(hazm)) {
  for (const line of fs.readFileSync(hazm, 'utf8').split('\n')) {
    const [w, , pos] = line.split('\t');
    if (pos && /ADV|PL|\bV\b|CONJ|PRO/.test(pos)) common.add(keyOf(w));
  }
}
for (const type of ['LOC', 'ORG']) for (const k of [...names[type].keys()]) if (!k.includes(' ') && common.has(k) && !curatedKeys.has(k)) names[type].delete(k);

// Person-name lists must not claim place names ("Sydney", "Georgia").
for (const k of [...first]) if (names.LOC.has(k) || names.ORG.has(k)) first.delete(k);
for (const k of [...last]) if (names.LOC.has(k) || names.ORG.has(k)) last.delete(k);

const sortObj = (m) => Object.fromEntries([...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
const out = {
  version: 1,
  LOC: sortObj(names.LOC),
  ORG: sortObj(names.ORG),
  first: [...first].sort(),
  last: [...last].sort(),
};
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(out) + '\n');
console.log(`LOC ${names.LOC.size}  ORG ${names.ORG.size}  first ${first.size}  last ${last.size}`);
