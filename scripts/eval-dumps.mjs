#!/usr/bin/env node
// Generality test bed for the text-dump path: turns every Article Extraction Benchmark page (181 real
// English-language article pages from as many sites, ../shared/corpora/aeb) into plain-text dumps with
// several real dumpers, runs the built CLI over them with the format forced to text, and scores lead +
// body against the benchmark's ground truth with the benchmark's metric (../shared/eval/aeb-score.mjs),
// one row per dumper. It measures how the text path does on sites nobody tuned it on.
//
// Dumpers (one missing from PATH is skipped with a message; Debian: apt-get install w3m lynx html2text):
//   w3m        w3m -dump -cols 10000 -T text/html           one paragraph per line, blank lines between
//   lynx       lynx -dump -nolist -width 80                 hard-wrapped at 80 columns, indented
//   html2text  html2text -utf8 -nobs (1.3.x, width 79)      hard-wrapped, link underlining switched off
//   innertext  built in (htmlparser2): one line per block element, no blank lines (scraper joins)
//
// usage:  node scripts/eval-dumps.mjs [--json] [--only w3m,lynx] [--keep DIR] [--reuse DIR]
//                                     [--per-doc FILE] [--bootstrap N]
//   --keep DIR   write the dumps and predictions under DIR (kept) instead of a temp dir
//   --reuse DIR  take dumps already made under DIR/<dumper>/ (from --keep) instead of making them
//   --dev        instead of AEB: dump the development pages (../shared/corpora/news-dev/*.html) with each
//                dumper, plus the seed dump re-wrapped at 80 columns and with its blank lines removed, and
//                score them against their gold with ../shared/eval/score.mjs, per language and dumper.
// Needs a built dist/ (npm run build) and ../shared beside the project root. Exits 2 when it cannot run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const aeb = join(shared, 'corpora', 'aeb');
const require = createRequire(import.meta.url);
/** The CLI to measure; WINNOW=path overrides, as in ../shared/eval/*.sh. */
const winnow = process.env.WINNOW ? resolve(process.env.WINNOW) : join(root, 'bin', 'winnow');

function parseArgs(argv) {
  const o = { dev: false, json: false, only: null, keep: null, reuse: null, perDoc: null, bootstrap: 200 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--dev') o.dev = true;
    else if (a === '--only') o.only = argv[++i].split(',');
    else if (a === '--keep') o.keep = argv[++i];
    else if (a === '--reuse') o.reuse = argv[++i];
    else if (a === '--per-doc') o.perDoc = argv[++i];
    else if (a === '--bootstrap') o.bootstrap = Number(argv[++i]);
    else { console.error(`eval-dumps: unknown option ${a}`); process.exit(2); }
  }
  return o;
}

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/** html2text 1.3 underlines links with "_" between words unless told not to; scrapers switch that off. */
const HTML2TEXT_RC = [
  'A.attributes.internal_link = NONE', 'A.attributes.external_link = NONE', 'U.attributes = NONE',
  '{B EM STRONG}.attributes = NONE', '{H1 H2 H3 H4 H5 H6}.attributes = NONE',
].join('\n');

