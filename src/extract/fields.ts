/** Picks title, lead, body and source from labelled blocks. STUB. */
import type { LabelledBlock, ParsedPage, Removal, Source } from '../types';

export interface ArticleFields {
  readonly title: string | null;
  readonly lead: string | null;
  readonly body: string | null;
  readonly source: Source;
  readonly removed: readonly Removal[];
}

export function extractFields(blocks: readonly LabelledBlock[], page: ParsedPage, _language: string | null): ArticleFields {
  const content = blocks.filter((b) => b.label === 'content');
  return {
    title: page.meta.metaTitle ?? page.meta.htmlTitle ?? blocks[0]?.text ?? null,
    lead: null,
    body: content.length ? content.map((b) => b.text).join('\n\n') : null,
    source: { name: page.meta.siteName, name_en: null, via: [], desk: null, url: page.meta.url, published: page.meta.published },
    removed: blocks.filter((b) => b.label === 'boilerplate').map((b) => ({ index: b.index, text: b.text, reason: b.reason })),
  };
}
