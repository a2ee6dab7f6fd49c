/**
 * Accumulates a profile page by page, holding counts only (never documents): each site's sketch is at
 * most width × depth cells, and the learner as a whole stays under LEARN.maxCells by dropping the sites
 * with the fewest pages when a batch holds more distinct sites than fit. Given the same pages in the same
 * order it always produces the same profile.
 */
import { cellsOf, fnv1a } from './hash';
import { profileOf, type Profile, type SiteCounts } from './profile';
import { LEARN, SKETCH } from './thresholds';

interface SiteSketch {
  pages: number;
  readonly cells: Map<number, number>;
}

/** Shrinking goes this far under the budget, so a stream of new small sites does not re-sort on every page. */
const SHRINK_TO = 0.9;

export interface LearnerLimits {
  readonly width: number;
  readonly depth: number;
  readonly maxCells: number;
  readonly maxKeysPerPage: number;
}

export const DEFAULT_LIMITS: LearnerLimits = { width: SKETCH.width, depth: SKETCH.depth, maxCells: LEARN.maxCells, maxKeysPerPage: LEARN.maxKeysPerPage };

export class ProfileLearner {
  private readonly sites = new Map<string, SiteSketch>();
  /** Sites dropped to stay in budget; they stay out so their page counts never restart half-way. */
  private readonly dropped = new Set<string>();
  private cellCount = 0;
  /** Fingerprints of the pages counted, per site: a page fetched twice (crawls repeat URLs; batches are
   *  sometimes copies) counts once, or every line of a repeated article would look like the site's template. */
  private readonly seenPages = new Map<string, Set<number>>();
  private fingerprints = 0;

  constructor(private readonly limits: LearnerLimits = DEFAULT_LIMITS) {}

  /** Counts one page of `site` with its distinct block keys (see block-keys.ts pageKeys). */
  addPage(site: string, keys: readonly string[]): void {
    if (this.dropped.has(site) || this.isRepeat(site, keys)) return;
    let sketch = this.sites.get(site);
    if (!sketch) {
      sketch = { pages: 0, cells: new Map() };
      this.sites.set(site, sketch);
    }
    sketch.pages++;
    const touched = new Set<number>();
    for (const key of keys.slice(0, this.limits.maxKeysPerPage)) {
      for (const cell of cellsOf(key, this.limits.width, this.limits.depth)) touched.add(cell);
    }
    // A cell counts a page once even when two of its keys land in it, so no cell exceeds `pages`.
    for (const cell of touched) {
      const n = sketch.cells.get(cell);
      if (n === undefined) this.cellCount++;
      sketch.cells.set(cell, (n ?? 0) + 1);
    }
    if (this.cellCount > this.limits.maxCells) this.shrink();
  }

  /** True when the same page (same block keys) was already counted for this site. Two independent 32-bit
   *  hashes make a false match between different pages negligible; past LEARN.maxFingerprints pages the
   *  check stops (memory stays bounded) and repeats count again. */
  private isRepeat(site: string, keys: readonly string[]): boolean {
    const joined = keys.join('\n');
    const fingerprint = fnv1a(joined, 0x9e3779b9) * 2 ** 21 + (fnv1a(joined, 0x85ebca6b) >>> 11);
    let seen = this.seenPages.get(site);
    if (seen?.has(fingerprint)) return true;
    if (this.fingerprints >= LEARN.maxFingerprints) return false;
    if (!seen) { seen = new Set(); this.seenPages.set(site, seen); }
    seen.add(fingerprint);
    this.fingerprints++;
    return false;
  }

  /** Cells held now, over all sites (what the memory bound is about). */
  get cells(): number {
    return this.cellCount;
  }

  /** Pages counted per site so far. */
  pagesBySite(): Map<string, number> {
    return new Map([...this.sites.entries()].map(([name, s]) => [name, s.pages]));
  }

  /** Sites dropped to stay within the memory budget. */
  droppedSites(): string[] {
    return [...this.dropped].sort();
  }

  /** The profile of the sites with at least `minPages` pages (all by default). */
  toProfile(minPages = 1): Profile {
    const sites = new Map<string, SiteCounts>();
    for (const [name, s] of this.sites) {
      if (s.pages < minPages) continue;
      const cells: Record<string, number> = {};
      for (const [cell, n] of s.cells) cells[cell] = n;
      sites.set(name, { pages: s.pages, cells });
    }
    return profileOf(sites, this.limits.width, this.limits.depth);
  }

  /** Drops the smallest sites (fewest pages, then name) until the learner is back under budget. */
  private shrink(): void {
    const order = [...this.sites.entries()].sort(([an, a], [bn, b]) => a.pages - b.pages || (an < bn ? -1 : an > bn ? 1 : 0));
    for (const [name, s] of order) {
      if (this.cellCount <= this.limits.maxCells * SHRINK_TO) break;
      this.cellCount -= s.cells.size;
      this.sites.delete(name);
      this.dropped.add(name);
    }
  }
}