const DUMPERS = {
  w3m: { needs: 'w3m', run: (file) => exec('w3m', ['-dump', '-cols', '10000', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', file]) },
  lynx: { needs: 'lynx', run: (file) => exec('lynx', ['-dump', '-nolist', '-width', '80', '-assume_charset=utf-8', '-display_charset=utf-8', '-force_html', file]) },
  html2text: { needs: 'html2text', run: (file, work) => exec('html2text', ['-utf8', '-nobs', '-rcfile', join(work, 'html2textrc'), file]) },
  innertext: { needs: null, run: (file) => innerTextJoin(readFileSync(file, 'utf8')) },
};

function exec(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
}

const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul', 'caption', 'option', 'button', 'label', 'legend']);
const CELL_TAGS = new Set(['td', 'th']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'canvas', 'select', 'textarea']);

/** An innerText-like dump without layout: text of each block element on its own line, no blank lines. */
function innerTextJoin(html) {
  const { Parser } = require('htmlparser2');
  const lines = [];
  let line = '';
  let skip = 0;
  let pre = 0;
  const flush = () => { const t = line.replace(/[ \t\n\r\f]+/g, ' ').trim(); if (t) lines.push(t); line = ''; };
  const parser = new Parser({
    onopentag(name) {
      if (SKIP_TAGS.has(name)) { skip++; return; }
      if (skip) return;
      if (BLOCK_TAGS.has(name) || name === 'br') flush();
      else if (CELL_TAGS.has(name)) line += '\t';
      if (name === 'pre') pre++;
    },
    onclosetag(name) {
      if (SKIP_TAGS.has(name)) { skip = Math.max(0, skip - 1); return; }
      if (skip) return;
      if (BLOCK_TAGS.has(name)) flush();
      if (name === 'pre') pre = Math.max(0, pre - 1);
    },
    ontext(text) { if (!skip) line += pre ? text.replace(/\n/g, ' ') : text; },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n') + '\n';
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.dev) return devMain(opts);
  if (!existsSync(join(aeb, 'ground-truth.json'))) { console.error(`eval-dumps: ${aeb} not found; needs ../shared beside the project root`); process.exit(2); }
  if (!existsSync(join(root, 'dist', 'pipeline.js'))) { console.error('eval-dumps: dist/ not built; run npm run build'); process.exit(2); }
  const work = opts.keep ? resolve(opts.keep) : mkdtempSync(join(tmpdir(), 'winnow-dumps-'));
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'html2textrc'), HTML2TEXT_RC + '\n');
  const names = opts.only ?? Object.keys(DUMPERS);
  const pages = readdirSync(join(aeb, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
  const gt = join(aeb, 'ground-truth.json');
  const results = {};
  const perDocAll = {};
  try {
    // the pages, unzipped once (lynx and html2text do not read gzip)
    const htmlDir = join(work, 'html');
    if (!opts.reuse) {
      mkdirSync(htmlDir, { recursive: true });
      for (const p of pages) writeFileSync(join(htmlDir, p.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(aeb, 'html', p))));
    }
    await runAll();
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }

  async function runAll() {
    const { evaluate, formatHeader, formatRow } = await import(pathToFileURL(join(shared, 'eval', 'aeb-score.mjs')).href);
    const truth = JSON.parse(readFileSync(gt, 'utf8'));
    if (!opts.json) console.log(formatHeader());
    for (const name of names) {
      const dumper = DUMPERS[name];
      if (!dumper) { console.error(`eval-dumps: unknown dumper ${name}`); process.exit(2); }
      const dir = join(opts.reuse ? resolve(opts.reuse) : work, name);
      if (!opts.reuse) {
        if (dumper.needs && !has(dumper.needs)) { console.error(`eval-dumps: ${dumper.needs} not installed, skipping ${name} (Debian: apt-get install ${dumper.needs})`); continue; }
        mkdirSync(dir, { recursive: true });
        let failed = 0;
        for (const p of pages) {
          const id = p.replace(/\.html\.gz$/, '');
          let text = '';
          try { text = dumper.run(join(work, 'html', `${id}.html`), work); } catch { failed++; }
          writeFileSync(join(dir, `${id}.txt`), text);
        }
        if (failed) console.error(`eval-dumps: ${name} failed on ${failed} page(s) (scored as empty)`);
      } else if (!existsSync(dir)) { console.error(`eval-dumps: no ${dir}, skipping ${name}`); continue; }
      const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
      const run = spawnSync(winnow, ['--format', 'text', '--no-entities', '--quiet', ...files],
        { encoding: 'utf8', maxBuffer: 256 << 20 });
      const prediction = {};
      for (const line of run.stdout.split('\n')) {
        if (!line.trim()) continue;
        let r; try { r = JSON.parse(line); } catch { continue; }
        prediction[basename(String(r.input)).replace(/\.txt$/, '')] = { articleBody: [r.lead, r.body].filter(Boolean).join('\n\n') };
      }
      if (opts.keep) writeFileSync(join(work, `${name}.pred.json`), JSON.stringify(prediction));
      const { metrics, perDoc } = evaluate(truth, prediction, { bootstrap: opts.bootstrap, missing: 'empty' });
      results[name] = metrics;
      perDocAll[name] = perDoc;
      if (!opts.json) console.log(formatRow(name, '', metrics));
    }
    // one line, so the eval gate (scripts/eval-gate.mjs, floors.json "scripts") can read it
    if (opts.json) console.log(JSON.stringify(results));
    if (opts.perDoc) writeFileSync(opts.perDoc, JSON.stringify(perDocAll));
  }
}

/** Greedy re-wrap at `width` code points, as lynx and fold -s print a paragraph. */
function rewrap(text, width) {
  return text.split('\n').map((line) => {
    const out = [];
    let cur = '';
    for (const w of line.split(/\s+/).filter(Boolean)) {
      if (cur && [...cur].length + 1 + [...w].length > width) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
}

/** Dev pages through every dumper, scored with the project's gold (article_f1, title_acc, ...). */
async function devMain(opts) {
  const dev = join(shared, 'corpora', 'news-dev');
  const seed = join(shared, 'seed');
  const work = opts.keep ? resolve(opts.keep) : mkdtempSync(join(tmpdir(), 'winnow-devdumps-'));
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'html2textrc'), HTML2TEXT_RC + '\n');
  const lang = (g) => JSON.parse(readFileSync(g, 'utf8')).language ?? 'xx';
  const golds = readdirSync(dev).filter((f) => f.endsWith('.gold.json')).sort();
  const rows = [];
  try {
    const variants = [];
    for (const name of opts.only ?? Object.keys(DUMPERS)) {
      const d = DUMPERS[name];
      if (d.needs && !has(d.needs)) { console.error(`eval-dumps: ${d.needs} not installed, skipping ${name}`); continue; }
      variants.push({ name, make: (stem) => d.run(join(dev, `${stem}.html`), work) });
    }
    for (const v of variants) {
      const dir = join(work, v.name);
      mkdirSync(dir, { recursive: true });
      for (const g of golds) { const stem = g.replace(/\.gold\.json$/, ''); writeFileSync(join(dir, `${stem}.txt`), v.make(stem)); }
    }
    // the seed has no page, only its dump: re-lay it out as a hard-wrapping and a gap-less dumper would
    const seedGold = readdirSync(seed).find((f) => f.endsWith('.gold.json'));
    const seedText = readFileSync(join(seed, seedGold.replace(/\.gold\.json$/, '.txt')), 'utf8');
    const seedVariants = { 'seed-wrap80': rewrap(seedText, 80), 'seed-nogaps': seedText.split('\n').filter((l) => l.trim()).join('\n') + '\n' };
    for (const [name, text] of Object.entries(seedVariants)) {
      mkdirSync(join(work, name), { recursive: true });
      writeFileSync(join(work, name, seedGold.replace(/\.gold\.json$/, '.txt')), text);
    }
    const score = (dir, goldDir, files) => {
      const run = spawnSync(winnow, ['--format', 'text', '--quiet', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
      writeFileSync(join(dir, 'pred.ndjson'), run.stdout);
      const out = execFileSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', goldDir, '--pred', join(dir, 'pred.ndjson'), '--json'], { encoding: 'utf8' });
      return JSON.parse(out);
    };
    for (const v of variants) {
      for (const l of [...new Set(golds.map((g) => lang(join(dev, g))))].sort()) {
        const goldDir = join(work, `gold-${l}`);
        mkdirSync(goldDir, { recursive: true });
        const stems = golds.filter((g) => lang(join(dev, g)) === l).map((g) => g.replace(/\.gold\.json$/, ''));
        for (const s of stems) writeFileSync(join(goldDir, `${s}.gold.json`), readFileSync(join(dev, `${s}.gold.json`)));
        rows.push({ set: `news-dev [${l}] ${v.name}`, scores: score(join(work, v.name), goldDir, stems.map((s) => join(work, v.name, `${s}.txt`))) });
      }
    }
    for (const name of Object.keys(seedVariants)) {
      rows.push({ set: `seed [fa] ${name}`, scores: score(join(work, name), seed, readdirSync(join(work, name)).filter((f) => f.endsWith('.txt')).map((f) => join(work, name, f))) });
    }
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
  if (opts.json) { for (const r of rows) console.log(JSON.stringify(r)); return; }
  const cols = ['article_f1', 'body_p', 'body_r', 'title_acc', 'lead_acc', 'clean_doc_rate', 'source_acc', 'via_recall'];
  console.log(`${'set'.padEnd(30)} ${cols.map((c) => c.padStart(10)).join(' ')}`);
  for (const r of rows) console.log(`${r.set.padEnd(30)} ${cols.map((c) => String(r.scores[c] === null ? '-' : +Number(r.scores[c]).toFixed(3)).padStart(10)).join(' ')}`);
}

await main();
