/**
 * Site-template evidence for the block classifier: a block that recurs on a large share of its site's
 * pages is template (menu, footer, comment rules, promo line), whatever it looks like on this page alone.
 * Three things decide together, never the count alone:
 *   - share of pages: a lower confidence bound on it (Wilson), so evidence grows with the pages seen;
 *   - text features: prose (a long sentence) needs a larger share than chrome (short lines, menus);
 *   - position: prose sandwiched between this page's own prose, or template text outside its usual HTML
 *     slot, needs a near-universal share, so a story paragraph quoted on a few pages is never dropped.
 * The profile itself lives in src/profile; this module only sees the lookups it needs.
 */
import type { Block, BlockLabel, ParsedPage } from '../types';
import type { BlockFeatures } from './features';

/** What the classifier needs from a site profile (built by src/profile/apply.ts). */
export interface TemplateEvidence {
  /** The site's name as the profile knows it, e.g. `tasnimnews.com`. */
  readonly site: string;
  /** Pages of the site the profile counted. */
  readonly pages: number;
  /** Pages of the site holding this block's text (never more than `pages`; 0 for blocks without words). */
  pagesWithText(block: Block): number;
  /** Pages holding this block's text at the same tag path (HTML); null for text dumps. */
  pagesWithSlot(block: Block): number | null;
}

export interface TemplateVerdict {
  readonly label: BlockLabel;
  readonly reason: string;
}

export interface EvidenceThresholds {
  readonly minPages: number;
  readonly z: number;
  readonly minShareChrome: number;
  readonly minShareProse: number;
  readonly minShareInside: number;
  readonly proseWords: number;
  readonly insideReach: number;
}

export const TEMPLATE_THRESHOLDS: EvidenceThresholds = {
  /** Fewer pages than this say nothing about a site's template: a handful of pages share too much by chance
   *  (a story and its updates). The automatic mode starts at 20 documents; explicit profiles may be smaller. */
  minPages: 8,
  /** z of the one-sided lower confidence bound (Wilson) on a block's share of pages, ≈ 95 %: evidence grows
   *  with the pages seen (8 of 8 pages bound 0.75; 30 of 30: 0.92; 400 of 412: 0.95). */
  z: 1.64,
  /** Lower bound a short or non-prose block (menu item, heading, footer line) needs to be template. */
  minShareChrome: 0.5,
  /** Lower bound a prose block at the edge of the article (first/last prose, or outside it) needs: comment
   *  rules and author bios are prose, but a story's paragraph is never on most of a site's pages. */
  minShareProse: 0.7,
  /** Lower bound for prose sandwiched between the page's own prose, or template text outside its usual HTML
   *  slot: a running story's background paragraph can recur in a small batch; only near-universal text goes. */
  minShareInside: 0.85,
  /** A block is prose when it ends like a sentence and has at least this many words. */
  proseWords: 12,
  /** Blocks looked at on each side when deciding whether a prose block sits inside the article. */
  insideReach: 3,
};

/** A block seen on fewer than this share of its text's pages in the same slot sits outside its usual place. */
const USUAL_SLOT_SHARE = 0.5;

/** One-sided Wilson lower bound of a share `k / n`. */
export function wilsonLower(k: number, n: number, z: number): number {
  if (n <= 0) return 0;
  const p = Math.min(1, k / n);
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

/** Per block: boilerplate with the profile's reason, or null when the profile says nothing. */
export function templateVerdicts(
  page: ParsedPage,
  features: readonly BlockFeatures[],
  evidence: TemplateEvidence | null,
  t: EvidenceThresholds = TEMPLATE_THRESHOLDS,
): (TemplateVerdict | null)[] {
  const blocks = page.blocks;
  if (!evidence || evidence.pages < t.minPages) return blocks.map(() => null);
  const n = evidence.pages;
  const counts = blocks.map((b) => Math.min(n, evidence.pagesWithText(b)));
  const bounds = counts.map((k) => wilsonLower(k, n, t.z));
  const prose = features.map((f) => f.endsSentence && f.words >= t.proseWords);
  const candidate = bounds.map((lb, i) => lb >= (prose[i] ? t.minShareProse : t.minShareChrome));
  const ownProse = (i: number): boolean => prose[i]! && !candidate[i];
  const inside = (i: number): boolean => {
    let before = false;
    let after = false;
    for (let d = 1; d <= t.insideReach; d++) {
      if (i - d >= 0 && ownProse(i - d)) before = true;
      if (i + d < blocks.length && ownProse(i + d)) after = true;
    }
    return before && after;
  };
  return blocks.map((b, i): TemplateVerdict | null => {
    if (!candidate[i]) return null;
    const slot = evidence.pagesWithSlot(b);
    const unusualSlot = slot !== null && slot < counts[i]! * USUAL_SLOT_SHARE;
    if ((prose[i] && inside(i)) || unusualSlot) {
      if (bounds[i]! < t.minShareInside) return null;
    }
    const share = Math.round((100 * counts[i]!) / n);
    return { label: 'boilerplate', reason: `site template: seen on ${share}% of ${n} ${evidence.site} pages` };
  });
}
