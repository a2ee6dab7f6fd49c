/**
 * Picks title, lead, body and source from the labelled blocks and page meta (title.ts, lead.ts,
 * body.ts, source.ts, published.ts) and lists what was dropped, with reasons, for --explain.
 */
import type { LabelledBlock, ParsedPage, Removal, Source } from '../types';
import { pickBody } from './body';
import { pickLead } from './lead';
import { buildView } from './page-view';
import { pickPublished } from './published';
import { pickSource } from './source';
import { pickTitle } from './title';

export interface ArticleFields {
  readonly title: string | null;
  readonly lead: string | null;
  readonly body: string | null;
  readonly source: Source;
  readonly removed: readonly Removal[];
}

export function extractFields(blocks: readonly LabelledBlock[], page: ParsedPage, language: string | null): ArticleFields {
  const view = buildView(blocks, page, language);
  const title = pickTitle(view);
  const lead = pickLead(view, title.index);
  const body = pickBody(view, title.index, title.text, lead.indices, lead.text);
  const published = pickPublished(view, title.index);
  const source = pickSource(view, lead.text, body.paragraphs, published);
  const kept = new Set(body.indices);
  const removed: Removal[] = blocks.flatMap((b, i): Removal[] => {
    if (kept.has(i)) return [];
    if (i === title.index) return [{ index: i, text: b.text, reason: 'headline (title field)' }];
    if (lead.indices.includes(i)) return [{ index: i, text: b.text, reason: 'lead (lead field)' }];
    if (b.label === 'content') return [{ index: i, text: b.text, reason: 'copy of the headline or lead, or before the headline' }];
    return [{ index: i, text: b.text, reason: b.reason }];
  });
  return {
    title: title.text,
    lead: lead.text,
    body: body.paragraphs.length ? body.paragraphs.join('\n\n') : null,
    source,
    removed,
  };
}
