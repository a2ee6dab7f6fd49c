#!/usr/bin/env node
// Site profiles (issue 6), measured the only way one-page-per-site sets allow: for each development text
// dump (../shared/seed and ../shared/corpora/news-dev, the w3m .txt files), other pages "of the same site"
// are synthesized from that page's own dump: every line that belongs to the gold article (title, lead,
// body) is replaced by another article's text, and every other line (the site's menus, footers, promos,
// comment rules…) is kept, except that lines are dropped at random on each synthetic page so the template
// is not perfectly fixed: "with_lists" drops 30 % of list lines (rotating most-viewed/related lists),
// "with_all" drops 10 % of every non-article line (A/B blocks, and some pages losing a line naming the site). Donor articles come from the other
// development pages of the same language, then Persian UD sentences (../shared/corpora/fa-text, Persian
// pages) and AEB ground-truth bodies (../shared/corpora/aeb). A profile is learned from the synthetic pages
// with winnow's own learning pass (site named by the same rules as in a real run; the pages sit in one
// folder per site), then the REAL page is extracted without and with that profile and both are scored by
// ../shared/eval/score.mjs. The real page is never part of what the profile learned.
// Limits, stated plainly: every non-article line of the real page is template by construction (dates,
// bylines and related-story lists included, which on a real site vary per page), so this is an upper
// bound on what a profile can remove; article recall is the honest check (a profile must not cost it).
//   usage: node scripts/eval-profile.mjs [--pages 30] [--verbose]
// Prints one line per condition and, last, one JSON object of scores (for eval/floors.json "scripts").
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const { extract } = require(join(root, 'dist', 'pipeline.js'));
const { learnFromInputs } = require(join(root, 'dist', 'profile', 'auto.js'));
const { findInputs } = require(join(root, 'dist', 'io', 'find-inputs.js'));

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const PAGES = opt('--pages', 30);
/** Template variation models: rotating lists (bullet lines dropped at random), and everything varying a little. */
const CONDITIONS = [
  { name: 'with_lists', list: 0.3, other: 0 },
  { name: 'with_all', list: 0.1, other: 0.1 },
];
const LIST_LINE_RE = /^\s*(?:[•□◦▪●*-]|\d+\.)\s/u;
const verbose = args.includes('--verbose');

// ---- text helpers (same folding as score.mjs: the article matcher must agree with the scorer) ----
const LETTERS = new Map([['ي', 'ی'], ['ى', 'ی'], ['ئ', 'ی'], ['ك', 'ک'], ['ة', 'ه'], ['ۀ', 'ه'], ['أ', 'ا'], ['إ', 'ا'], ['ٱ', 'ا'], ['ؤ', 'و']]);
function norm(s) {
  if (s == null) return '';
  let t = String(s).normalize('NFKC');
  t = t.replace(/[\u200c\u200d\u200e\u200f\u0640\u00ad\ufeff]/g, '').replace(/[\u064b-\u065f\u0670]/g, '');
  t = t.replace(/[يىئكةۀأإٱؤ]/g, (c) => LETTERS.get(c));
  t = t.replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
  return t.toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Deterministic PRNG (mulberry32) so every run synthesizes the same pages. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- the development pages ----
function devPages() {
  const pages = [];
  for (const dir of [join(shared, 'seed'), join(shared, 'corpora', 'news-dev')]) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
      const stem = f.replace(/\.gold\.json$/, '');
      const txt = join(dir, `${stem}.txt`);
      if (!existsSync(txt)) continue;
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      pages.push({ stem, txt, goldPath: join(dir, f), gold, language: gold.language ?? 'xx' });
    }
  }
  return pages;
}

