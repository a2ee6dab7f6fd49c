/**
 * The headline. HTML: the block the parser marked `h1`, else og/JSON-LD title, else <title> without its
 * site-name suffix. Text dumps: a heading-like line shortly before the article text — short, not a
 * sentence, sharing words with the article, and preferably one the page repeats (dumps print the
 * headline twice: og title + h1, or h1 + a "latest news" list).
 */
import { matchKey } from '../clean/match-key';
import { outletNamed } from './outlet-index';
import type { PageView } from './page-view';
import { isChrome } from './page-view';
import { CREDIT_WORDS } from './vocab/captions';

const TITLE = {
  /** Headlines are 2–40 words and under 250 characters. */
  minWords: 2,
  maxWords: 40,
  maxChars: 250,
  /** Content words of a headline counted towards its weight, beyond which longer is not better. */
  fullWords: 8,
  /** Bonus when the page repeats the line (or starts another block with it). */
  repeatBonus: 0.35,
  /** Bonus for heading the article's metadata: a date line or byline follows within `metaReach` blocks. */
  metaBonus: 0.25,
  metaReach: 2,
  /** Bonus for a line the dumper marked as a heading (html2text "*** X ***", Markdown "# X"). */
  headingMarkBonus: 0.2,
  /** Penalty for a caption: right under an image placeholder, or closing on a photo credit "(AP Photo/X)". */
  captionPenalty: 0.4,
  /** Penalty for ending like a sentence: captions and teasers end with a period, headlines do not. */
  sentencePenalty: 0.5,
  /** Penalty for a list-bullet line (menus and headline lists), headlines are plain lines. */
  listPenalty: 0.25,
  /** Headlines rarely run past this many words; standfirsts and captions do. */
  longWords: 18,
  /** Penalty per word beyond `longWords`. */
  longWordPenalty: 0.03,
  /** Penalty per block of distance from the article start; it also bounds the search (no fixed window):
   *  past ~1/distancePenalty blocks no line can score enough. */
  distancePenalty: 0.015,
  /** Penalty for the article's first content block when it is long: that is the first paragraph, and
   *  taking it as the headline would also drop it from the body. */
  firstParagraphPenalty: 0.3,
  firstParagraphWords: 12,
  /** Penalty for two sentences in one line. */
  innerSentencePenalty: 0.3,
  /** Bonus for Title Case in cased scripts ("Republicans Are Following Trump to Nowhere"): prose is not. */
  titleCaseBonus: 0.2,
  /** Share of the long words that must be capitalised, and how many long words a line needs to judge. */
  titleCaseShare: 0.8,
  titleCaseMinWords: 3,
  /** Penalty for a kicker: ends with a colon and announces the headline. */
  kickerPenalty: 0.5,
  minScore: 0.2,
} as const;

/** Separators between a page title and its site name. */
const SITE_SUFFIX_RE = /\s+[|\-–—»:]\s+[^|\-–—»:]{1,60}$/u;
/** A closing period after a word ("…treaty.", "…get it."), not after an initial ("U.S."). */
const SENTENCE_END_RE = /(?:(?:\p{L}{2,}|\p{N})[.。]|…|\.\.\.)["'”’»)]*$/u;
/** A sentence break inside the line ("…a big win. He didn’t…"): standfirsts and captions, not headlines. */
const INNER_SENTENCE_RE = /\p{L}{2,}[.!?؟。]["'”’»)]*\s+\S/u;
/** Cheap pre-tests: the two patterns above scan every position of the line with \p{L}{2,}, and most
 *  candidate lines hold none of the stops they need. */
const SENTENCE_STOP_RE = /[.!?؟。]/;
const CLOSING_QUOTES = '"\'”’»)';

/** SENTENCE_END_RE, run only on lines whose last character before closing quotes is a full stop. */
function endsWithFullStop(text: string): boolean {
  let end = text.length - 1;
  while (end >= 0 && CLOSING_QUOTES.includes(text[end]!)) end--;
  const last = text[end];
  return (last === '.' || last === '。' || last === '…') && SENTENCE_END_RE.test(text);
}
/** A word of a Title Case headline: capitalised, four letters or more (short function words may stay low). */
const TITLE_CASE_WORD_RE = /^\p{Lu}/u;

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

/** One scored headline candidate of a text dump, with the parts of its score (for tests and --explain). */
export interface TitleCandidate {
  readonly index: number;
  readonly score: number;
  readonly parts: Readonly<Record<string, number>>;
}

/** A trailing parenthetical photo credit: "(AP Photo/Evan Vucci)", "(Jermaine Horton/CNN)", "(رويترز)". */
const CREDIT_TAIL_RE = /\(([^()]{2,60})\)\s*$/u;

function isCaption(view: PageView, i: number): boolean {
  const prev = view.features[i - 1];
  if (prev?.placeholder && view.blocks[i - 1]!.hints.includes('placeholder')) return true;
  const tail = CREDIT_TAIL_RE.exec(view.blocks[i]!.text);
  if (!tail) return false;
  const inner = tail[1]!;
  const words = inner.trim().split(/\s+/u).length;
  return words <= 5 && (inner.includes('/') || creditWord(inner) || outletNamed(inner) !== null);
}

function creditWord(text: string): boolean {
  return matchKey(text).tokens.some((t) => CREDIT_WORDS.has(t));
}

/** A date line or byline within reach after block i (image placeholders skipped). */
function headsMetadata(view: PageView, i: number): boolean {
  let seen = 0;
  for (let k = i + 1; k < view.blocks.length && seen < TITLE.metaReach; k++) {
    const f = view.features[k]!;
    if (f.placeholder) continue;
    seen++;
    if (f.dateLine || f.marker?.kind === 'credit') return true;
  }
  return false;
}

function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length < TITLE.titleCaseMinWords || !/^\p{Script=Latin}/u.test(long[0]!)) return false;
  return long.filter((w) => TITLE_CASE_WORD_RE.test(w)).length / long.length >= TITLE.titleCaseShare;
}

