/**
 * The site profile file: per site, the number of pages seen and a count-min sketch of block keys (only
 * non-zero cells stored). Read-only plain data, so it can be handed to worker threads as is.
 * Merging adds page counts and cells: exactly associative and commutative, and serialization is canonical
 * (sites and cells sorted), so shards learned anywhere merge to the same bytes in any order.
 */
import { cellsOf } from './hash';
import { SKETCH } from './thresholds';

export const PROFILE_FORMAT = 'winnow-site-profile';
export const PROFILE_VERSION = 1;

export interface SiteCounts {
  /** Pages of this site the counts come from. */
  readonly pages: number;
  /** Sketch cell index (row × width + bucket) → pages whose keys hit that cell; zero cells are absent. */
  readonly cells: Readonly<Record<string, number>>;
}

export interface Profile {
  readonly format: typeof PROFILE_FORMAT;
  readonly version: typeof PROFILE_VERSION;
  readonly width: number;
  readonly depth: number;
  /** Site name (host like `tasnimnews.com`, or `folder:NAME`) → counts. */
  readonly sites: Readonly<Record<string, SiteCounts>>;
}

export function emptyProfile(): Profile {
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, width: SKETCH.width, depth: SKETCH.depth, sites: {} };
}

/** Estimated number of pages of `site` holding `key`: the minimum over the sketch rows (never an undercount). */
export function pagesWithKey(profile: Profile, site: SiteCounts, key: string): number {
  let best = Infinity;
  for (const cell of cellsOf(key, profile.width, profile.depth)) best = Math.min(best, site.cells[cell] ?? 0);
  return best === Infinity ? 0 : best;
}

/** Bytewise order, the same on every machine and locale. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A site's counts with cells in ascending index order. */
function canonicalSite(counts: SiteCounts): SiteCounts {
  const cells: Record<string, number> = {};
  for (const index of Object.keys(counts.cells).map(Number).sort((a, b) => a - b)) {
    const n = counts.cells[index]!;
    if (n > 0) cells[index] = n;
  }
  return { pages: counts.pages, cells };
}

/** Builds a profile from per-site counts, in canonical order. */
export function profileOf(sites: ReadonlyMap<string, SiteCounts> | Readonly<Record<string, SiteCounts>>, width: number = SKETCH.width, depth: number = SKETCH.depth): Profile {
  const entries = sites instanceof Map ? [...sites.entries()] : Object.entries(sites);
  const sorted: Record<string, SiteCounts> = {};
  for (const [name, counts] of entries.sort(([a], [b]) => byCodeUnits(a, b))) sorted[name] = canonicalSite(counts);
  return { format: PROFILE_FORMAT, version: PROFILE_VERSION, width, depth, sites: sorted };
}

/** Adds two profiles (same sketch shape). Throws when the shapes differ: their cells do not line up. */
export function mergeProfiles(a: Profile, b: Profile): Profile {
  if (a.width !== b.width || a.depth !== b.depth) {
    throw new Error(`profiles have different sketch shapes (${a.width}×${a.depth} and ${b.width}×${b.depth})`);
  }
  const sites = new Map<string, SiteCounts>();
  for (const source of [a, b]) {
    for (const [name, counts] of Object.entries(source.sites)) {
      const prev = sites.get(name);
      if (!prev) { sites.set(name, counts); continue; }
      const cells: Record<string, number> = { ...prev.cells };
      for (const [cell, n] of Object.entries(counts.cells)) cells[cell] = (cells[cell] ?? 0) + n;
      sites.set(name, { pages: prev.pages + counts.pages, cells });
    }
  }
  return profileOf(sites, a.width, a.depth);
}

/** Canonical text: one site per line, sites and cells sorted, so equal profiles are equal bytes. */
export function serializeProfile(profile: Profile): string {
  const canonical = profileOf(profile.sites, profile.width, profile.depth);
  const head = `{"format":${JSON.stringify(PROFILE_FORMAT)},"version":${PROFILE_VERSION},"width":${canonical.width},"depth":${canonical.depth},"sites":{`;
  const lines = Object.entries(canonical.sites).map(([name, counts]) => `${JSON.stringify(name)}:${JSON.stringify(counts)}`);
  return lines.length ? `${head}\n${lines.join(',\n')}\n}}\n` : `${head}}}\n`;
}

/** Parses and checks a profile file; the error says what is wrong in one sentence. */
export function parseProfile(text: string): Profile | { readonly error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (!isRecord(value) || value.format !== PROFILE_FORMAT) return { error: `not a winnow site profile (no "format": "${PROFILE_FORMAT}")` };
  if (value.version !== PROFILE_VERSION) return { error: `unsupported profile version ${String(value.version)} (this winnow reads ${PROFILE_VERSION})` };
  const { width, depth, sites } = value;
  if (!isCount(width) || width < 1 || !isCount(depth) || depth < 1) return { error: 'profile has no valid sketch width/depth' };
  if (!isRecord(sites)) return { error: 'profile has no "sites" object' };
  const checked = new Map<string, SiteCounts>();
  for (const [name, counts] of Object.entries(sites)) {
    if (!isRecord(counts) || !isCount(counts.pages) || !isRecord(counts.cells)) return { error: `site "${name}" has no page count or cells` };
    const cells: Record<string, number> = {};
    for (const [cell, n] of Object.entries(counts.cells)) {
      const index = Number(cell);
      if (!isCount(index) || index >= width * depth || !isCount(n)) return { error: `site "${name}" has a bad cell "${cell}"` };
      cells[cell] = n;
    }
    checked.set(name, { pages: counts.pages, cells });
  }
  return profileOf(checked, width, depth);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