/** Articles to swap in: { title, paragraphs[] }. */
function donorPool(pages) {
  const byLang = new Map();
  const add = (lang, article) => { if (!byLang.has(lang)) byLang.set(lang, []); byLang.get(lang).push(article); };
  for (const p of pages) {
    add(p.language, { from: p.stem, title: p.gold.title, paragraphs: [p.gold.lead, ...String(p.gold.body).split(/\n\s*\n/)].filter(Boolean) });
  }
  const faDir = join(shared, 'corpora', 'fa-text');
  for (const f of ['perdt-ud-dev.txt', 'seraji-ud-dev.txt']) {
    const file = join(faDir, f);
    if (!existsSync(file)) continue;
    const sentences = readFileSync(file, 'utf8').split('\n').filter((s) => s.trim().split(/\s+/).length >= 6);
    for (let i = 0; i + 16 <= sentences.length && i < 16 * 40; i += 16) {
      const chunk = sentences.slice(i, i + 16);
      add('fa', { from: `${f}#${i}`, title: chunk[0].split(/\s+/).slice(0, 9).join(' '), paragraphs: [0, 3, 6, 9, 12].map((k) => chunk.slice(k + 1, k + 4).join(' ')) });
    }
  }
  const aeb = join(shared, 'corpora', 'aeb', 'ground-truth.json');
  if (existsSync(aeb)) {
    const truth = JSON.parse(readFileSync(aeb, 'utf8'));
    for (const key of Object.keys(truth).sort()) {
      const body = String(truth[key].articleBody ?? '').split(/\n\s*\n/).map((s) => s.trim()).filter((s) => s.length > 40);
      if (body.length >= 3) add('aeb', { from: `aeb:${key.slice(0, 8)}`, title: body[0].split(/\s+/).slice(0, 10).join(' '), paragraphs: body.slice(1) });
    }
  }
  return byLang;
}

/** Donors for one page: its language first (never itself), then the fallbacks, PAGES of them. */
function donorsFor(page, pool) {
  const own = (pool.get(page.language) ?? []).filter((d) => d.from !== page.stem);
  const rest = pool.get('aeb') ?? [];
  const list = [...own, ...rest];
  return Array.from({ length: PAGES }, (_, k) => list[k % list.length]);
}

/** Which dump lines are the gold article (replaced on synthetic pages) and which are the title. */
function markLines(lines, gold) {
  const article = norm([gold.title, gold.lead, gold.body].filter(Boolean).join('\n'));
  const goldTokens = new Set(article.split(' '));
  const title = norm(gold.title);
  // Subheads are short, so they are matched whole against the gold's paragraphs.
  const paragraphs = new Set([gold.lead, ...String(gold.body ?? '').split(/\n\s*\n/)].map(norm).filter(Boolean));
  return lines.map((line) => {
    const n = norm(line);
    if (!n) return 'blank';
    if (n === title) return 'title';
    if (paragraphs.has(n)) return 'article';
    const tokens = n.split(' ');
    if (n.length >= 15 && article.includes(n)) return 'article';
    if (tokens.length >= 8 && tokens.filter((t) => goldTokens.has(t)).length / tokens.length >= 0.8) return 'article';
    return 'other';
  });
}

function synthesize(lines, marks, donor, random, jitter) {
  const dropShare = (line) => (LIST_LINE_RE.test(line) ? jitter.list : jitter.other);
  const out = [];
  const paragraphs = [...donor.paragraphs];
  const articleLines = marks.filter((m) => m === 'article').length;
  let used = 0;
  let articleSeen = 0;
  lines.forEach((line, i) => {
    const indent = line.match(/^\s*/)[0];
    const m = marks[i];
    if (m === 'blank') { out.push(line); return; }
    if (m === 'title') { out.push(indent + donor.title); return; }
    if (m === 'article') {
      articleSeen++;
      // Spread the donor's paragraphs over the page's article lines; the last one takes the rest.
      const upto = articleSeen === articleLines ? paragraphs.length : Math.round((articleSeen / articleLines) * paragraphs.length);
      const take = paragraphs.slice(used, Math.max(used, upto));
      used = Math.max(used, upto);
      for (const p of take) out.push(indent + p, '');
      return;
    }
    if (random() >= dropShare(line)) out.push(line);
  });
  return out.join('\n');
}

function score(goldDir, predFile) {
  const out = execFileSync('node', [join(shared, 'eval', 'score.mjs'), '--gold', goldDir, '--pred', predFile, '--json', '--verbose'], { encoding: 'utf8' });
  return JSON.parse(out);
}

function runCondition(pages, workDir, profileFor) {
  const pred = [];
  for (const page of pages) {
    const id = join(workDir, page.site, basename(page.txt));
    const outcome = extract({ id, bytes: readFileSync(page.txt) }, { entities: false, profile: profileFor(page) });
    if (outcome.ok) pred.push(JSON.stringify(outcome.record));
  }
  const file = join(workDir, `pred-${Math.random().toString(36).slice(2)}.ndjson`);
  writeFileSync(file, pred.join('\n') + '\n');
  return file;
}

