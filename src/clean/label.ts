/** Block classifier: content or boilerplate. STUB: long blocks are content; HTML defers to DOM evidence first. */
import type { LabelledBlock, ParsedPage } from '../types';
import { htmlVerdict } from './html-evidence';

export function labelBlocks(page: ParsedPage, _language: string | null): LabelledBlock[] {
  return page.blocks.map((b) => {
    const forced = page.format === 'html' ? htmlVerdict(b, page) : null;
    if (forced) return { ...b, ...forced };
    return b.text.length >= 80 ? { ...b, label: 'content', reason: 'long text' } : { ...b, label: 'boilerplate', reason: 'short' };
  });
}
