/**
 * Context step (jusText's revision pass): short and near-good blocks take their class from the nearest
 * decided neighbours, so subheads and one-line paragraphs inside the article stay, and short lines
 * inside menus go. A short block right under a section heading (related, most viewed, comments) is part
 * of that section.
 */
import type { Judgement, Quality } from './classify';

export interface Smoothed {
  readonly good: boolean;
  readonly reason: string;
  readonly fixed: boolean;
}

type Neighbour = 'good' | 'bad';

function neighbour(j: readonly Judgement[], i: number, step: 1 | -1, skipNearGood: boolean): Neighbour {
  for (let k = i + step; k >= 0 && k < j.length; k += step) {
    const q: Quality = j[k]!.quality;
    if (q === 'short') continue;
    if (q === 'near-good') { if (skipNearGood) continue; return 'good'; }
    return q;
  }
  return 'bad';
}

export function smooth(judgements: readonly Judgement[], sectionStarts: ReadonlySet<number>, listItems: ReadonlySet<number>): Smoothed[] {
  const out: Smoothed[] = judgements.map((j) => ({ good: j.quality === 'good', reason: j.reason, fixed: j.fixed }));
  judgements.forEach((j, i) => {
    if (j.quality !== 'short') return;
    const prev = neighbour(judgements, i, -1, true);
    const next = neighbour(judgements, i, 1, true);
    let good: boolean;
    if (prev === 'good' && next === 'good') good = true;
    else if (prev === 'bad' && next === 'bad') good = false;
    else {
      const prevNear = neighbour(judgements, i, -1, false);
      const nextNear = neighbour(judgements, i, 1, false);
      good = (prev === 'bad' && prevNear === 'good') || (next === 'bad' && nextNear === 'good');
    }
    out[i] = { good, reason: `${j.reason}; neighbours ${prev}/${next}`, fixed: false };
  });
  judgements.forEach((j, i) => {
    if (j.quality !== 'near-good') return;
    const prev = neighbour(judgements, i, -1, true);
    const next = neighbour(judgements, i, 1, true);
    out[i] = { good: !(prev === 'bad' && next === 'bad'), reason: `${j.reason}; neighbours ${prev}/${next}`, fixed: false };
  });
  // Short lines and list items under a section heading belong to that section until prose resumes.
  for (const start of sectionStarts) {
    for (let k = start + 1; k < judgements.length; k++) {
      const j = judgements[k]!;
      if (j.fixed) continue;
      if (!(j.quality === 'short' || listItems.has(k))) break;
      out[k] = { good: false, reason: `${j.reason}; under a section heading`, fixed: false };
    }
  }
  return out;
}