export function titleCandidates(view: PageView): TitleCandidate[] {
  const start = view.articleStart >= 0 ? view.articleStart : view.blocks.length;
  let sortedCompacts: string[] | null = null; // built on the first candidate that needs it
  const out: TitleCandidate[] = [];
  for (let i = 0; i <= Math.min(view.blocks.length - 1, start); i++) {
    const b = view.blocks[i]!;
    const f = view.features[i]!;
    if (isChrome(view, i)) continue;
    if (f.words < TITLE.minWords || f.words > TITLE.maxWords || f.chars > TITLE.maxChars) continue;
    // all words count: stopword lists (1,300 English words) would leave a headline almost empty
    const content = f.key.tokens.filter((t) => t.length > 1 && !/^\d+$/.test(t));
    if (content.length === 0) continue;
    const overlap = content.filter((t) => view.articleTokens.has(t)).length / content.length;
    const weight = Math.min(content.length, TITLE.fullWords) / TITLE.fullWords;
    // the default sort compares strings by UTF-16 code units, as hasLongerWithPrefix's `<` does
    sortedCompacts ??= view.features.map((x) => x.key.compact).sort();
    const repeated = f.occurrences > 1 || hasLongerWithPrefix(sortedCompacts, f.key.compact);
    const parts: Record<string, number> = {
      overlap: overlap * weight,
      repeated: repeated ? TITLE.repeatBonus : 0,
      meta: headsMetadata(view, i) ? TITLE.metaBonus : 0,
      distance: -Math.abs(start - i) * TITLE.distancePenalty,
      sentence: endsWithFullStop(b.text) ? -TITLE.sentencePenalty : 0,
      innerSentence: SENTENCE_STOP_RE.test(b.text) && INNER_SENTENCE_RE.test(b.text) ? -TITLE.innerSentencePenalty : 0,
      titleCase: isTitleCase(b.text) ? TITLE.titleCaseBonus : 0,
      headingMark: b.hints.includes('heading-mark') ? TITLE.headingMarkBonus : 0,
      kicker: /[:：]$/u.test(b.text) ? -TITLE.kickerPenalty : 0,
      list: f.isList ? -TITLE.listPenalty : 0,
      caption: isCaption(view, i) ? -TITLE.captionPenalty : 0,
      long: -Math.max(0, f.words - TITLE.longWords) * TITLE.longWordPenalty,
      firstParagraph: i === start && view.blocks[i]!.label === 'content' && f.words >= TITLE.firstParagraphWords ? -TITLE.firstParagraphPenalty : 0,
    };
    out.push({ index: i, score: Object.values(parts).reduce((a, v) => a + v, 0), parts });
  }
  return out;
}

/**
 * True when a string of `sorted` (code-unit order) is longer than `prefix` and starts with it: the page
 * repeats the line with more after it (a headline reused as a teaser). In sorted order the strings that
 * start with `prefix` follow it directly, so one binary search replaces a scan of every block per candidate.
 */
export function hasLongerWithPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1; else hi = mid;
  }
  while (lo < sorted.length && sorted[lo] === prefix) lo++;
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

function pickTextTitle(view: PageView): TitlePick {
  let best: TitleCandidate | null = null;
  for (const c of titleCandidates(view)) if (!best || c.score > best.score) best = c;
  if (!best || best.score < TITLE.minScore) return { text: null, index: null };
  return { text: view.blocks[best.index]!.text, index: best.index };
}
