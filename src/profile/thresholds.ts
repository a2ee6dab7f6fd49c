/**
 * Every number of the site-profile module, with why. A profile is a per-site count-min sketch of block keys
 * (hashed counts): merging two is adding cells, so it is exactly associative and order-independent, and a
 * site's profile can never hold more than SKETCH.width × SKETCH.depth cells however many pages it saw.
 */
export const SKETCH = {
  /** Buckets per row. A row's count of a key is inflated by (blocks per page / width) × pages on average:
   *  with ~300 distinct blocks a page that is under 0.08 of the pages, far below the template shares below. */
  width: 4096,
  /** Independent rows; the estimate is the minimum. A rare paragraph is mistaken for template only if it
   *  collides with a template key in every row: about (100 / 4096)^3 ≈ 1.5e-5 per paragraph. */
  depth: 3,
} as const;

export const LEARN = {
  /** Keys counted per page at most (page order): a pathological page (a 50 000-row table) must not flood its
   *  site's sketch; real news pages have a few hundred blocks. */
  maxKeysPerPage: 2000,
  /** In-memory budget of the learner, in sketch cells over all sites. When a batch holds more distinct sites
   *  than fit, the sites with the fewest pages are dropped (and stay dropped) so memory stays flat. */
  maxCells: 2_000_000,
  /** Distinct-page fingerprints kept to skip repeated pages: ~40 bytes each, so at most ~8 MB. */
  maxFingerprints: 200_000,
  /** Automatic mode learns from at most this many documents (evenly spaced over the run): the first pass
   *  re-reads and re-parses what it learns from (~70% of an extraction each), and a site's template is
   *  certain long before its 2,000th page, so large batches pay a fixed, bounded cost for it. */
  autoSampleDocs: 2000,
  /** Automatic mode: a site needs this many documents in the run before a profile is learned for it. */
  autoMinPages: 20,
} as const;
