/**
 * Accumulates a profile page by page, holding counts only (never documents): each site's sketch is at
 * most width × depth cells, and the learner as a whole stays under LEARN.maxCells by dropping the sites
 * with the fewest pages when a batch holds more distinct sites than fit. Given the same pages in the same
 * order it always produces the same profile.
 */
import { cellsOf } from './hash';
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

  constructor(private readonly limits: LearnerLimits = DEFAULT_LIMITS) {}

  /** Counts one page of `site` with its distinct block keys (see block-keys.ts pageKeys). */
  addPage(site: string, keys: readonly string[]): void {
    if (this.dropped.has(site)) return;
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
