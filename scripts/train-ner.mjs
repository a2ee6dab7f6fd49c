#!/usr/bin/env node
// Trains the Persian entity tagger (src/entities/tagger.ts, averaged perceptron) on ParsTwiNER (MIT,
// ../shared/corpora/ner-fa/parstwiner) and writes data/entities/tagger-fa.json.gz. Tuning uses train → dev;
// test is only read by scripts/eval-ner.mjs. Needs `npm run build` and data/entities/gazetteer.json first.
//
//   node scripts/train-ner.mjs [--epochs 8] [--prune 0.5] [--corpus DIR] [--eval dev] [--no-write] [--silver FILE]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { staticFeatures, featuresAt, bestTag, score } = require(path.join(root, 'dist/entities/tagger.js'));
const { tokenKey } = require(path.join(root, 'dist/entities/token-key.js'));
const { tokenFlags } = require(path.join(root, 'dist/entities/lexicon.js'));
const { resources } = require(path.join(root, 'dist/entities/resources.js'));

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const EPOCHS = Number(opt('--epochs', 8));
const PRUNE = Number(opt('--prune', 0.5)); // drop weights whose |average| is below this: size vs ~0.3 F1
const SCALE = 100; // weights ship as integers (hundredths)
const corpus = path.resolve(root, opt('--corpus', '../shared/corpora/ner-fa/parstwiner'));

export function readConll(file) {
  const sents = [];
  let cur = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const l = line.replace(/\r$/, '');
    if (!l.trim()) { if (cur.length) sents.push(cur); cur = []; continue; }
    const [tok, tag] = l.split('\t');
    cur.push([tok, tag || 'O']);
  }
  if (cur.length) sents.push(cur);
  return sents;
}

const gaz = resources().gazetteer;
const prep = (sents) => sents.map((s) => {
  const raw = s.map((x) => x[0]);
  return { raw, keys: raw.map(tokenKey), flags: tokenFlags(gaz, raw, 'fa'), gold: s.map((x) => x[1]) };
});

let train = prep(readConll(path.join(corpus, 'train.txt')));
// --with-dev: the shipped model also learns from dev once tuning is done (test stays unseen).
if (args.includes('--with-dev')) train = train.concat(prep(readConll(path.join(corpus, 'dev.txt'))));
const silverFile = opt('--silver');
if (silverFile) train = train.concat(prep(readConll(silverFile)));
const evalSplit = opt('--eval', 'dev');
const dev = prep(readConll(path.join(corpus, `${evalSplit}.txt`)));
const tags = [...new Set(train.flatMap((s) => s.gold))].sort();
tags.splice(tags.indexOf('O'), 1);
tags.unshift('O');
const T = tags.length;

// Averaged perceptron with lazy averaging: w (current), acc (sum of w over steps), ts (last update step).
const W = new Map();
let step = 0;
const entry = (f) => { let e = W.get(f); if (!e) { e = { w: new Float64Array(T), acc: new Float64Array(T), ts: new Float64Array(T) }; W.set(f, e); } return e; };
const upd = (f, t, d) => { const e = entry(f); e.acc[t] += (step - e.ts[t]) * e.w[t]; e.ts[t] = step; e.w[t] += d; };
const live = new Map();
const liveWeights = () => { for (const [f, e] of W) live.set(f, e.w); return live; };

function decode(s, weights) {
  const out = [];
  for (let i = 0; i < s.raw.length; i++) {
    const prev = out[i - 1] ?? '<s>', prev2 = out[i - 2] ?? '<s>';
    const feats = featuresAt(staticFeatures(s.keys, s.raw, s.flags, i), prev, prev2, s.keys[i]);
    out.push(tags[bestTag(score(weights, null, feats, T), tags, prev)]);
  }
  return out;
}

