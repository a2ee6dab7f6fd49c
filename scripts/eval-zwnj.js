#!/usr/bin/env node
/**
 * Measures ZWNJ restoration on UD Persian sentences (shared/corpora/fa-text): strip every ZWNJ, restore with
 * the built restorer (dist/normalize/zwnj), compare per ZWNJ position and per word.
 *
 *   node scripts/eval-zwnj.js [SET...] [--errors N] [--check] [--dir DIR]
 *     SET      perdt-ud-dev perdt-ud-test seraji-ud-dev seraji-ud-test (default: all four)
 *     --errors print the N most frequent wrong edits and misses per set
 *     --json   print one JSON object {set: {P, R, F1, wrong_per_1000}} instead of the table; `npm run eval`
 *              checks perdt-ud-dev against the floors in eval/floors.json
 *
 * Protocol (shared/docs/persian-text.md §5): unify ي ى ك and drop tatweel in the gold, restore whole fused
 * sentences, split on white space, trim punctuation, keep tokens written only in Persian letters.
 *   P/R/F1   over ZWNJ positions (index into the ZWNJ-free spelling)
 *   wrong edits per 1,000 words: tokens the restorer changed to something other than the gold
 *            (a plain word given a ZWNJ, or a ZWNJ word restored wrongly)
 * Needs `npm run build` first.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { restoreZwnj } = require('../dist/normalize/zwnj/restore.js');

const ZWNJ = '\u200c';
const PERSIAN_TOKEN = /^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0654\u200c]+$/;
const EDGE_PUNCT = /^[^\u0621-\u06ff]+|[^\u0621-\u06ff]+$/g;

function args(argv) {
  const out = { sets: [], errors: 0, json: false, dir: path.resolve(__dirname, '..', '..', 'shared', 'corpora', 'fa-text') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--errors') out.errors = Number(argv[++i]);
    else if (argv[i] === '--json') out.json = true;
    else if (argv[i] === '--dir') out.dir = path.resolve(argv[++i]);
    else out.sets.push(argv[i]);
  }
  if (out.sets.length === 0) out.sets = ['perdt-ud-dev', 'perdt-ud-test', 'seraji-ud-dev', 'seraji-ud-test'];
  return out;
}

const unify = (s) => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/\u0640/g, '');
const positions = (word) => {
  const out = [];
  let letters = 0;
  for (const ch of word) { if (ch === ZWNJ) out.push(letters); else letters++; }
  return out;
};

function evaluate(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const m = { words: 0, goldZwnjWords: 0, exact: 0, plainChanged: 0, wrong: 0, tp: 0, fp: 0, fn: 0, wrongList: new Map(), missList: new Map() };
  let chars = 0;
  const started = process.hrtime.bigint();
  const outputs = lines.map((line) => { const fused = unify(line).replaceAll(ZWNJ, ''); chars += Buffer.byteLength(fused); return [unify(line), fused, restoreZwnj(fused)]; });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  for (const [gold, fused, restored] of outputs) {
    const g = gold.split(/\s+/), f = fused.split(/\s+/), r = restored.split(/\s+/);
    if (g.length !== r.length || f.length !== r.length) throw new Error(`token count changed: ${fused}`);
    for (let i = 0; i < g.length; i++) {
      const gt = g[i].replace(EDGE_PUNCT, '').replace(/^\u200c+|\u200c+$/g, '');
      const ft = f[i].replace(EDGE_PUNCT, '');
      const rt = r[i].replace(EDGE_PUNCT, '');
      if (!PERSIAN_TOKEN.test(gt) || gt.replaceAll(ZWNJ, '') !== ft) continue;
      if (rt.replaceAll(ZWNJ, '') !== ft) throw new Error(`restorer changed a letter: ${ft} → ${rt}`);
      m.words++;
      const gp = new Set(positions(gt)), rp = positions(rt);
      for (const p of rp) { if (gp.has(p)) m.tp++; else m.fp++; }
      m.fn += [...gp].filter((p) => !rp.includes(p)).length;
      if (gp.size > 0) { m.goldZwnjWords++; if (rt === gt) m.exact++; }
      if (rt !== ft && rt !== gt) {
        m.wrong++;
        if (gp.size === 0) m.plainChanged++;
        const k = `${rt} (gold ${gt})`; m.wrongList.set(k, (m.wrongList.get(k) || 0) + 1);
      } else if (rt === ft && gp.size > 0) {
        const k = `${ft} (gold ${gt})`; m.missList.set(k, (m.missList.get(k) || 0) + 1);
      }
    }
  }
  const P = m.tp / Math.max(1, m.tp + m.fp), R = m.tp / Math.max(1, m.tp + m.fn);
  return { ...m, P, R, F1: (2 * P * R) / Math.max(1e-9, P + R), wrongPer1000: (1000 * m.wrong) / Math.max(1, m.words), mbps: chars / 1e6 / (ms / 1000) };
}

function main() {
  const opt = args(process.argv.slice(2));
  const json = {};
  if (!opt.json) console.log('set             words  gold-ZWNJ-words      P      R     F1  exact  plain-changed  wrong/1000');
  for (const set of opt.sets) {
    const res = evaluate(path.join(opt.dir, `${set}.txt`));
    const r3 = (x) => Math.round(x * 1000) / 1000;
    json[set] = { P: r3(res.P), R: r3(res.R), F1: r3(res.F1), wrong_per_1000: Math.round(res.wrongPer1000 * 10) / 10 };
    if (opt.json) continue;
    console.log(`${set.padEnd(15)} ${String(res.words).padStart(6)} ${String(res.goldZwnjWords).padStart(16)}  ${res.P.toFixed(3)}  ${res.R.toFixed(3)}  ${res.F1.toFixed(3)}  ${(res.exact / Math.max(1, res.goldZwnjWords)).toFixed(3)}  ${String(res.plainChanged).padStart(13)}  ${res.wrongPer1000.toFixed(1).padStart(10)}`);
    if (opt.errors > 0) {
      const top = (map) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opt.errors).map(([k, n]) => `${n}× ${k}`).join('\n    ');
      console.log(`  wrong edits:\n    ${top(res.wrongList)}\n  misses:\n    ${top(res.missList)}`);
    }
  }
  if (opt.json) console.log(JSON.stringify(json));
}

main();
