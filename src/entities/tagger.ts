/**
 * A greedy left-to-right averaged-perceptron sequence tagger over BIO tags (Collins 2002 style; our own
 * code). The same feature function serves training (scripts/train-ner.mjs) and run time, so a model
 * trained on one tokenisation sees the same feature strings at run time.
 */
import { tokenKey } from './token-key';

/** Weights as shipped: feature → flat [tagIndex, weight, tagIndex, weight, …] (weights scaled integers). */
export interface TaggerModel {
  readonly tags: readonly string[];
  readonly scale: number;
  readonly weights: Readonly<Record<string, readonly number[]>>;
}

/** Per-token lexical evidence from gazetteers and rule vocabularies, e.g. `gLOC-B`, `first`, `title`. */
export type TokenFlags = readonly (readonly string[])[];

const PAD = '<s>';

function shape(token: string): string {
  if (/^\p{N}+$/u.test(token)) return 'NUM';
  if (/^[A-Za-z]/.test(token)) return /^[A-Z]/.test(token) ? 'LATC' : 'LAT';
  if (/^[\u0600-\u06ff]/.test(token)) return token.includes('\u200c') ? 'FAZ' : 'FA';
  if (/^\p{P}$/u.test(token)) return 'P';
  return 'X';
}

/** Features of token i that do not depend on earlier decisions (computed once per sentence). */
export function staticFeatures(keys: readonly string[], raw: readonly string[], flags: TokenFlags, i: number): string[] {
  const w = keys[i] ?? PAD;
  const p1 = keys[i - 1] ?? PAD, p2 = keys[i - 2] ?? PAD, n1 = keys[i + 1] ?? PAD, n2 = keys[i + 2] ?? PAD;
  const f = [
    'b', `w=${w}`, `p1=${p1}`, `p2=${p2}`, `n1=${n1}`, `n2=${n2}`, `p1w=${p1}|${w}`, `wn1=${w}|${n1}`,
    `s1=${w.slice(-1)}`, `s2=${w.slice(-2)}`, `s3=${w.slice(-3)}`, `x1=${w.slice(0, 1)}`, `x2=${w.slice(0, 2)}`, `x3=${w.slice(0, 3)}`,
    `sh=${shape(raw[i] ?? '')}`, `shp1=${shape(raw[i - 1] ?? '')}|${shape(raw[i] ?? '')}`, `len=${Math.min(w.length, 8)}`,
  ];
  for (const g of flags[i] ?? []) f.push(`g=${g}`);
  for (const g of flags[i - 1] ?? []) f.push(`gp=${g}`);
  for (const g of flags[i + 1] ?? []) f.push(`gn=${g}`);
  return f;
}

function dynamicFeatures(prev: string, prev2: string, w: string): string[] {
  return [`t1=${prev}`, `t2=${prev2}|${prev}`, `t1w=${prev}|${w}`];
}

/** Dense scoring helper shared by training and tagging. */
export function score(weights: ReadonlyMap<string, Float64Array> | null, model: TaggerModel | null, features: readonly string[], nTags: number): Float64Array {
  const s = new Float64Array(nTags);
  for (const f of features) {
    if (weights) {
      const v = weights.get(f);
      if (v) for (let t = 0; t < nTags; t++) s[t] = (s[t] ?? 0) + (v[t] ?? 0);
    } else if (model) {
      const v = model.weights[f];
      if (v) for (let k = 0; k < v.length; k += 2) { const t = v[k] ?? 0; s[t] = (s[t] ?? 0) + (v[k + 1] ?? 0); }
    }
  }
  return s;
}

/** An I- tag may only continue an entity of its own type. */
export function allowed(tag: string, prev: string): boolean {
  return !tag.startsWith('I-') || prev.slice(2) === tag.slice(2);
}

export function bestTag(s: Float64Array, tags: readonly string[], prev: string): number {
  let best = 0, bestScore = -Infinity;
  for (let t = 0; t < tags.length; t++) {
    if (!allowed(tags[t] ?? 'O', prev)) continue;
    if ((s[t] ?? 0) > bestScore) { bestScore = s[t] ?? 0; best = t; }
  }
  return best;
}

/** Full feature list for token i given the two previous predicted tags. */
export function featuresAt(stat: readonly string[], prev: string, prev2: string, key: string): string[] {
  return stat.concat(dynamicFeatures(prev, prev2, key));
}

/** Tags a token sequence with a shipped model. */
export function tagSequence(model: TaggerModel, raw: readonly string[], flags: TokenFlags): string[] {
  const keys = raw.map(tokenKey);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const prev = out[i - 1] ?? PAD, prev2 = out[i - 2] ?? PAD;
    const feats = featuresAt(staticFeatures(keys, raw, flags, i), prev, prev2, keys[i] ?? '');
    out.push(model.tags[bestTag(score(null, model, feats, model.tags.length), model.tags, prev)] ?? 'O');
  }
  return out;
}