function spans(seq) {
  const out = new Set();
  let start = -1, type = '';
  const close = (i) => { if (start >= 0 && ['PER', 'ORG', 'LOC'].includes(type)) out.add(`${start}:${i}:${type}`); start = -1; };
  seq.forEach((t, i) => {
    if (t.startsWith('B-') || (t.startsWith('I-') && t.slice(2) !== type)) { close(i); start = i; type = t.slice(2); }
    else if (t === 'O') { close(i); type = ''; }
  });
  close(seq.length);
  return out;
}

export function evaluate(sents, tagger) {
  let tp = 0, np = 0, ng = 0;
  for (const s of sents) {
    const p = spans(tagger(s)), g = spans(s.gold);
    np += p.size; ng += g.size;
    for (const x of p) if (g.has(x)) tp++;
  }
  const P = np ? tp / np : 0, R = ng ? tp / ng : 0;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}

// Deterministic shuffle (LCG) so training is reproducible.
let seed = 12345;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const t0 = Date.now();
for (let ep = 0; ep < EPOCHS; ep++) {
  const order = train.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  const weights = liveWeights();
  for (const idx of order) {
    const s = train[idx];
    const out = [];
    for (let i = 0; i < s.raw.length; i++) {
      step++;
      const prev = out[i - 1] ?? '<s>', prev2 = out[i - 2] ?? '<s>';
      const feats = featuresAt(staticFeatures(s.keys, s.raw, s.flags, i), prev, prev2, s.keys[i]);
      const guess = tags[bestTag(score(weights, null, feats, T), tags, prev)];
      const truth = s.gold[i];
      if (guess !== truth) {
        const gi = tags.indexOf(truth), pi = tags.indexOf(guess);
        for (const f of feats) { upd(f, gi, 1); upd(f, pi, -1); if (!weights.has(f)) weights.set(f, W.get(f).w); }
      }
      // Teacher forcing on the history keeps training stable for a greedy decoder.
      out.push(truth);
    }
  }
  console.error(`epoch ${ep + 1}/${EPOCHS} ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}
// Average.
const avg = new Map();
for (const [f, e] of W) {
  const a = new Float64Array(T);
  for (let t = 0; t < T; t++) a[t] = (e.acc[t] + (step - e.ts[t]) * e.w[t]) / step;
  avg.set(f, a);
}
const r = evaluate(dev, (s) => decode(s, avg));
console.log(`${evalSplit}: P ${(r.P * 100).toFixed(2)} R ${(r.R * 100).toFixed(2)} F1 ${(r.F * 100).toFixed(2)}  features ${avg.size}`);

// Prune and pack: feature → [tag, weight, tag, weight, …] with integer weights.
const weights = {};
for (const f of [...avg.keys()].sort()) {
  const a = avg.get(f);
  const packed = [];
  for (let t = 0; t < T; t++) if (Math.abs(a[t]) >= PRUNE) packed.push(t, Math.round(a[t] * SCALE));
  if (packed.length) weights[f] = packed;
}
const model = { tags, scale: SCALE, weights };
const packedMap = new Map(Object.entries(weights).map(([f, v]) => { const a = new Float64Array(T); for (let k = 0; k < v.length; k += 2) a[v[k]] = v[k + 1]; return [f, a]; }));
const packedModel = (s) => decode(s, packedMap);
const rp = evaluate(dev, packedModel);
console.log(`${evalSplit} (pruned ${PRUNE}): P ${(rp.P * 100).toFixed(2)} R ${(rp.R * 100).toFixed(2)} F1 ${(rp.F * 100).toFixed(2)}  features ${Object.keys(weights).length}`);
if (!args.includes('--no-write')) {
  const gz = zlib.gzipSync(Buffer.from(JSON.stringify(model)), { level: 9 });
  fs.writeFileSync(path.join(root, 'data/entities/tagger-fa.json.gz'), gz);
  console.log(`wrote data/entities/tagger-fa.json.gz ${(gz.length / 1024).toFixed(0)} KiB`);
}
