#!/usr/bin/env node
/**
 * Builds data/zwnj/lexicon.json and data/zwnj/verbs.tsv, the word lists the ZWNJ restorer
 * (src/normalize/zwnj/) loads, from the MIT-licensed hazm and shekar lists in shared/corpora/fa-text.
 *
 *   node scripts/build-zwnj-lexicon.js [SOURCE_DIR]      (default ../shared/corpora/fa-text)
 *
 * Output is derived data only (spellings, log-scaled frequencies, a few flags), never corpus text.
 * lexicon.json: {"plain": {"words": "WORD\nWORD…", "codes": [CODE, …]}, "zwnj": {…}}, words sorted, ZWNJ
 * spellings apart so the restorer indexes them without scanning every word. Words as one string and codes as
 * one array, in the same order: the loader packs them into typed arrays (src/lib/packed-string-map.ts) with
 * no per-word object. CODE = WEB + 128·HAZM + 16384·FLAGS, where
 *   WEB   round(2·log2(1 + shekar web frequency)), 0 when absent
 *   HAZM  round(2·log2(1 + hazm frequency)), 0 when absent
 *   FLAGS bits 1 L hazm lemma with a part of speech, 2 K shekar compound written with ZWNJ,
 *         4 A shekar compound written attached, 8 R hazm raw corpus form, 16/32/64 noun/adjective/adverb.
 * One JSON.parse loads it in a few milliseconds.
 * verbs.tsv: PAST TAB PRESENT stem pairs.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const SRC = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'shared', 'corpora', 'fa-text'));
const OUT = path.join(__dirname, '..', 'data', 'zwnj');

const ZWNJ = '\u200c';
// Letters that do not join to the following letter: a ZWNJ after them is invisible and never needed.
const NON_JOINING = new Set([...'اآأإٱدذرزژوؤةۀء']);
const PERSIAN_WORD = /^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0654\u200c]+$/;

/** Same cleaning the restorer applies to text: unify letters, drop tatweel and harakat, tidy ZWNJ. */
function clean(word) {
  let w = word.normalize('NFC').replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/[\u0640\u064b-\u0652\u0670]/g, '');
  w = w.replace(/\u200c+/g, ZWNJ).replace(/^\u200c+|\u200c+$/g, '');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    if (w[i] === ZWNJ && (i === 0 || NON_JOINING.has(w[i - 1]))) continue;
    out += w[i];
  }
  return PERSIAN_WORD.test(out) ? out : null;
}

/** Same threshold as TUNING.minWebOnlyStemFreq in src/normalize/zwnj/restore.ts (2·log2 30k ≈ 30). */
const MIN_WEB_BUCKET_FOR_PLAIN = 30;
const bucket = (f) => (f > 0 ? Math.round(2 * Math.log2(1 + f)) : 0);
const entries = new Map();
function entry(word) {
  let e = entries.get(word);
  if (!e) { e = { web: 0, hazm: 0, flags: new Set() }; entries.set(word, e); }
  return e;
}
function lines(file) {
  return fs.readFileSync(path.join(SRC, file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
}

for (const line of lines('hazm-words.dat')) {
  const [raw, count, pos] = line.split('\t');
  const w = clean(raw || '');
  if (!w) continue;
  const e = entry(w);
  e.hazm = Math.max(e.hazm, Number(count) || 0);
  if (!pos || pos === '0') { e.flags.add('R'); continue; }
  e.flags.add('L');
  for (const p of pos.split(',')) {
    if (p === 'N') e.flags.add('N');
    else if (p === 'AJ') e.flags.add('J');
    else if (p === 'ADV') e.flags.add('D');
  }
}
for (const line of lines('shekar-vocab.csv')) {
  const comma = line.lastIndexOf(',');
  const w = clean(line.slice(0, comma));
  if (!w) continue;
  const e = entry(w);
  e.web = Math.max(e.web, Number(line.slice(comma + 1)) || 0);
}
for (const line of lines('shekar-compound_words.csv')) {
  const attached = line.includes('#');
  const w = clean(line.replace(/#/g, ''));
  if (!w) continue;
  entry(w).flags.add(attached ? 'A' : 'K');
}

const verbs = new Set();
for (const line of lines('hazm-verbs.dat')) {
  const [past, present] = line.split('#').map((s) => clean((s || '').trim()) || '');
  if (past || present) verbs.add(`${past}\t${present}`);
}
for (const line of lines('shekar-verbs.csv')) {
  const [present, past] = line.split(',').map((s) => clean((s || '').trim()) || '');
  if (past || present) verbs.add(`${past}\t${present}`);
}

// Drop raw corpus forms that carry no evidence the restorer uses: no ZWNJ, no frequency, not a list entry.
const FLAG_BITS = { L: 1, K: 2, A: 4, R: 8, N: 16, J: 32, D: 64 };
const plain = { words: [], codes: [] };
const zwnj = { words: [], codes: [] };
let count = 0;
for (const [w, e] of [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  // An attached word known only from the web/corpus lists and rarer than this is no evidence the restorer
  // uses (it cannot carry a suffix, restore.ts minWebOnlyStemFreq) and would only slow loading.
  const curated = [...e.flags].some((f) => f !== 'R');
  if (!w.includes(ZWNJ) && !curated && bucket(e.web) < MIN_WEB_BUCKET_FOR_PLAIN) continue;
  let flags = 0;
  for (const f of e.flags) flags |= FLAG_BITS[f] || 0;
  const table = w.includes(ZWNJ) ? zwnj : plain;
  table.words.push(w);
  table.codes.push(bucket(e.web) + 128 * bucket(e.hazm) + 16384 * flags);
  count++;
}
fs.mkdirSync(OUT, { recursive: true });
const packed = (t) => ({ words: t.words.join('\n'), codes: t.codes });
fs.writeFileSync(path.join(OUT, 'lexicon.json'), JSON.stringify({ plain: packed(plain), zwnj: packed(zwnj) }) + '\n');
fs.writeFileSync(path.join(OUT, 'verbs.tsv'), [...verbs].sort().join('\n') + '\n');
console.log(`lexicon.json: ${count} words; verbs.tsv: ${verbs.size} stem pairs (from ${SRC})`);
