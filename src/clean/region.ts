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

/** Cuts the region at the first end marker after its start. */
export function cutAtEndMarker(region: Region, endMarkers: readonly number[]): Region {
  const cut = endMarkers.find((m) => m > region.start && m <= region.end);
  return cut === undefined ? region : { start: region.start, end: cut - 1 };
}
