#!/usr/bin/env node
// The quality gate: runs the shared evaluation scripts over the development sets and the Article
// Extraction Benchmark, prints every score, and exits 1 when any score is below its floor in
// eval/floors.json. Floors are raised as scores rise; lowering one is a reviewed edit of that file.
//   usage: npm run eval            (needs ../shared beside the project root and a built dist/)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const floors = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8'));

if (!existsSync(join(shared, 'eval', 'dev-check.sh'))) {
  console.error(`eval: ${shared}/eval not found; the gate needs the shared corpora beside the project root`);
  process.exit(2);
}

const run = (script, args = []) =>
  execFileSync('bash', [join(shared, 'eval', script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });

/** Every measured score keyed as "<group> :: <metric>". */
const measured = new Map();
for (const line of run('dev-check.sh', ['--json']).split('\n')) {
  if (!line.trim()) continue;
  const { set, scores } = JSON.parse(line);
  const name = set.replace(/\s*\(\d+ docs?\)$/, '');
  for (const [k, v] of Object.entries(scores)) measured.set(`${name} :: ${k}`, v);
}
const aebOut = run('aeb-check.sh', ['--json']).trim();
if (!aebOut) {
  console.error('eval: aeb-check.sh printed no scores');
  process.exit(2);
}
const aeb = Object.values(JSON.parse(aebOut))[0];
for (const k of ['f1', 'precision', 'recall']) measured.set(`aeb :: ${k}`, aeb[k]);

/** Nested score objects become dotted keys: {fa: {F1: 0.8}} → "fa.F1". */
const flatten = (obj, prefix = '') => Object.entries(obj).flatMap(([k, v]) =>
  v !== null && typeof v === 'object' ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]);
for (const extra of floors.scripts ?? []) {
  // Further measurements (ZWNJ restoration, entities) print one JSON object of scores on stdout.
  const out = execFileSync('node', [join(root, extra.script), ...(extra.args ?? [])], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  for (const [k, v] of flatten(JSON.parse(out.trim().split('\n').pop()))) measured.set(`${extra.name} :: ${k}`, v);
}

let failed = 0;
const rows = [];
for (const [key, floor] of Object.entries(floors.floors)) {
  const value = measured.get(key);
  const ok = floor.equals !== undefined ? value === floor.equals
    : typeof value === 'number' && (floor.max !== undefined ? value <= floor.max : value >= floor.min);
  if (!ok) failed++;
  const bound = floor.equals !== undefined ? `= ${floor.equals}` : floor.max !== undefined ? `<= ${floor.max}` : `>= ${floor.min}`;
  rows.push(`${ok ? 'ok  ' : 'FAIL'}  ${key.padEnd(52)} ${String(typeof value === 'number' ? +value.toFixed(3) : value ?? 'missing').padStart(8)}  (floor ${bound})`);
}
console.log(rows.join('\n'));
console.log(`\n${Object.keys(floors.floors).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
