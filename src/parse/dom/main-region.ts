/**
 * Finds the page's main-content region on the DOM, in the spirit of Readability (paragraph scores
 * from length and commas, propagated to ancestors, scaled by link density, class/id weights, sibling
 * merging) with trafilatura's preference for declared body containers (itemprop=articleBody,
 * `article-body`-like classes, <article>). Strict first, then relaxed; the longest attempt wins when
 * none is long enough.
 */
import type { ElemInfo, RawBlock, WalkResult } from './walk';
import { hasSequence, itemprops } from './tokens';
import {
  BODY_CONTAINER_TOKENS, BODY_ITEMPROPS, MAYBE_TOKENS, NEGATIVE_TOKENS, POSITIVE_TOKENS, UNLIKELY_TOKENS,
} from './vocab';

/** A block shorter than this says nothing about where the article is (Readability's 25). */
const MIN_SCORED_CHARS = 25;
/** Characters per extra point of a paragraph's score, and the cap on those points (Readability). */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/** Ancestors a paragraph's score reaches. */
const MAX_ANCESTOR_LEVELS = 5;
/** Class/id weight (Readability's ±25). */
const CLASS_WEIGHT = 25;
/** A declared body container outranks a generic div of the same score. */
const BODY_CONTAINER_BONUS = 40;
/** Siblings join the top candidate above this share of its score (Readability 0.2), never below 10. */
const SIBLING_SHARE = 0.2;
const SIBLING_FLOOR = 10;
/** A sibling paragraph joins when this long and link-poor. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_PARAGRAPH_MAX_LINK_DENSITY = 0.25;
/** Alternatives within this share of the top score that share an ancestor pull the pick upward. */
const ALTERNATIVE_SHARE = 0.75;
const ALTERNATIVES_NEEDED = 3;
const TOP_CANDIDATES = 5;
/** A region is long enough when it holds this many characters or this share of the page's scored text. */
const ENOUGH_CHARS = 500;
const ENOUGH_SHARE = 0.5;
/** A declared body container inside the region that holds this share of its prose becomes the region
 *  (trafilatura's body containers): the article header, bylines and inline boxes around it fall out. */
const NARROW_SHARE = 0.85;
/** Link density of a block above which it is treated as a link list, not prose, when scoring. */
const LINK_LIST_DENSITY = 0.5;

const COMMA = /[,\u060c\ufe50\ufe10\ufe11\u2e41\u2e34\u2e32\uff0c]/g;
const PARAGRAPH_LIKE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'li', 'dt', 'dd', 'figcaption', 'caption', 'th', 'address', 'summary', 'legend']);
const UNLIKELY_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'menu']);
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

export interface MainRegion {
  /** Elements whose subtrees form the region (the top candidate and merged siblings). */
  readonly roots: readonly ElemInfo[];
  readonly textChars: number;
}

interface Stage {
  readonly stripUnlikely: boolean;
  readonly weightClasses: boolean;
}
const STAGES: readonly Stage[] = [
  { stripUnlikely: true, weightClasses: true },
  { stripUnlikely: false, weightClasses: true },
  { stripUnlikely: false, weightClasses: false },
];

