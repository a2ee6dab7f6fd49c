#!/usr/bin/env node
// Trains the Persian entity tagger (src/entities/tagger.ts, averaged perceptron) on ParsTwiNER (MIT,
// ../shared/corpora/ner-fa/parstwiner) and writes data/entities/tagger-fa.{json,features.gz,weights.gz}
// (read by src/entities/resources.ts) plus data/entities/tagger-fa.meta.json (settings and the dev figures). Every setting is chosen on dev;
// test is only read by scripts/eval-ner.mjs (and by --eval test, for the notes).
// Needs `npm run build` and data/entities/gazetteer.json first.
//
//   node scripts/train-ner.mjs                       train with the settings below, write model + meta
//   node scripts/train-ner.mjs --check               retrain with the shipped meta's settings into memory,
//                                                     compare dev figures with the meta (JSON line, exit 1 if off)
//   node scripts/train-ner.mjs --sweep-prune 0,0.5,1,2 --no-write     dev F1 per pruning level, one training
//   options: --epochs N  --prune X  --seeds a,b,c  --silver FILE (extra CoNLL training data)  --eval dev|test  --no-write
// Settings were chosen on dev only (epochs 5–16 × prune 0–2, one seed and three seeds averaged); the
// meta file records them and the dev figures that --check must reproduce.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { staticFeatures, dynamicFeatures, compileTagger, tagSequence, PAD } = require(path.join(root, 'dist/entities/tagger.js'));
const { tokenKey } = require(path.join(root, 'dist/entities/token-key.js'));
const { tokenFlags } = require(path.join(root, 'dist/entities/lexicon.js'));
const { resources } = require(path.join(root, 'dist/entities/resources.js'));

const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const META_FILE = path.join(root, 'data/entities/tagger-fa.meta.json');
const MODEL_BASE = path.join(root, 'data/entities/tagger-fa');
const CHECK = args.includes('--check');
/** |dev F1 − shipped dev F1| allowed by --check: training is deterministic, so only float summation order
 *  across Node versions can move it. */
const CHECK_TOLERANCE = 0.005;

const shipped = fs.existsSync(META_FILE) ? JSON.parse(fs.readFileSync(META_FILE, 'utf8')) : null;
if (CHECK && !shipped) { console.log(JSON.stringify({ check: 'train-ner', ok: false, error: `missing ${path.relative(root, META_FILE)}` })); process.exit(1); }
const settings = CHECK ? shipped.settings : {
  epochs: Number(opt('--epochs', 12)),
  // Chosen on dev only: prune 1 keeps the file near 0.5 MiB and the load fast, about 0.6 dev F1 below 0.5.
  prune: Number(opt('--prune', 1)),
  scale: 100, // weights ship as integers (hundredths)
  // Models trained on differently shuffled data are averaged into one: the same size, less variance
  // from the order of training sentences (a single run's dev F1 moves by ±1 with any small change).
  seeds: String(opt('--seeds', '12345,23456,34567')).split(',').map(Number),
  silver: opt('--silver', null),
};
const corpus = path.resolve(root, '../shared/corpora/ner-fa/parstwiner');

function readConll(file) {
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
  const keys = raw.map(tokenKey);
  return { raw, keys, flags: tokenFlags(gaz, raw, 'fa', keys), gold: s.map((x) => x[1]) };
});

const t0 = Date.now();
let train = prep(readConll(path.join(corpus, 'train.txt')));
if (settings.silver) train = train.concat(prep(readConll(path.resolve(root, settings.silver))));
const evalSplit = CHECK ? 'dev' : opt('--eval', 'dev');
const dev = prep(readConll(path.join(corpus, `${evalSplit}.txt`)));
const tags = [...new Set(train.flatMap((s) => s.gold))].filter((t) => t !== 'O').sort();
tags.unshift('O');
const T = tags.length;
const tagIndex = new Map(tags.map((t, i) => [t, i]));

// Feature strings interned to ids; weights in growable dense arrays (id × T).
const ids = new Map();
let cap = 1 << 16;
let W = new Float64Array(cap * T), ACC = new Float64Array(cap * T), TS = new Float64Array(cap * T), SUM = new Float64Array(cap * T);
const intern = (f) => {
  let id = ids.get(f);
  if (id !== undefined) return id;
  id = ids.size;
  ids.set(f, id);
  if (id >= cap) {
    const grow = (a) => { const b = new Float64Array(cap * 2 * T); b.set(a); return b; };
    W = grow(W); ACC = grow(ACC); TS = grow(TS); SUM = grow(SUM); cap *= 2;
  }
  return id;
};
for (const s of train) s.stat = s.raw.map((_, i) => Int32Array.from(staticFeatures(s.keys, s.raw, s.flags, i), intern));

let step = 0;
const scores = new Float64Array(T);
function best(prevTag) {
  let b = 0, bs = -Infinity;
  for (let t = 0; t < T; t++) {
    if (tags[t].startsWith('I-') && prevTag.slice(2) !== tags[t].slice(2)) continue;
    if (scores[t] > bs) { bs = scores[t]; b = t; }
  }
  return b;
}
const upd = (f, t, d) => { const k = f * T + t; ACC[k] += (step - TS[k]) * W[k]; TS[k] = step; W[k] += d; };

