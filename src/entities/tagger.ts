/**
 * A greedy left-to-right averaged-perceptron sequence tagger over BIO tags (Collins 2002 style; our own
 * code). `staticFeatures` and `dynamicFeatures` define the features as strings: training
 * (scripts/train-ner.mjs) uses them directly. Run time computes the very same sum of weights faster: each
 * feature template that depends on one token's key is looked up once per distinct key and cached, so a
 * token costs a dozen small vector additions instead of thirty string concatenations and hash lookups.
 * `referenceTagSequence` scores from the strings and exists so tests can prove the two agree.
 */
import { IntPairMap } from '../lib/int-pair-map';
import { PackedStringMap } from '../lib/packed-string-map';
import { FLAG_NAMES } from './flags';
import { tokenKey } from './token-key';

/**
 * Weights as shipped (data/entities/tagger-*.{json,features.gz,weights.gz}; src/entities/resources.ts):
 * `features` joined by "\n"; `weights` a dense little-endian integer matrix, one row of `tags.length`
 * values per feature, `bytes` (2 or 4) each; a weight is its value divided by `scale`. Dense integer rows
 * load an order of magnitude faster than a JSON object of 40 k features.
 */
export interface TaggerModel {
  readonly tags: readonly string[];
  readonly scale: number;
  readonly bytes: 2 | 4;
  readonly features: string;
  /** The weight matrix (features × tags, little-endian integers of `bytes` bytes): as base64 in the
   *  training script's model, as raw bytes when read from the shipped files. */
  readonly weights: string | Uint8Array;
}

/** Per-token lexical evidence from gazetteers and rule vocabularies, e.g. `LOC-B`, `first`, `title`. */
export type TokenFlags = readonly (readonly string[])[];

export const PAD = '<s>';

/** Distinct keys whose looked-up vectors are kept between calls; the cache is cleared when full (it
 *  only saves work, it never changes a result). */
const KEY_CACHE_LIMIT = 200_000;
/** Distinct flag combinations (a token's and its neighbours') whose summed weights are kept; a few
 *  hundred occur in practice. */
const FLAG_VECTOR_LIMIT = 20_000;

export function shape(token: string): string {
  const c = token.charCodeAt(0);
  if (token === '') return 'X';
  if (/^\p{N}+$/u.test(token)) return 'NUM';
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c <= 90 ? 'LATC' : 'LAT';
  if (c >= 0x0600 && c <= 0x06ff) return token.includes('\u200c') ? 'FAZ' : 'FA';
  if (/^\p{P}$/u.test(token)) return 'P';
  return 'X';
}

/** Shapes, indexed: `shapeIndex` returns the position of `shape(token)` here. */
const SHAPES = ['X', 'NUM', 'LATC', 'LAT', 'FAZ', 'FA', 'P'] as const;
const NUM_RE = /^\p{N}+$/u;
const PUNCT_RE = /^\p{P}$/u;
/** Shape index of one-character punctuation/symbol tokens by code unit (0: not computed yet). */
const ONE_CHAR_SHAPE = new Uint8Array(0x10000);

/** True unless the first character rules out an all-digit token: ASCII and Arabic-block characters
 *  other than their digits are not \p{N}, which spares the regular expression for nearly every token. */
function mayBeNumber(c: number): boolean {
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  if (c >= 0x0600 && c <= 0x06ff) return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
  return true;
}

