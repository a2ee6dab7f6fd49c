/** Plain-text dump → blocks. STUB: one block per non-empty line. */
import type { Block, ParsedPage } from '../types';
import { emptyMeta } from './page-meta';

export function parseText(text: string): ParsedPage {
  const blocks: Block[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ index: blocks.length, text: t, kind: 'line', level: 0, linkChars: 0, lines: 1, path: '', hints: [] });
  }
  return { format: 'text', blocks, meta: emptyMeta() };
}
