/**
 * Article-region step: the article is one run of blocks. The run with the most content weight (content
 * characters minus a cost per boilerplate block) is the article; everything outside it is boilerplate.
 * An end-of-story marker after the run's start closes the article there.
 */
import { THRESHOLDS } from './thresholds';

export interface Region {
  readonly start: number;
  /** Inclusive. */
  readonly end: number;
}

/** Weighted maximum-sum run (Kadane). `weights[i]` > 0 for content, < 0 for boilerplate. */
export function densestRun(weights: readonly number[]): Region | null {
  let best: Region | null = null;
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  weights.forEach((w, i) => {
    if (sum <= 0) { sum = 0; start = i; }
    sum += w;
    if (sum > bestSum) { bestSum = sum; best = { start, end: i }; }
  });
  return best;
}

export function blockWeight(good: boolean, chars: number): number {
  return good ? chars : -Math.max(THRESHOLDS.regionMinPenalty, chars * THRESHOLDS.regionPenaltyShare);
}

interface MarkedFeatures { readonly marker: { readonly kind: string } | null }

/** Cuts the region at the first end marker after its start. */
export function cutAtEndMarker(region: Region, endMarkers: readonly number[]): Region {
  const cut = endMarkers.find((m) => m > region.start && m <= region.end);
  return cut === undefined ? region : { start: region.start, end: cut - 1 };
}

/**
 * Where the page footer starts: the first copyright line ("© 2019 X. All rights reserved.") that follows
 * enough content. Modal dialogs, comment rules and cookie texts printed after the footer are never the
 * article, however prose-like. Privacy/terms/cookie links are not footers: cookie banners sit above the
 * story and newsletter boxes inside it. `goodChars[i]` is block i's length when it looks like content,
 * else 0. Returns goodChars.length when there is no footer.
 */
export function footerStart(copyright: readonly number[], goodChars: readonly number[]): number {
  let before = 0;
  let next = 0;
  for (const at of [...copyright].sort((a, b) => a - b)) {
    while (next < at) before += goodChars[next++]!;
    if (before >= THRESHOLDS.minArticleChars) return at;
  }
  return goodChars.length;
}

/**
 * Cuts the region at the first comment heading or form that follows at least an article's worth of
 * content inside the region: reader comments are prose, so density alone would keep them. One near the
 * region's start (a comment count above the story) does not close anything.
 */
export function cutAtClosingSection(region: Region, closers: readonly number[], goodChars: readonly number[]): Region {
  let chars = 0;
  let next = region.start;
  for (const at of [...closers].sort((a, b) => a - b)) {
    if (at <= region.start || at > region.end) continue;
    while (next < at) chars += goodChars[next++]!;
    if (chars >= THRESHOLDS.minArticleChars) return { start: region.start, end: at - 1 };
  }
  return region;
}

/**
 * Indices of comment headings and forms: after the story, what follows them is never the story. Lists of
 * other stories (most read, recommended) are not cuts: some layouts print such a box inside the story
 * and the story goes on below it (measured on the AEB text dumps: cutting there lost more than it won).
 */
export function commentStarts(features: readonly MarkedFeatures[]): number[] {
  return features.flatMap((f, i) => (f.marker?.kind === 'comments' ? [i] : []));
}