/** `SHAPES.indexOf(shape(token))`, without a regular expression for most tokens. */
export function shapeIndex(token: string): number {
  if (token === '') return 0;
  const c = token.charCodeAt(0);
  if (mayBeNumber(c) && NUM_RE.test(token)) return 1;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c <= 90 ? 2 : 3;
  if (c >= 0x0600 && c <= 0x06ff) return token.includes('\u200c') ? 4 : 5;
  if (token.length === 1) {
    let k = ONE_CHAR_SHAPE[c] ?? 0;
    if (k === 0) { k = PUNCT_RE.test(token) ? 7 : 1; ONE_CHAR_SHAPE[c] = k; }
    return k - 1;
  }
  return PUNCT_RE.test(token) ? 6 : 0;
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

/** A place to keep a key's tagger entry next to other per-key data (the entity stage's key facts), so
 *  the tagger finds it without a lookup of its own. Only a cache: the entry is a function of the key. */
export interface TaggerSlot {
  taggerEntry: KeyEntry | undefined;
}

/**
 * A key's weights, side by side in a shared block (`WeightArena`) at `at`: the sum of the bias and the
 * key's local features (n values); then, when `neighbourRows` is not 0, the weights of the key's features
 * as a neighbour, `p1=`, `p2=`, `n1=`, `n2=` (n values each, zeros where the model has none); then, when
 * `afterTag` is not -1, those of `t1w=<previous tag>|<key>` (n values per previous-tag index, the last for
 * sentence start) at `afterTag`. Copied out of the weight matrix, whose rows were most of the tagger's
 * memory traffic, into one place per key: the tagging of a document reads them from blocks that are
 * few and contiguous instead of three small typed arrays per word, each with its own header.
 */
interface KeyEntry {
  /** The model the entry belongs to (a slot may have been filled by another). */
  readonly tagger: CompiledTagger;
  readonly block: Int32Array;
  readonly at: number;
  /** Bit k set: the k-th neighbour feature exists (most words have none, so most adds are skipped). */
  readonly neighbourRows: number;
  readonly afterTag: number;
  /** The key's id among the words of the word-pair features (`CompiledTagger.pairs`), or -1 when it is
   *  in none: pairs are then looked up by two integers, without building a pair string per token. */
  readonly pairWord: number;
}

/** A model unpacked for fast tagging. */
export interface CompiledTagger {
  readonly tags: readonly string[];
  /** feature → row in `weights`. */
  readonly rows: PackedStringMap;
  readonly weights: Int16Array | Int32Array;
  /** allowedAfter[p * n + t]: tag t may follow tag p (p = n: sentence start). */
  readonly allowedAfter: Uint8Array;
  /** Rows of `p1w=<a>|<b>` (`prev`) and `wn1=<a>|<b>` (`next`) by the ids of a and b in `words`. */
  readonly pairs: { readonly words: PackedStringMap; readonly prev: IntPairMap; readonly next: IntPairMap };
  /** Rows of `t1=<p>` by tag index p, and of `t2=<p2>|<p>` at p2 * (n + 1) + p (index n: sentence start). */
  readonly t1Rows: Int32Array;
  readonly t2Rows: Int32Array;
  readonly keyCache: Map<string, KeyEntry>;
  /** Where new key entries' weights go. */
  readonly arena: WeightArena;
  readonly small: Map<string, number>;
  /** Rows of `sh=<shape>` by shape index, and of `shp1=<previous>|<shape>` at previous * SHAPES + shape. */
  readonly shapeRows: Int32Array;
  readonly shapePairRows: Int32Array;
  /** Rows of `g=`, `gp=`, `gn=` for each flag of FLAG_NAMES, by bit. */
  readonly flagRows: Int32Array;
  readonly prevFlagRows: Int32Array;
  readonly nextFlagRows: Int32Array;
  /** Summed weights of `sh` + `shp1`, n values at (previous shape * SHAPES + shape) * n. */
  readonly shapeVectors: Int32Array;
  /** Summed weights of `t1` + `t2`, n values at (p2 * (n + 1) + p) * n (index n: sentence start). */
  readonly tagVectors: Int32Array;
  /** Summed weights of the flag features of a token and its neighbours, by their three bit sets. */
  readonly flagVectors: Map<number, Int32Array>;
}

/**
 * Indexes the word-pair features `p1w=<a>|<b>` and `wn1=<a>|<b>` by the ids of their two words. A word
 * may itself contain "|", so every split point is indexed: each one rebuilds the same feature string,
 * which is exactly what the string lookup would have matched (a later line wins, as in the row map).
 */
function pairTables(features: string): { words: PackedStringMap; prev: IntPairMap; next: IntPairMap } {
  const ids = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) { id = ids.size; ids.set(w, id); }
    return id;
  };
  const lists = { prev: { a: [] as number[], b: [] as number[], rows: [] as number[] }, next: { a: [] as number[], b: [] as number[], rows: [] as number[] } };
  // The lines are scanned in place: only the pair features (a quarter of 58,000) become strings.
  for (let at = 0, row = 0; at <= features.length; row++) {
    let end = features.indexOf('\n', at);
    if (end === -1) end = features.length;
    const list = features.startsWith('p1w=', at) ? lists.prev : features.startsWith('wn1=', at) ? lists.next : null;
    if (list) {
      const body = features.slice(at + 4, end);
      for (let bar = body.indexOf('|'); bar !== -1; bar = body.indexOf('|', bar + 1)) {
        list.a.push(idOf(body.slice(0, bar)));
        list.b.push(idOf(body.slice(bar + 1)));
        list.rows.push(row);
      }
    }
    at = end + 1;
  }
  return {
    words: PackedStringMap.from(ids),
    prev: IntPairMap.from(lists.prev.a, lists.prev.b, lists.prev.rows),
    next: IntPairMap.from(lists.next.a, lists.next.b, lists.next.rows),
  };
}

