/**
 * Body paragraphs: the content blocks after the headline, minus the headline and lead themselves and any
 * copy of them, joined by a blank line.
 */
import type { PageView } from './page-view';

export interface BodyPick {
  readonly paragraphs: readonly string[];
  readonly indices: readonly number[];
}

export function pickBody(view: PageView, titleIndex: number | null, title: string | null, leadIndices: readonly number[], lead: string | null): BodyPick {
  const skip = new Set<string>();
  if (title) skip.add(compactOf(view, title));
  if (lead) skip.add(compactOf(view, lead));
  const content = view.blocks.flatMap((b, i) => (b.label === 'content' ? [i] : []));
  // Content before a headline found inside the article is a kicker or teaser; keep it only if nothing follows.
  const after = titleIndex === null ? content : content.filter((i) => i > titleIndex);
  const chosen = (after.length ? after : content).filter((i) => !leadIndices.includes(i) && !skip.has(view.features[i]!.key.compact));
  return { paragraphs: chosen.map((i) => view.blocks[i]!.text), indices: chosen };
}

function compactOf(view: PageView, text: string): string {
  const i = view.blocks.findIndex((b) => b.text === text);
  return i >= 0 ? view.features[i]!.key.compact : text;
}
