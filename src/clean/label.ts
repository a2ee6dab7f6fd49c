/** Block classifier: content or boilerplate. STUB: long blocks are content. */
import type { LabelledBlock, ParsedPage } from '../types';

export function labelBlocks(page: ParsedPage, _language: string | null): LabelledBlock[] {
  return page.blocks.map((b) => (b.text.length >= 80
    ? { ...b, label: 'content', reason: 'long text' }
    : { ...b, label: 'boilerplate', reason: 'short' }));
}