export function compileTagger(model: TaggerModel): CompiledTagger {
  const n = model.tags.length;
  const rows = PackedStringMap.fromLines(model.features);
  const bytes = typeof model.weights === 'string' ? Buffer.from(model.weights, 'base64') : model.weights;
  // Copy into a fresh buffer: a typed array view needs an offset aligned to its element size.
  const aligned = new Uint8Array(bytes.length);
  aligned.set(bytes);
  const weights = model.bytes === 2 ? new Int16Array(aligned.buffer) : new Int32Array(aligned.buffer);
  if (weights.length !== rows.size * n) throw new Error('tagger model: weight matrix does not match features × tags');
  const allowedAfter = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++) for (let t = 0; t < n; t++) allowedAfter[p * n + t] = allowed(model.tags[t] ?? 'O', model.tags[p] ?? PAD) ? 1 : 0;
  const tagAt = (p: number): string => model.tags[p] ?? PAD;
  const t1Rows = new Int32Array(n + 1), t2Rows = new Int32Array((n + 1) * (n + 1));
  for (let p = 0; p <= n; p++) {
    t1Rows[p] = rows.get(`t1=${tagAt(p)}`) ?? -1;
    for (let p2 = 0; p2 <= n; p2++) t2Rows[p2 * (n + 1) + p] = rows.get(`t2=${tagAt(p2)}|${tagAt(p)}`) ?? -1;
  }
  const row = (f: string): number => rows.get(f) ?? -1;
  const ns = SHAPES.length;
  const shapeRows = Int32Array.from(SHAPES, (sh) => row(`sh=${sh}`));
  const shapePairRows = new Int32Array(ns * ns);
  for (let a = 0; a < ns; a++) for (let b = 0; b < ns; b++) shapePairRows[a * ns + b] = row(`shp1=${SHAPES[a] ?? 'X'}|${SHAPES[b] ?? 'X'}`);
  // Weight sums of feature groups that always fire together (integer sums: the order of addition does
  // not change them).
  const sumRows = (out: Int32Array, offset: number, rowList: readonly number[]): void => {
    for (const r of rowList) if (r >= 0) for (let t = 0; t < n; t++) out[offset + t] = (out[offset + t] ?? 0) + (weights[r * n + t] ?? 0);
  };
  const shapeVectors = new Int32Array(ns * ns * n);
  for (let a = 0; a < ns; a++) for (let b = 0; b < ns; b++) sumRows(shapeVectors, (a * ns + b) * n, [shapeRows[b] ?? -1, shapePairRows[a * ns + b] ?? -1]);
  const tagVectors = new Int32Array((n + 1) * (n + 1) * n);
  for (let p2 = 0; p2 <= n; p2++) for (let p = 0; p <= n; p++) sumRows(tagVectors, (p2 * (n + 1) + p) * n, [t1Rows[p] ?? -1, t2Rows[p2 * (n + 1) + p] ?? -1]);
  const pairs = pairTables(model.features);
  return {
    tags: model.tags, rows, weights, allowedAfter, t1Rows, t2Rows, shapeVectors, tagVectors, flagVectors: new Map(),
    pairs,
    keyCache: new Map(), arena: { block: new Int32Array(ARENA_BLOCK), used: 0 }, small: new Map(), shapeRows, shapePairRows,
    flagRows: Int32Array.from(FLAG_NAMES, (g) => row(`g=${g}`)),
    prevFlagRows: Int32Array.from(FLAG_NAMES, (g) => row(`gp=${g}`)),
    nextFlagRows: Int32Array.from(FLAG_NAMES, (g) => row(`gn=${g}`)),
  };
}

