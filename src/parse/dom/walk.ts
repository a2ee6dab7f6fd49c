/**
 * One pass over the parsed DOM: visible text of block-level elements in reading order, each block tied
 * to the element that owns it, and per-element text/link totals for the main-content scorer.
 * Inline elements join into their block; <br> ends a line and every line is its own block (sites that
 * separate paragraphs with <br> get one block per paragraph, as the gold does).
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, DROPPED_TAGS, HIDDEN_CLASSES } from './vocab';
import { classIdTokens } from './tokens';
import { regionMask } from './regions';

/** Everything the later stages need to know about one element that contains text. */
export interface ElemInfo {
  readonly id: number;
  readonly el: Element;
  readonly tag: string;
  readonly parent: ElemInfo | null;
  readonly depth: number;
  /** class + id words, lower-case (see tokens.ts). */
  readonly tokens: readonly string[];
  /** `div#main>article>p`, short. */
  readonly path: string;
  /** Visible characters of all blocks inside (filled by the walk). */
  textChars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Blocks inside. */
  blockCount: number;
  /** Region hint bits of the element itself (regions.ts). */
  readonly ownHints: number;
  /** The last block it owns ends like a sentence (Readability's sibling test). */
  endsSentence: boolean;
}

/** A block before hints: text plus the element that owns it. */
export interface RawBlock {
  readonly text: string;
  readonly linkChars: number;
  readonly owner: ElemInfo;
  /** Inside <blockquote> / <pre> somewhere between the owner and the body. */
  readonly inQuote: boolean;
  readonly inPre: boolean;
  /** Region hint bits of inline elements (span.byline, time) that hold all of the block's text. */
  readonly inlineHints: number;
}

export interface WalkResult {
  readonly blocks: readonly RawBlock[];
  readonly elements: readonly ElemInfo[];
  readonly body: ElemInfo;
}

const MAX_PATH_TOKEN = 20;
/** Deeper nesting than this is malformed markup (unclosed inline tags); its text is still read, flat. */
const MAX_DEPTH = 400;
const WS = /[\s\u00a0]+/g;
/** Cheap pre-test before splitting a class attribute against HIDDEN_CLASSES. */
const HIDDEN_HINT = /hid|only|none|invisible|screen/i;
const NON_SPACE = /[^\s\u00a0]/;
const SENTENCE_END = /[.!?؟。]["'”’»)]?\s*$/;

export function collapse(s: string): string {
  return s.replace(WS, ' ').trim();
}

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a.style;
  if (style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  const cls = a.class;
  if (cls !== undefined && HIDDEN_HINT.test(cls)) {
    for (const c of cls.split(/\s+/)) if (HIDDEN_CLASSES.has(c.toLowerCase())) return true;
  }
  return a.type === 'hidden';
}

function pathStep(el: Element): string {
  const id = el.attribs.id;
  if (id) return `${el.name}#${id.slice(0, MAX_PATH_TOKEN)}`;
  const cls = el.attribs.class?.trim().split(/\s+/)[0];
  return cls ? `${el.name}.${cls.slice(0, MAX_PATH_TOKEN)}` : el.name;
}

function findBody(nodes: readonly AnyNode[]): Element | null {
  // Breadth-first: <body> sits near the top, and malformed pages may nest it oddly.
  const queue: AnyNode[] = [...nodes];
  for (let i = 0; i < queue.length && i < 5000; i++) {
    const n = queue[i];
    if (n.type === 'tag') {
      if (n.name === 'body') return n;
      if (n.name === 'html') queue.push(...n.children);
    }
  }
  return null;
}

/** Walks the document from <body> (or the root when there is none). */
export function walkDom(root: { children: AnyNode[] }, rootElement: Element): WalkResult {
  const body = findBody(root.children);
  const elements: ElemInfo[] = [];
  const blocks: RawBlock[] = [];
  const memo = new Map<string, readonly string[]>();
  const makeInfo = (el: Element, parent: ElemInfo | null): ElemInfo => {
    const tokens = classIdTokens(el, memo);
    const info: ElemInfo = {
      id: elements.length, el, tag: el.name, parent, depth: parent ? parent.depth + 1 : 0,
      tokens, path: parent ? (parent.parent ? `${parent.path}>${pathStep(el)}` : pathStep(el)) : '',
      textChars: 0, linkChars: 0, blockCount: 0, ownHints: regionMask(el, tokens), endsSentence: false,
    };
    elements.push(info);
    return info;
  };
  const bodyInfo = makeInfo(body ?? rootElement, null);

  let buf = '';
  let linkBuf = '';
  // Inline hints: the mask of the inline elements open now, and the AND over the block's text so far.
  let inlineMask = 0;
  let blockInline = -1;
  let linkDepth = 0;
  let quoteDepth = 0;
  let preDepth = 0;
  const flush = (owner: ElemInfo): void => {
    if (buf === '') return;
    const text = collapse(buf);
    const links = linkBuf === '' ? 0 : Math.min(text.length, collapse(linkBuf).length);
    const inlineHints = blockInline < 0 ? 0 : blockInline;
    buf = '';
    linkBuf = '';
    blockInline = -1;
    if (text === '') return;
    blocks.push({ text, linkChars: links, owner, inQuote: quoteDepth > 0, inPre: preDepth > 0, inlineHints });
    owner.endsSentence = SENTENCE_END.test(text);
    for (let e: ElemInfo | null = owner; e; e = e.parent) {
      e.textChars += text.length;
      e.linkChars += links;
      e.blockCount++;
    }
  };

  const visit = (nodes: readonly AnyNode[], owner: ElemInfo, depth: number): void => {
    for (const n of nodes) {
      if (n.type === 'text') {
        buf += n.data;
        if (linkDepth > 0) linkBuf += n.data;
        if (NON_SPACE.test(n.data)) blockInline = blockInline < 0 ? inlineMask : blockInline & inlineMask;
        continue;
      }
      if (n.type !== 'tag') continue; // comments, directives, CDATA; <script>/<style> have their own types
      const tag = n.name;
      if (DROPPED_TAGS.has(tag) || isHidden(n)) continue;
      if (tag === 'br') {
        flush(owner);
        continue;
      }
      const isLink = tag === 'a' && n.attribs.href !== undefined;
      if (isLink) linkDepth++;
      if (BLOCK_TAGS.has(tag) && depth < MAX_DEPTH) {
        flush(owner);
        const info = makeInfo(n, owner);
        if (tag === 'blockquote') quoteDepth++;
        if (tag === 'pre') preDepth++;
        // Inline hints speak for text inside the block that holds them; a stray unclosed <span class>
        // wrapping whole sections (malformed markup) must not mark every block below it.
        const outer = inlineMask;
        inlineMask = 0;
        visit(n.children, info, depth + 1);
        flush(info);
        inlineMask = outer;
        if (tag === 'blockquote') quoteDepth--;
        if (tag === 'pre') preDepth--;
      } else {
        // Inline element: its text continues the current block. Images and other void elements add nothing.
        const outer = inlineMask;
        if (n.children.length > 0 && (n.attribs.class !== undefined || n.attribs.id !== undefined || n.attribs.role !== undefined || tag === 'time')) {
          inlineMask |= regionMask(n, classIdTokens(n, memo));
        }
        visit(n.children, owner, depth + 1);
        inlineMask = outer;
      }
      if (isLink) linkDepth--;
    }
  };
  visit(body ? body.children : root.children, bodyInfo, 0);
  flush(bodyInfo);
  return { blocks, elements, body: bodyInfo };
}
