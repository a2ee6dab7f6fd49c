/**
 * A greedy left-to-right averaged-perceptron sequence tagger over BIO tags (Collins 2002 style; our own
 * code). `staticFeatures` and `dynamicFeatures` define the features as strings: training
 * (scripts/train-ner.mjs) uses them directly. Run time computes the very same sum of weights faster: each
 * feature template that depends on one token's key is looked up once per distinct key and cached, so a
 * token costs a dozen small vector additions instead of thirty string concatenations and hash lookups.
 * `referenceTagSequence` scores from the strings and exists so tests can prove the two agree.
 */
import { tokenKey } from './token-key';

/**
 * Weights as shipped (data/entities/tagger-*.json.gz): `features` joined by "\n"; `weights` is base64 of a
 * dense little-endian integer matrix, one row of `tags.length` values per feature, `bytes` (2 or 4) each;
 * a weight is its value divided by `scale`. Dense integer rows load an order of magnitude faster than
 * a JSON object of 40 k features.
 */
export interface TaggerModel {
  readonly tags: readonly string[];
  readonly scale: number;
  readonly bytes: 2 | 4;
  readonly features: string;
  readonly weights: string;
}

/** Per-token lexical evidence from gazetteers and rule vocabularies, e.g. `LOC-B`, `first`, `title`. */
export type TokenFlags = readonly (readonly string[])[];

export const PAD = '<s>';

/** Distinct keys whose looked-up vectors are kept between calls; the cache is cleared when full (it
 *  only saves work, it never changes a result). */
const KEY_CACHE_LIMIT = 200_000;

export function shape(token: string): string {
  const c = token.charCodeAt(0);
  if (token === '') return 'X';
  if (/^\p{N}+$/u.test(token)) return 'NUM';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c <= 90 ? 'LATC' : 'LAT';
  if (c >= 0x0600 && c <= 0x06ff) return token.includes('\u200c') ? 'FAZ' : 'FA';
  if (/^\p{P}$/u.test(token)) return 'P';
  return 'X';
}

/** Features of token i that depend on its key alone. */
function localFeatures(w: string): string[] {
  return [`w=${w}`, `s1=${w.slice(-1)}`, `s2=${w.slice(-2)}`, `s3=${w.slice(-3)}`, `x1=${w.slice(0, 1)}`, `x2=${w.slice(0, 2)}`, `x3=${w.slice(0, 3)}`, `len=${Math.min(w.length, 8)}`, `s4=${w.slice(-4)}`, `x4=${w.slice(0, 4)}`];
}

/** Features of token i that do not depend on earlier decisions (computed once per sentence). */
export function staticFeatures(keys: readonly string[], raw: readonly string[], flags: TokenFlags, i: number): string[] {
  const w = keys[i] ?? PAD;
  const p1 = keys[i - 1] ?? PAD, p2 = keys[i - 2] ?? PAD, n1 = keys[i + 1] ?? PAD, n2 = keys[i + 2] ?? PAD;
  const sh = shape(raw[i] ?? ''), shPrev = shape(raw[i - 1] ?? '');
  const f = ['b', ...localFeatures(w), `p1=${p1}`, `p2=${p2}`, `n1=${n1}`, `n2=${n2}`, `p1w=${p1}|${w}`, `wn1=${w}|${n1}`, `sh=${sh}`, `shp1=${shPrev}|${sh}`];
  for (const g of flags[i] ?? []) f.push(`g=${g}`);
  for (const g of flags[i - 1] ?? []) f.push(`gp=${g}`);
  for (const g of flags[i + 1] ?? []) f.push(`gn=${g}`);
  return f;
}

/** Features of token i that depend on the two previous predicted tags. */
export function dynamicFeatures(prev: string, prev2: string, w: string): string[] {
  return [`t1=${prev}`, `t2=${prev2}|${prev}`, `t1w=${prev}|${w}`];
}