function addRow(c: CompiledTagger, s: Int32Array, row: number): void {
  if (row < 0) return;
  const n = s.length, w = c.weights, o = row * n;
  for (let t = 0; t < n; t++) s[t] = (s[t] ?? 0) + (w[o + t] ?? 0);
}

const rowOf = (c: CompiledTagger, feature: string): number => c.rows.get(feature) ?? -1;

/** Blocks of key weights are filled one after another; a full block stays alive while entries use it. */
interface WeightArena { block: Int32Array; used: number }
/** Values per block: 256 KB, about 400 keys with every kind of weight, 5,000 with local weights only. */
const ARENA_BLOCK = 1 << 16;

/** Room for `size` values in `arena.block` (a fresh block when the current one is full): their offset. */
function reserve(arena: WeightArena, size: number): number {
  if (arena.used + size > arena.block.length) {
    arena.block = new Int32Array(Math.max(ARENA_BLOCK, size));
    arena.used = 0;
  }
  const at = arena.used;
  arena.used += size;
  return at;
}

/** Copies weight row `row` (nothing for -1) to out[offset…offset + n). */
function copyRow(c: CompiledTagger, out: Int32Array, offset: number, row: number): void {
  if (row < 0) return;
  const n = c.tags.length;
  for (let t = 0; t < n; t++) out[offset + t] = c.weights[row * n + t] ?? 0;
}

function sumOf(c: CompiledTagger, feats: readonly string[]): Int32Array {
  const s = new Int32Array(c.tags.length);
  for (const f of feats) addRow(c, s, rowOf(c, f));
  return s;
}

