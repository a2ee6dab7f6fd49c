/**
 * Loads the shipped gazetteer and tagger weights once, on first use, synchronously (the pipeline is
 * synchronous). Files sit in data/entities/ at the package root, two levels above both src/entities and
 * dist/entities. A missing or unreadable file degrades the stage (no gazetteer / no tagger), never throws.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { compileTagger, type CompiledTagger, type TaggerModel } from './tagger';

export type GazType = 'LOC' | 'ORG';

export interface Gazetteer {
  /** phrase key → [type, group id]; the group id ties variants of one entity ("آمریکا", "ایالات متحده"). */
  readonly names: ReadonlyMap<string, readonly [GazType, string]>;
  /** Longest phrase in tokens, to bound the matcher's look-ahead. */
  readonly maxTokens: number;
  /** Every proper prefix of a multi-word key, so the matcher stops extending as soon as no name can follow. */
  readonly prefixes: ReadonlySet<string>;
  /** `names` and `prefixes` in one map, so the matcher pays one lookup per phrase it tries. */
  readonly lookup: ReadonlyMap<string, GazEntry>;
  readonly firstNames: ReadonlySet<string>;
  readonly lastNames: ReadonlySet<string>;
}

export interface GazEntry {
  readonly hit: readonly [GazType, string] | undefined;
  /** A longer listed phrase starts with this one. */
  readonly prefix: boolean;
}

export interface Resources {
  readonly gazetteer: Gazetteer;
  readonly taggers: Readonly<Record<string, CompiledTagger | undefined>>;
}

const DATA_DIR = path.join(__dirname, '..', '..', 'data', 'entities');
let cached: Resources | null = null;

interface GazetteerFile { LOC: Record<string, string>; ORG: Record<string, string>; first: string[]; last: string[] }

/** A data file's bytes, gunzipped when its name ends in .gz. */
function readData(file: string): Buffer {
  const buf = fs.readFileSync(path.join(DATA_DIR, file));
  return file.endsWith('.gz') ? zlib.gunzipSync(buf) : buf;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readData(file).toString('utf8')) as T;
  } catch {
    return null;
  }
}

/**
 * A tagger shipped as three files (scripts/train-ner.mjs writes them): `NAME.json` (tags, scale, bytes per
 * weight), `NAME.features.gz` (one feature per line) and `NAME.weights.gz` (the raw weight matrix). Kept
 * apart because one JSON with base64 weights spent most of the load decoding and parsing 3 MB of text.
 */
function readTagger(name: string): TaggerModel | null {
  try {
    const head = JSON.parse(readData(`${name}.json`).toString('utf8')) as Omit<TaggerModel, 'features' | 'weights'>;
    return { ...head, features: readData(`${name}.features.gz`).toString('utf8'), weights: readData(`${name}.weights.gz`) };
  } catch {
    return null;
  }
}

function buildGazetteer(file: GazetteerFile | null): Gazetteer {
  const names = new Map<string, readonly [GazType, string]>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const type of ['LOC', 'ORG'] as const) {
    for (const [key, gid] of Object.entries(file?.[type] ?? {})) {
      names.set(key, [type, gid]);
      const parts = key.split(' ');
      maxTokens = Math.max(maxTokens, parts.length);
      for (let n = 1; n < parts.length; n++) prefixes.add(parts.slice(0, n).join(' '));
    }
  }
  const lookup = new Map<string, GazEntry>();
  for (const [key, hit] of names) lookup.set(key, { hit, prefix: prefixes.has(key) });
  for (const key of prefixes) if (!names.has(key)) lookup.set(key, { hit: undefined, prefix: true });
  return { names, maxTokens, prefixes, lookup, firstNames: new Set(file?.first ?? []), lastNames: new Set(file?.last ?? []) };
}

export function resources(): Resources {
  if (cached) return cached;
  const fa = readTagger('tagger-fa');
  cached = { gazetteer: buildGazetteer(readJson<GazetteerFile>('gazetteer.json')), taggers: { fa: fa ? compileTagger(fa) : undefined } };
  return cached;
}
