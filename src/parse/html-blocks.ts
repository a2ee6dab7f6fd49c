/** HTML page → blocks. STUB: text of block-level elements via htmlparser2. */
import { Parser } from 'htmlparser2';
import type { Block, ParsedPage } from '../types';
import { emptyMeta } from './page-meta';

const BLOCK_TAGS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'td', 'br', 'section', 'article', 'header', 'footer', 'title']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

export function parseHtml(html: string, url: string | null): ParsedPage {
  const blocks: Block[] = [];
  let buf = '';
  let skip = 0;
  const flush = (): void => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ index: blocks.length, text: t, kind: 'paragraph', level: 0, linkChars: 0, lines: 1, path: '', hints: [] });
    buf = '';
  };
  const parser = new Parser({
    onopentag(name) { if (SKIP_TAGS.has(name)) skip++; else if (BLOCK_TAGS.has(name)) flush(); },
    onclosetag(name) { if (SKIP_TAGS.has(name)) skip = Math.max(0, skip - 1); else if (BLOCK_TAGS.has(name)) flush(); },
    ontext(t) { if (!skip) buf += t; },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  flush();
  return { format: 'html', blocks, meta: { ...emptyMeta(), url } };
}