function keyEntry(c: CompiledTagger, key: string): KeyEntry {
  let e = c.keyCache.get(key);
  if (e) return e;
  const n = c.tags.length;
  const afterTagRows = new Int32Array(n + 1);
  for (let p = 0; p <= n; p++) afterTagRows[p] = rowOf(c, `t1w=${c.tags[p] ?? PAD}|${key}`);
  const hasAfterTag = afterTagRows.some((row) => row >= 0);
  const neighbours = [rowOf(c, `p1=${key}`), rowOf(c, `p2=${key}`), rowOf(c, `n1=${key}`), rowOf(c, `n2=${key}`)];
  let neighbourRows = 0;
  neighbours.forEach((row, k) => { if (row >= 0) neighbourRows |= 1 << k; });
  const neighbourSize = neighbourRows !== 0 ? 4 * n : 0;
  const at = reserve(c.arena, n + neighbourSize + (hasAfterTag ? (n + 1) * n : 0));
  const block = c.arena.block;
  block.set(sumOf(c, ['b', ...localFeatures(key)]), at);
  if (neighbourRows !== 0) neighbours.forEach((row, k) => copyRow(c, block, at + n + k * n, row));
  const afterTag = hasAfterTag ? at + n + neighbourSize : -1;
  if (hasAfterTag) for (let p = 0; p <= n; p++) copyRow(c, block, afterTag + p * n, afterTagRows[p] ?? -1);
  e = { tagger: c, block, at, neighbourRows, afterTag, pairWord: c.pairs.words.get(key) ?? -1 };
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

function addVector(s: Int32Array, vec: Int32Array, offset: number): void {
  const n = s.length;
  for (let t = 0; t < n; t++) s[t] = (s[t] ?? 0) + (vec[offset + t] ?? 0);
}

/** Tags a token sequence. `keys` are the tokens' tokenKey values (computed from `raw` when omitted). */
export function tagSequence(c: CompiledTagger, raw: readonly string[], flags: TokenFlags, keys: readonly string[] = raw.map(tokenKey)): string[] {
  return scoreSequence(c, raw, keys, (s, i) => {
    for (const g of flags[i] ?? []) addRow(c, s, smallRow(c, `g=${g}`));
    for (const g of flags[i - 1] ?? []) addRow(c, s, smallRow(c, `gp=${g}`));
    for (const g of flags[i + 1] ?? []) addRow(c, s, smallRow(c, `gn=${g}`));
  });
}

/** `tagSequence` with the flags as `tokenFlagMasks` bit sets (what the entity stage computes). `slots[i]`
 *  (optional) keeps token i's tagger entry with the key's other cached data. */
export function tagSequenceMasks(c: CompiledTagger, raw: readonly string[], masks: Uint16Array, keys: readonly string[],
  slots?: readonly TaggerSlot[]): string[] {
  const n = c.tags.length;
  const width = 1 << FLAG_NAMES.length;
  const addBits = (s: Int32Array, mask: number, rows: Int32Array): void => {
    for (let b = 0; mask !== 0; b++, mask >>= 1) if (mask & 1) addRow(c, s, rows[b] ?? -1);
  };
  return scoreSequence(c, raw, keys, (s, i) => {
    const prev = i > 0 ? masks[i - 1] ?? 0 : 0, cur = masks[i] ?? 0, next = masks[i + 1] ?? 0;
    if ((prev | cur | next) === 0) return;
    const id = (prev * width + cur) * width + next;
    let vec = c.flagVectors.get(id);
    if (!vec) {
      vec = new Int32Array(n);
      addBits(vec, cur, c.flagRows);
      addBits(vec, prev, c.prevFlagRows);
      addBits(vec, next, c.nextFlagRows);
      if (c.flagVectors.size >= FLAG_VECTOR_LIMIT) c.flagVectors.clear();
      c.flagVectors.set(id, vec);
    }
    addVector(s, vec, 0);
  }, slots);
}

function scoreSequence(c: CompiledTagger, raw: readonly string[], keys: readonly string[], addFlags: (s: Int32Array, i: number) => void,
  slots?: readonly TaggerSlot[]): string[] {
  const n = c.tags.length;
  const len = raw.length;
  const pad = keyEntry(c, PAD);
  // Entries with two sentence-boundary pads on each side: token i sits at i + 2, so the neighbours of
  // the first and last tokens are plain reads.
  const entries: KeyEntry[] = [pad, pad];
  const shapes = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const k = keys[i] ?? PAD;
    const slot = slots?.[i];
    let entry = slot?.taggerEntry;
    if (entry?.tagger !== c) {
      entry = keyEntry(c, k);
      if (slot) slot.taggerEntry = entry;
    }
    entries.push(entry);
    shapes[i] = shapeIndex(raw[i] ?? '');
  }
  entries.push(pad, pad);
  const w = c.weights;
  const add = (s: Int32Array, row: number): void => {
    if (row < 0) return;
    const o = row * n;
    for (let t = 0; t < n; t++) s[t] = (s[t] ?? 0) + (w[o + t] ?? 0);
  };
  const ns = SHAPES.length;
  const out: string[] = [];
  const s = new Int32Array(n);
  let prevIdx = n, prev2Idx = n;
  for (let i = 0; i < len; i++) {
    const e = entries[i + 2] ?? pad;
    // Bias and local features, neighbours' words, word pairs, shapes, flags: then the previous tags.
    const block = e.block, at = e.at;
    for (let t = 0; t < n; t++) s[t] = block[at + t] ?? 0;
    const p1 = entries[i + 1] ?? pad, p2 = entries[i] ?? pad, n1 = entries[i + 3] ?? pad, n2 = entries[i + 4] ?? pad;
    if (p1.neighbourRows & 1) addVector(s, p1.block, p1.at + n);
    if (p2.neighbourRows & 2) addVector(s, p2.block, p2.at + 2 * n);
    if (n1.neighbourRows & 4) addVector(s, n1.block, n1.at + 3 * n);
    if (n2.neighbourRows & 8) addVector(s, n2.block, n2.at + 4 * n);
    if (e.pairWord >= 0) {
      if (p1.pairWord >= 0) add(s, c.pairs.prev.get(p1.pairWord, e.pairWord));
      if (n1.pairWord >= 0) add(s, c.pairs.next.get(e.pairWord, n1.pairWord));
    }
    // The shape before the first token is "X" (index 0).
    addVector(s, c.shapeVectors, ((i > 0 ? shapes[i - 1] ?? 0 : 0) * ns + (shapes[i] ?? 0)) * n);
    addFlags(s, i);
    addVector(s, c.tagVectors, (prev2Idx * (n + 1) + prevIdx) * n);
    if (e.afterTag >= 0) addVector(s, block, e.afterTag + prevIdx * n);
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