// Deterministic shuffle (LCG) so training is reproducible.
let seed = 0;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
for (const runSeed of settings.seeds) {
seed = runSeed;
W.fill(0); ACC.fill(0); TS.fill(0); step = 0;
for (let ep = 0; ep < settings.epochs; ep++) {
  const order = train.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  for (const idx of order) {
    const s = train[idx];
    for (let i = 0; i < s.raw.length; i++) {
      step++;
      // Teacher forcing on the history keeps training stable for a greedy decoder.
      const prev = s.gold[i - 1] ?? PAD, prev2 = s.gold[i - 2] ?? PAD;
      const feats = [...s.stat[i], ...dynamicFeatures(prev, prev2, s.keys[i]).map(intern)];
      scores.fill(0);
      for (const f of feats) { const o = f * T; for (let t = 0; t < T; t++) scores[t] += W[o + t]; }
      const guess = best(prev), truth = tagIndex.get(s.gold[i]);
      if (guess !== truth) for (const f of feats) { upd(f, truth, 1); upd(f, guess, -1); }
    }
  }
  if (!CHECK) console.error(`seed ${runSeed} epoch ${ep + 1}/${settings.epochs} ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}
for (let k = 0; k < ids.size * T; k++) SUM[k] += (ACC[k] + (step - TS[k]) * W[k]) / step / settings.seeds.length;
}

// Average, prune and pack: a dense integer matrix over the features that keep a weight.
function pack(prune) {
  const feats = [];
  for (const [f, id] of ids) {
    for (let t = 0; t < T; t++) {
      const a = SUM[id * T + t];
      if (Math.abs(a) >= prune && Math.round(a * settings.scale) !== 0) { feats.push(f); break; }
    }
  }
  feats.sort();
  const mat = new Int32Array(feats.length * T);
  let max = 0;
  feats.forEach((f, r) => {
    const id = ids.get(f);
    for (let t = 0; t < T; t++) {
      const a = SUM[id * T + t];
      const v = Math.abs(a) >= prune ? Math.round(a * settings.scale) : 0;
      mat[r * T + t] = v;
      max = Math.max(max, Math.abs(v));
    }
  });
  const bytes = max < 32768 ? 2 : 4;
  const out = bytes === 2 ? Int16Array.from(mat) : mat;
  return { tags, scale: settings.scale, bytes, features: feats.join('\n'), weights: Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('base64') };
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

/** Span micro P/R/F1 of the packed model, tagged through the run-time code path. */
function evaluate(model, sents) {
  const c = compileTagger(model);
  let tp = 0, np = 0, ng = 0;
  for (const s of sents) {
    const p = spans(tagSequence(c, s.raw, s.flags, s.keys)), g = spans(s.gold);
    np += p.size; ng += g.size;
    for (const x of p) if (g.has(x)) tp++;
  }
  const P = np ? tp / np : 0, R = ng ? tp / ng : 0;
  const r4 = (x) => Math.round(x * 10000) / 10000;
  return { P: r4(P), R: r4(R), F1: r4(P + R ? (2 * P * R) / (P + R) : 0) };
}

const sweep = opt('--sweep-prune', null);
if (sweep) {
  for (const p of sweep.split(',').map(Number)) {
    const m = pack(p);
    const gz = zlib.gzipSync(Buffer.from(JSON.stringify(m)), { level: 9 });
    console.log(JSON.stringify({ prune: p, [evalSplit]: evaluate(m, dev), features: m.features.split('\n').length, gzip_kib: Math.round(gz.length / 1024) }));
  }
  process.exit(0);
}

const model = pack(settings.prune);
const figures = evaluate(model, dev);
const seconds = Math.round((Date.now() - t0) / 100) / 10;
const sha256 = crypto.createHash('sha256').update(model.features).update(model.weights).digest('hex');
// The gazetteer feeds the tagger's features: a changed gazetteer explains a failed check.
const gazetteerSha256 = crypto.createHash('sha256').update(fs.readFileSync(path.join(root, 'data/entities/gazetteer.json'))).digest('hex');
if (CHECK) {
  const ok = Math.abs(figures.F1 - shipped.dev.F1) <= CHECK_TOLERANCE;
  console.log(JSON.stringify({ check: 'train-ner', ok, dev_f1: figures.F1, shipped_dev_f1: shipped.dev.F1, tolerance: CHECK_TOLERANCE, identical_weights: sha256 === shipped.sha256, same_gazetteer: gazetteerSha256 === shipped.gazetteer_sha256, seconds }));
  process.exit(ok ? 0 : 1);
}
console.log(JSON.stringify({ [evalSplit]: figures, features: model.features.split('\n').length, seconds }));
if (!args.includes('--no-write') && evalSplit === 'dev') {
  const files = writeModel(model, MODEL_BASE);
  const meta = { model: files.map((f) => path.basename(f)), trained_on: ['parstwiner/train.txt', ...(settings.silver ? [settings.silver] : [])], settings, dev: figures, features: model.features.split('\n').length, sha256, gazetteer_sha256: gazetteerSha256, command: 'node scripts/train-ner.mjs' + (settings.silver ? ` --silver ${settings.silver}` : '') };
  fs.writeFileSync(META_FILE, JSON.stringify(meta, null, 2) + '\n');
  console.log(`wrote ${files.map((f) => `${path.relative(root, f)} ${(fs.statSync(f).size / 1024).toFixed(0)} KiB`).join(', ')} and ${path.relative(root, META_FILE)}`);
}

/** The model as src/entities/resources.ts reads it: a small JSON, the features as gzipped lines, and the
 *  weight matrix as gzipped raw bytes (decoding base64 inside a 3 MB JSON was most of the load time). */
function writeModel(m, base) {
  const files = [`${base}.json`, `${base}.features.gz`, `${base}.weights.gz`];
  fs.writeFileSync(files[0], JSON.stringify({ tags: m.tags, scale: m.scale, bytes: m.bytes }) + '\n');
  fs.writeFileSync(files[1], zlib.gzipSync(Buffer.from(m.features, 'utf8'), { level: 9 }));
  fs.writeFileSync(files[2], zlib.gzipSync(Buffer.from(m.weights, 'base64'), { level: 9 }));
  return files;
}