async function main() {
  if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
    console.error('eval-profile: ../shared/eval/score.mjs not found');
    process.exit(2);
  }
  const pages = devPages();
  const pool = donorPool(pages);
  const work = mkdtempSync(join(tmpdir(), 'winnow-profile-eval-'));
  try {
    const goldDir = join(work, 'gold');
    mkdirSync(goldDir);
    for (const p of pages) copyFileSync(p.goldPath, join(goldDir, basename(p.goldPath)));
    for (const p of pages) p.site = `site-${p.stem}`;

    const results = {};
    const baseline = score(goldDir, runCondition(pages, work, () => null));
    results.without = baseline.summary;
    const perPage = new Map(baseline.rows.map((r) => [r.doc, { without: r }]));
    for (const jitter of CONDITIONS) {
      const profiles = new Map();
      for (const page of pages) {
        const siteDir = join(work, jitter.name, page.site);
        mkdirSync(siteDir, { recursive: true });
        const lines = readFileSync(page.txt, 'utf8').split('\n');
        const marks = markLines(lines, page.gold);
        const random = rng(0x5eed ^ page.stem.length * 7919);
        donorsFor(page, pool).forEach((donor, k) => {
          writeFileSync(join(siteDir, `synthetic-${String(k).padStart(3, '0')}.txt`), synthesize(lines, marks, donor, random, jitter));
        });
        const inputs = findInputs([siteDir], { ndjson: false, cwd: work, globs: false });
        const learned = await learnFromInputs(inputs, (async function* () {})(), { extract: {} });
        // The real page must be named like its synthetic siblings: learn its site the same way.
        copyFileSync(page.txt, join(siteDir, basename(page.txt)));
        const realInputs = findInputs([join(siteDir, basename(page.txt))], { ndjson: false, cwd: work, globs: false });
        const realSite = [...(await learnFromInputs(realInputs, (async function* () {})(), { extract: {} })).pagesBySite.keys()][0] ?? null;
        const sites = [...learned.pagesBySite.keys()];
        if (verbose) console.error(`${page.stem}: synthetic site(s) ${sites.join(',')} (${[...learned.pagesBySite.values()].join(',')} pages); real page site ${realSite}`);
        profiles.set(page.stem, { profile: learned.profile, siteDir });
      }
      const file = (() => {
        const pred = [];
        for (const page of pages) {
          const { profile, siteDir } = profiles.get(page.stem);
          const id = join(siteDir, basename(page.txt));
          const outcome = extract({ id, bytes: readFileSync(page.txt) }, { entities: false, profile });
          if (outcome.ok) pred.push(JSON.stringify(outcome.record));
          if (verbose && outcome.ok) {
            // Article text the profile removed: what a profile must never do.
            const article = norm([page.gold.title, page.gold.lead, page.gold.body].filter(Boolean).join('\n'));
            for (const r of outcome.removed) {
              const n = norm(r.text);
              if (r.reason.startsWith('site template') && n.split(' ').length >= 3 && article.includes(n)) console.error(`  ${jitter.name} ${page.stem}: removed article text "${r.text.slice(0, 80)}" (${r.reason})`);
            }
          }
        }
        const f = join(work, `pred-${jitter.name}.ndjson`);
        writeFileSync(f, pred.join('\n') + '\n');
        return f;
      })();
      const scored = score(goldDir, file);
      results[jitter.name] = scored.summary;
      for (const r of scored.rows) perPage.get(r.doc)[jitter.name] = r;
    }

    const keys = ['junk_paragraphs', 'clean_doc_rate', 'article_f1', 'body_p', 'body_r', 'title_acc', 'lead_acc'];
    console.log(`${PAGES} synthetic pages per site; ${pages.length} real text dumps (seed + news-dev)`);
    for (const [name, s] of Object.entries(results)) console.log(`${name.padEnd(12)} ${keys.map((k) => `${k}=${s[k]}`).join(' ')}`);
    if (verbose) {
      for (const [doc, conds] of perPage) {
        console.log(`  ${doc.padEnd(24)} ${Object.entries(conds).map(([c, r]) => `${c}: junk ${r.junk} clean ${r.clean ? 1 : 0} body_r ${r.body_r}`).join(' | ')}`);
      }
    }
    const pick = (s) => Object.fromEntries(keys.map((k) => [k, s[k]]));
    console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, s]) => [k, pick(s)]))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => { console.error(err); process.exit(2); });