/** An I- tag may only continue an entity of its own type. */
export function allowed(tag: string, prev: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

interface KeyEntry {
  /** Sum of the key's local features. */
  readonly local: Int32Array;
  /** Rows of the key's features as a neighbour (-1: none). */
  readonly asPrev1: number;
  readonly asPrev2: number;
  readonly asNext1: number;
  readonly asNext2: number;
  /** Rows of `t1w` by previous-tag index (last index = sentence start). */
  readonly afterTag: Int32Array;
  /** Rows of `p1w=<prev>|<key>` by the previous key, and of `wn1=<key>|<next>` by the next key: the
   *  word-pair features, looked up without building a pair string per token. */
  readonly pairsWithPrev: ReadonlyMap<string, number> | undefined;
  readonly pairsWithNext: ReadonlyMap<string, number> | undefined;
}

/** Word-pair feature rows of one template, by one word of the pair, then by the other. */
type PairIndex = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** A model unpacked for fast tagging. */
export interface CompiledTagger {
  readonly tags: readonly string[];
  /** feature → row in `weights`. */
  readonly rows: ReadonlyMap<string, number>;
  readonly weights: Int16Array | Int32Array;
  /** allowedAfter[p * n + t]: tag t may follow tag p (p = n: sentence start). */
  readonly allowedAfter: Uint8Array;
  /** `p1w` rows by current word, then previous word; `wn1` rows by current word, then next word. */
  readonly prevPairs: PairIndex;
  readonly nextPairs: PairIndex;
  /** Rows of `t1=<p>` by tag index p, and of `t2=<p2>|<p>` at p2 * (n + 1) + p (index n: sentence start). */
  readonly t1Rows: Int32Array;
  readonly t2Rows: Int32Array;
  readonly keyCache: Map<string, KeyEntry>;
  readonly small: Map<string, number>;
}

/**
 * Indexes the features `<prefix><a>|<b>` by b then a (`byFirst` false) or a then b. A word may itself
 * contain "|", so every split point is indexed: each one rebuilds the same feature string, which is
 * exactly what the string lookup would have matched.
 */
function pairIndex(features: readonly string[], prefix: string, byFirst: boolean): PairIndex {
  const index = new Map<string, Map<string, number>>();
  features.forEach((f, row) => {
    if (!f.startsWith(prefix)) return;
    const body = f.slice(prefix.length);
    for (let bar = body.indexOf('|'); bar !== -1; bar = body.indexOf('|', bar + 1)) {
      const a = body.slice(0, bar), b = body.slice(bar + 1);
      const [outer, inner] = byFirst ? [a, b] : [b, a];
      let m = index.get(outer);
      if (!m) { m = new Map(); index.set(outer, m); }
      m.set(inner, row);
    }
  });
  return index;
}

export function compileTagger(model: TaggerModel): CompiledTagger {
  const n = model.tags.length;
  const features = model.features === '' ? [] : model.features.split('\n');
  const rows = new Map<string, number>();
  features.forEach((f, r) => rows.set(f, r));
  const bytes = Buffer.from(model.weights, 'base64');
  // Copy into a fresh buffer: a typed array view needs an offset aligned to its element size.
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  const weights = model.bytes === 2 ? new Int16Array(aligned.buffer) : new Int32Array(aligned.buffer);
  if (weights.length !== features.length * n) throw new Error('tagger model: weight matrix does not match features × tags');
  const allowedAfter = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++) for (let t = 0; t < n; t++) allowedAfter[p * n + t] = allowed(model.tags[t] ?? 'O', model.tags[p] ?? PAD) ? 1 : 0;
  const tagAt = (p: number): string => model.tags[p] ?? PAD;
  const t1Rows = new Int32Array(n + 1), t2Rows = new Int32Array((n + 1) * (n + 1));
  for (let p = 0; p <= n; p++) {
    t1Rows[p] = rows.get(`t1=${tagAt(p)}`) ?? -1;
    for (let p2 = 0; p2 <= n; p2++) t2Rows[p2 * (n + 1) + p] = rows.get(`t2=${tagAt(p2)}|${tagAt(p)}`) ?? -1;
  }
  return {
    tags: model.tags, rows, weights, allowedAfter, t1Rows, t2Rows,
    prevPairs: pairIndex(features, 'p1w=', false), nextPairs: pairIndex(features, 'wn1=', true),
    keyCache: new Map(), small: new Map(),
  };
}

function addRow(c: CompiledTagger, s: Int32Array, row: number): void {
  if (row < 0) return;
  const n = s.length, w = c.weights, o = row * n;
  for (let t = 0; t < n; t++) s[t] = (s[t] ?? 0) + (w[o + t] ?? 0);
}

const rowOf = (c: CompiledTagger, feature: string): number => c.rows.get(feature) ?? -1;

function sumOf(c: CompiledTagger, feats: readonly string[]): Int32Array {
  const s = new Int32Array(c.tags.length);
  for (const f of feats) addRow(c, s, rowOf(c, f));
  return s;
}