function linkDensity(e: ElemInfo): number {
  return e.textChars > 0 ? e.linkChars / e.textChars : 0;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div': case 'article': case 'main': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

const CONTAINER_FIRST_WORDS = new Set(BODY_CONTAINER_TOKENS.map((seq) => seq[0]));

function isBodyContainer(e: ElemInfo): boolean {
  if (e.el.attribs.itemprop !== undefined && itemprops(e.el).some((p) => BODY_ITEMPROPS.has(p))) return true;
  if (!e.tokens.some((t) => CONTAINER_FIRST_WORDS.has(t))) return false;
  return BODY_CONTAINER_TOKENS.some((seq) => hasSequence(e.tokens, seq));
}

function classWeight(e: ElemInfo): number {
  let w = 0;
  if (e.tokens.some((t) => NEGATIVE_TOKENS.has(t))) w -= CLASS_WEIGHT;
  if (e.tokens.some((t) => POSITIVE_TOKENS.has(t))) w += CLASS_WEIGHT;
  return w;
}

function isUnlikely(e: ElemInfo): boolean {
  if (e.tag === 'body' || e.tag === 'article' || e.tag === 'main') return false;
  if (UNLIKELY_TAGS.has(e.tag)) return true;
  const role = e.el.attribs.role;
  if (role && UNLIKELY_ROLES.has(role.toLowerCase())) return true;
  return e.tokens.some((t) => UNLIKELY_TOKENS.has(t)) && !e.tokens.some((t) => MAYBE_TOKENS.has(t));
}

/** List items and cells are teaser lists and layout far more often than prose (Readability skips them). */
const UNSCORED_OWNERS = new Set(['li', 'dt', 'dd', 'th']);

function paragraphScore(b: RawBlock): number {
  const len = b.text.length;
  if (len < MIN_SCORED_CHARS || UNSCORED_OWNERS.has(b.owner.tag)) return 0;
  const density = b.linkChars / len;
  if (density > LINK_LIST_DENSITY) return 0;
  const commas = b.text.match(COMMA)?.length ?? 0;
  return (1 + commas + Math.min(Math.floor(len / CHARS_PER_POINT), MAX_LENGTH_POINTS)) * (1 - density);
}


interface Scored {
  readonly score: Float64Array;
  readonly seen: Uint8Array;
}

function scoreElements(walk: WalkResult, stage: Stage, paragraphScores: Float64Array, unlikelyAbove: Uint8Array, containers: Uint8Array): Scored {
  const n = walk.elements.length;
  const score = new Float64Array(n);
  const seen = new Uint8Array(n);
  for (let i = 0; i < walk.blocks.length; i++) {
    const b = walk.blocks[i];
    const s = paragraphScores[i];
    if (s === 0) continue;
    if (stage.stripUnlikely && unlikelyAbove[b.owner.id]) continue;
    let e: ElemInfo | null = PARAGRAPH_LIKE.has(b.owner.tag) ? b.owner.parent : b.owner;
    for (let level = 0; e && level < MAX_ANCESTOR_LEVELS; level++, e = e.parent) {
      if (!seen[e.id]) {
        seen[e.id] = 1;
        score[e.id] = tagWeight(e.tag) + (stage.weightClasses ? classWeight(e) : 0) + (containers[e.id] ? BODY_CONTAINER_BONUS : 0);
      }
      score[e.id] += s / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (let i = 0; i < n; i++) if (seen[i]) score[i] *= 1 - linkDensity(walk.elements[i]);
  return { score, seen };
}

function isAncestorOf(a: ElemInfo, b: ElemInfo): boolean {
  for (let e: ElemInfo | null = b.parent; e; e = e.parent) if (e === a) return true;
  return false;
}

function pickTop(walk: WalkResult, scored: Scored): ElemInfo | null {
  const { score, seen } = scored;
  const ranked: ElemInfo[] = [];
  for (const e of walk.elements) if (seen[e.id]) ranked.push(e);
  if (ranked.length === 0) return null;
  ranked.sort((a, b) => score[b.id] - score[a.id] || a.id - b.id);
  let top = ranked[0];
  const topScore = score[top.id];

  // Several near-equal candidates under one ancestor mean the article is split across them.
  const alternatives = ranked.slice(1, TOP_CANDIDATES).filter((e) => score[e.id] >= topScore * ALTERNATIVE_SHARE);
  if (alternatives.length >= ALTERNATIVES_NEEDED) {
    for (let p = top.parent; p && p.parent; p = p.parent) {
      if (alternatives.filter((a) => isAncestorOf(p as ElemInfo, a)).length >= ALTERNATIVES_NEEDED) {
        top = p;
        break;
      }
    }
  }

  // Climb while a parent scores better (the paragraphs' container scored lower than its wrapper).
  let last = score[top.id];
  const threshold = last / 3;
  for (let p = top.parent; p && p.parent; p = p.parent) {
    if (!seen[p.id]) continue;
    if (score[p.id] < threshold) break;
    if (score[p.id] > last) {
      top = p;
      break;
    }
    last = score[p.id];
  }
  // A wrapper holding nothing but the candidate is the same region; its siblings are the ones to merge.
  while (top.parent && top.parent.parent && top.parent.textChars === top.textChars) top = top.parent;
  return top;
}

function mergeSiblings(scored: Scored, proseChars: Float64Array, top: ElemInfo, children: readonly (readonly ElemInfo[])[]): ElemInfo[] {
  const parent = top.parent;
  if (!parent) return [top];
  const topScore = scored.score[top.id];
  const threshold = Math.max(SIBLING_FLOOR, topScore * SIBLING_SHARE);
  const topClass = top.el.attribs.class ?? '';
  const roots: ElemInfo[] = [];
  for (const s of children[parent.id]) {
    if (s === top) {
      roots.push(s);
      continue;
    }
    const bonus = topClass !== '' && s.el.attribs.class === topClass ? topScore * SIBLING_SHARE : 0;
    if (scored.seen[s.id] && scored.score[s.id] + bonus >= threshold) {
      roots.push(s);
    } else if (bonus > 0 && proseChars[s.id] >= SIBLING_PARAGRAPH_CHARS && linkDensity(s) < SIBLING_PARAGRAPH_MAX_LINK_DENSITY) {
      // A twin of the top candidate (same class) whose paragraphs sit too deep to have scored: the
      // article continued after a figure or an ad break.
      roots.push(s);
    } else if (s.tag === 'p') {
      const density = linkDensity(s);
      if (s.textChars > SIBLING_PARAGRAPH_CHARS && density < SIBLING_PARAGRAPH_MAX_LINK_DENSITY) roots.push(s);
      else if (s.textChars > 0 && s.textChars <= SIBLING_PARAGRAPH_CHARS && density === 0 && s.endsSentence) roots.push(s);
    }
  }
  return roots;
}

/** The deepest declared body container inside the region holding nearly all of its prose, if any. */
function narrowToContainer(roots: ElemInfo[], walk: WalkResult, containers: Uint8Array, proseChars: Float64Array): ElemInfo[] {
  const regionProse = roots.reduce((sum, r) => sum + proseChars[r.id], 0);
  if (regionProse === 0) return roots;
  const rootIds = new Set(roots.map((r) => r.id));
  let best: ElemInfo | null = null;
  for (const e of walk.elements) {
    if (containers[e.id] !== 2 || proseChars[e.id] < regionProse * NARROW_SHARE) continue;
    let inside = false;
    for (let x: ElemInfo | null = e; x; x = x.parent) if (rootIds.has(x.id)) { inside = true; break; }
    if (inside && (!best || e.depth > best.depth)) best = e;
  }
  return best ? [best] : roots;
}

function childrenOf(walk: WalkResult): ElemInfo[][] {
  const children: ElemInfo[][] = walk.elements.map(() => []);
  for (const e of walk.elements) if (e.parent) children[e.parent.id].push(e);
  return children;
}

/** The main region, or null when the page has no scorable text. */
export function detectMainRegion(walk: WalkResult): MainRegion | null {
  const n = walk.elements.length;
  const unlikelyAbove = new Uint8Array(n);
  const containers = new Uint8Array(n);
  for (const e of walk.elements) {
    if (e.textChars === 0) continue; // holds no text: can be neither candidate nor ancestor of one
    unlikelyAbove[e.id] = (e.parent && unlikelyAbove[e.parent.id]) || isUnlikely(e) ? 1 : 0;
    // 2: declared by class/id/itemprop; 1: an <article>, a weaker promise (teaser cards are articles too).
    containers[e.id] = isBodyContainer(e) ? 2 : e.tag === 'article' ? 1 : 0;
  }
  const children = childrenOf(walk);
  const paragraphScores = new Float64Array(walk.blocks.length);
  let pageChars = 0; // text the scorer counts: paragraphs long enough and not link lists
  const proseChars = new Float64Array(n); // per element: characters of scored paragraphs inside
  walk.blocks.forEach((b, i) => {
    paragraphScores[i] = paragraphScore(b);
    if (paragraphScores[i] === 0) return;
    pageChars += b.text.length;
    for (let e: ElemInfo | null = b.owner; e; e = e.parent) proseChars[e.id] += b.text.length;
  });
  let best: MainRegion | null = null;
  for (const stage of STAGES) {
    const scored = scoreElements(walk, stage, paragraphScores, unlikelyAbove, containers);
    const top = pickTop(walk, scored);
    if (!top) continue;
    const roots = narrowToContainer(mergeSiblings(scored, proseChars, top, children), walk, containers, proseChars);
    const textChars = roots.reduce((sum, r) => sum + r.textChars, 0);
    const region = { roots, textChars };
    if (!best || textChars > best.textChars) best = region;
    if (textChars >= ENOUGH_CHARS || textChars >= pageChars * ENOUGH_SHARE) return region;
  }
  return best;
}
