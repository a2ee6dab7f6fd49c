/**
 * The headline. HTML: the block the parser marked `h1`, else og/JSON-LD title, else <title> without its
 * site-name suffix. Text dumps: a heading-like line shortly before the article text — short, not a
 * sentence, sharing words with the article, and preferably one the page repeats (dumps print the
 * headline twice: og title + h1, or h1 + a "latest news" list).
 */
import type { PageView } from './page-view';
import { isChrome } from './page-view';

const TITLE = {
  /** How many blocks before the first content block the headline may sit (dates, bylines, share bars between). */
  window: 24,
  /** Headlines are 2–40 words and under 250 characters. */
  minWords: 2,
  maxWords: 40,
  maxChars: 250,
  /** Content words of a headline counted towards its weight, beyond which longer is not better. */
  fullWords: 8,
  /** Bonus when the page repeats the line (or starts another block with it). */
  repeatBonus: 0.35,
  /** Penalty for ending like a sentence: captions and teasers end with a period, headlines do not. */
  sentencePenalty: 0.5,
  /** Penalty for a list-bullet line (menus and headline lists), headlines are plain lines. */
  listPenalty: 0.25,
  /** Headlines rarely run past this many words; standfirsts and captions do. */
  longWords: 18,
  /** Penalty per word beyond `longWords`. */
  longWordPenalty: 0.03,
  /** Penalty per block of distance from the article start. */
  distancePenalty: 0.015,
  /** Penalty for a kicker: ends with a colon and announces the headline. */
  kickerPenalty: 0.5,
  minScore: 0.2,
} as const;

/** Separators between a page title and its site name. */
const SITE_SUFFIX_RE = /\s+[|\-–—»:]\s+[^|\-–—»:]{1,60}$/u;
/** A closing period after a real word ("…treaty."), not after an initial ("U.S.", "Jr."). */
const SENTENCE_END_RE = /[\p{L}\p{N}]{3,}[.]["'”’»)]*$/u;

export interface TitlePick {
  readonly text: string | null;
  /** Block index of the headline when it came from a block. */
  readonly index: number | null;
}

export function pickTitle(view: PageView): TitlePick {
  const h1 = view.blocks.findIndex((b) => b.hints.includes('h1'));
  if (h1 >= 0) return { text: view.blocks[h1]!.text, index: h1 };
  const meta = view.page.meta;
  if (meta.metaTitle) return { text: meta.metaTitle, index: findBlock(view, meta.metaTitle) };
  if (meta.htmlTitle) {
    const t = stripSiteSuffix(meta.htmlTitle, meta.siteName);
    return { text: t, index: findBlock(view, t) };
  }
  return pickTextTitle(view);
}

export function stripSiteSuffix(title: string, siteName: string | null): string {
  const t = title.trim();
  if (siteName) {
    for (const sep of ['|', '-', '–', '—', '»', ':']) {
      const suffix = ` ${sep} ${siteName}`;
      if (t.endsWith(suffix)) return t.slice(0, -suffix.length).trim();
      const prefix = `${siteName} ${sep} `;
      if (t.startsWith(prefix)) return t.slice(prefix.length).trim();
    }
  }
  const m = SITE_SUFFIX_RE.exec(t);
  return m && m.index > t.length / 3 ? t.slice(0, m.index).trim() : t;
}

function findBlock(view: PageView, text: string): number | null {
  const i = view.blocks.findIndex((b) => b.text === text);
  return i >= 0 ? i : null;
}

function pickTextTitle(view: PageView): TitlePick {
  const start = view.articleStart >= 0 ? view.articleStart : view.blocks.length;
  const compacts = view.features.map((f) => f.key.compact);
  let best: { index: number; score: number } | null = null;
  const from = Math.max(0, start - TITLE.window);
  const to = Math.min(view.blocks.length - 1, start);
  for (let i = from; i <= to; i++) {
    const b = view.blocks[i]!;
    const f = view.features[i]!;
    if (isChrome(view, i)) continue;
    if (f.words < TITLE.minWords || f.words > TITLE.maxWords || f.chars > TITLE.maxChars) continue;
    // all words count: stopword lists (1,300 English words) would leave a headline almost empty
    const content = f.key.tokens.filter((t) => t.length > 1 && !/^\d+$/.test(t));
    if (content.length === 0) continue;
    const overlap = content.filter((t) => view.articleTokens.has(t)).length / content.length;
    const weight = Math.min(content.length, TITLE.fullWords) / TITLE.fullWords;
    const repeated = f.occurrences > 1 || compacts.some((c, j) => j !== i && c.length > f.key.compact.length && c.startsWith(f.key.compact));
    let score = overlap * weight + (repeated ? TITLE.repeatBonus : 0) - Math.abs(start - i) * TITLE.distancePenalty;
    if (SENTENCE_END_RE.test(b.text)) score -= TITLE.sentencePenalty;
    if (/[:：]$/u.test(b.text)) score -= TITLE.kickerPenalty;
    if (f.isList) score -= TITLE.listPenalty;
    score -= Math.max(0, f.words - TITLE.longWords) * TITLE.longWordPenalty;
    if (!best || score > best.score) best = { index: i, score };
  }
  if (!best || best.score < TITLE.minScore) return { text: null, index: null };
  return { text: view.blocks[best.index]!.text, index: best.index };
}