function keyEntry(c: CompiledTagger, key: string): KeyEntry {
  let e = c.keyCache.get(key);
  if (e) return e;
  const n = c.tags.length;
  const afterTag = new Int32Array(n + 1);
  for (let p = 0; p <= n; p++) afterTag[p] = rowOf(c, `t1w=${c.tags[p] ?? PAD}|${key}`);
  e = {
    local: sumOf(c, localFeatures(key)),
    asPrev1: rowOf(c, `p1=${key}`), asPrev2: rowOf(c, `p2=${key}`), asNext1: rowOf(c, `n1=${key}`), asNext2: rowOf(c, `n2=${key}`),
    afterTag, pairsWithPrev: c.prevPairs.get(key), pairsWithNext: c.nextPairs.get(key),
  };
  if (c.keyCache.size >= KEY_CACHE_LIMIT) c.keyCache.clear();
  c.keyCache.set(key, e);
  return e;
}

/** Row of a feature from a small closed set (shapes, flags), memoized. */
function smallRow(c: CompiledTagger, feature: string): number {
  let r = c.small.get(feature);
  if (r === undefined) { r = rowOf(c, feature); c.small.set(feature, r); }
  return r;
}

/** Tags a token sequence. `keys` are the tokens' tokenKey values (computed from `raw` when omitted). */
export function tagSequence(c: CompiledTagger, raw: readonly string[], flags: TokenFlags, keys: readonly string[] = raw.map(tokenKey)): string[] {
  const n = c.tags.length;
  const len = raw.length;
  const entries: KeyEntry[] = [];
  const shapes: string[] = [];
  for (let i = 0; i < len; i++) { entries.push(keyEntry(c, keys[i] ?? PAD)); shapes.push(shape(raw[i] ?? '')); }
  const pad = keyEntry(c, PAD);
  const bias = rowOf(c, 'b');
  const out: string[] = [];
  const s = new Int32Array(n);
  let prevIdx = n, prev2Idx = n;
  for (let i = 0; i < len; i++) {
    s.fill(0);
    const sh = shapes[i] ?? 'X';
    const e = entries[i] ?? pad;
    addRow(c, s, bias);
    for (let t = 0; t < n; t++) s[t] = (s[t] ?? 0) + (e.local[t] ?? 0);
    addRow(c, s, (entries[i - 1] ?? pad).asPrev1);
    addRow(c, s, (entries[i - 2] ?? pad).asPrev2);
    addRow(c, s, (entries[i + 1] ?? pad).asNext1);
    addRow(c, s, (entries[i + 2] ?? pad).asNext2);
    addRow(c, s, e.pairsWithPrev?.get(keys[i - 1] ?? PAD) ?? -1);
    addRow(c, s, e.pairsWithNext?.get(keys[i + 1] ?? PAD) ?? -1);
    addRow(c, s, smallRow(c, `sh=${sh}`));
    addRow(c, s, smallRow(c, `shp1=${i > 0 ? shapes[i - 1] : 'X'}|${sh}`));
    for (const g of flags[i] ?? []) addRow(c, s, smallRow(c, `g=${g}`));
    for (const g of flags[i - 1] ?? []) addRow(c, s, smallRow(c, `gp=${g}`));
    for (const g of flags[i + 1] ?? []) addRow(c, s, smallRow(c, `gn=${g}`));
    addRow(c, s, c.t1Rows[prevIdx] ?? -1);
    addRow(c, s, c.t2Rows[prev2Idx * (n + 1) + prevIdx] ?? -1);
    addRow(c, s, e.afterTag[prevIdx] ?? -1);
    let best = 0, bestScore = -Infinity;
    for (let t = 0; t < n; t++) {
      if (!c.allowedAfter[prevIdx * n + t]) continue;
      const v = s[t] ?? 0;
      if (v > bestScore) { bestScore = v; best = t; }
    }
    out.push(c.tags[best] ?? 'O');
    prev2Idx = prevIdx;
    prevIdx = best;
  }
  return out;
}

/** Tags from the feature strings themselves: slow, the definition `tagSequence` must agree with. */
export function referenceTagSequence(c: CompiledTagger, raw: readonly string[], flags: TokenFlags): string[] {
  const keys = raw.map(tokenKey);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const prev = out[i - 1] ?? PAD, prev2 = out[i - 2] ?? PAD;
    const s = sumOf(c, staticFeatures(keys, raw, flags, i).concat(dynamicFeatures(prev, prev2, keys[i] ?? '')));
    let best = 0, bestScore = -Infinity;
    c.tags.forEach((t, k) => { if (allowed(t, prev) && (s[k] ?? 0) > bestScore) { bestScore = s[k] ?? 0; best = k; } });
    out.push(c.tags[best] ?? 'O');
  }
  return out;
}
