/**
 * The deck (standfirst, subtitle) of a text dump: the layout headline → deck → byline/date → body that
 * news templates share across outlets and languages. In a dump the deck has no markup left, but its place
 * does: it is the first prose block under the headline (past only header furniture: date, share and print
 * buttons, labels, image placeholders) and the article's byline or date line follows it before the body
 * starts. A first body paragraph has no byline between it and the next paragraph, so it never qualifies.
 * Some templates print the deck as a lone bulleted line ("- …", "• …"); a bullet among other bullets is
 * a list (menus, key points), not a deck.
 */
import { hasStopwords } from '../clean/stopwords';
import { isChrome, type PageView } from './page-view';
import { LEAD_SHAPE, leadSized, nextReal, previousReal } from './lead-shape';
import { BYLINE_OPENER_TOKENS, CAPTION_CUE_TOKENS } from './vocab/lead-deck';

const DECK = {
  /** The deck sits within this many non-placeholder blocks of the headline (date, share bar, label between). */
  headerReach: 5,
  /** The byline/date follows the deck within this many non-placeholder blocks (a name line, "By" alone). */
  metaReach: 3,
  /** A deck is one paragraph; two prose blocks before the byline are captions or a teaser, not a deck. */
  maxParagraphs: 1,
  /** After the byline the body must start within this many non-placeholder blocks. */
  bodyReach: 6,
  /** A deck is a sentence or two: the AEB pages' marked standfirsts run 4–32 words, the dev golds' leads up to
   *  35; a longer block under the headline is a first paragraph or an author bio. */
  maxWords: 50,
  /** In cased scripts a sentence has lower-case words; a line of capitalised names is a byline. */
  minLowerCaseWords: 2,
  /** Prose has function words: one in twenty words at least (decks measured 0.10–0.40). */
  minStopwordDensity: 0.05,
  /** A byline is a short line: "By Laura Mowat", "by Roger Gonzalez". */
  maxBylineWords: 8,
} as const;

export interface DeckPick {
  readonly text: string;
  readonly indices: readonly number[];
}

export function deckBeforeByline(view: PageView, titleIndex: number): DeckPick | null {
  if (view.page.format !== 'text') return null;
  const titleKey = view.features[titleIndex]!.key.compact;
  const first = firstProseAfter(view, titleIndex, DECK.headerReach, titleKey);
  if (first < 0 || !deckShaped(view, first, titleKey)) return null;
  // the byline printed before it: the header is over and this is the body (or an author bio)
  for (let k = titleIndex + 1; k < first; k++) if (isByline(view, k)) return null;

  const parts = [first];
  let seen = 0;
  let metadata = -1;
  for (let k = first + 1; k < view.blocks.length && seen < DECK.metaReach; k++) {
    const f = view.features[k]!;
    if (isArticleMetadata(view, k)) { metadata = k; break; }
    // a widget (poll buttons, share bar, form, "related" heading) between them: not the article header
    if (f.marker !== null || f.toolLine || f.urlLine) return null;
    if (f.placeholder) continue;
    seen++;
    if (!isProse(view, k)) continue;
    if (parts.length >= DECK.maxParagraphs || !deckShaped(view, k, titleKey)) return null;
    parts.push(k);
    seen = 0;
  }
  // a photo credit closes an image caption, not a deck
  if (metadata < 0 || isPhotoCredit(view, metadata)) return null;
  const body = firstProseAfter(view, metadata, DECK.bodyReach, titleKey);
  if (body < 0 || view.blocks[body]!.label !== 'content') return null;
  return { text: parts.map((k) => view.blocks[k]!.text).join('\n\n'), indices: parts };
}

/** Text a reader reads as a sentence, not a label, button or wrapped embed URL: it has function words
 *  (in languages whose function words can be counted). */
function isProse(view: PageView, i: number): boolean {
  const f = view.features[i]!;
  if (isChrome(view, i) || f.words < LEAD_SHAPE.minWords) return false;
  return f.stopwordDensity >= DECK.minStopwordDensity || !hasStopwords(view.language);
}

/** First prose block within `reach` non-placeholder blocks after `from` (copies of the headline skipped), or -1. */
function firstProseAfter(view: PageView, from: number, reach: number, titleKey: string): number {
  let seen = 0;
  for (let k = from + 1; k < view.blocks.length && seen < reach; k++) {
    const f = view.features[k]!;
    if (f.placeholder || f.key.compact === titleKey) continue;
    seen++;
    if (isProse(view, k)) return k;
  }
  return -1;
}

/** Bylines ("By X", "كتبت X", "حوار: X") and date lines: what templates print between deck and body. */
function isArticleMetadata(view: PageView, i: number): boolean {
  return view.features[i]!.dateLine || isByline(view, i);
}

function isByline(view: PageView, i: number): boolean {
  const f = view.features[i]!;
  return f.marker?.kind === 'credit' || (f.words <= DECK.maxBylineWords && BYLINE_OPENER_TOKENS.has(f.key.tokens[0] ?? ''));
}

function isPhotoCredit(view: PageView, i: number): boolean {
  return view.blocks[i]!.text.includes('©') || view.features[i]!.key.tokens.some((t) => CAPTION_CUE_TOKENS.has(t));
}

function deckShaped(view: PageView, i: number, titleKey: string): boolean {
  const f = view.features[i]!;
  if (!leadSized(view, i) || f.words > DECK.maxWords) return false;
  const tokens = f.key.tokens;
  // a sentence, not a time stamp with a button label ("21:17 18.11.2019 Get short URL")
  if (tokens.filter((t) => !ALL_DIGITS_RE.test(t)).length < LEAD_SHAPE.minWords) return false;
  if (BYLINE_OPENER_TOKENS.has(tokens[0]!)) return false;
  // image captions: printed under an image placeholder, or naming the photo and its credit
  if (view.blocks[i - 1]?.hints.includes('placeholder')) return false;
  if (tokens.some((t) => CAPTION_CUE_TOKENS.has(t)) || endsWithCredit(view.blocks[i]!.text)) return false;
  if (!readsAsSentence(view.blocks[i]!.text)) return false;
  // an image caption that opens with the headline ("<headline> <caption>") is not a deck
  if (titleKey && f.key.compact.includes(titleKey)) return false;
  return !f.isList || loneBullet(view, i);
}

const ALL_DIGITS_RE = /^\p{N}+$/u;

/** "… in Madrid, Tuesday. (Manu Fernandez/AP)": a caption's closing "(photographer/agency)". */
function endsWithCredit(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return false;
  const open = trimmed.lastIndexOf('(');
  return open >= 0 && trimmed.slice(open).includes('/');
}

/** Cased scripts only: enough words starting in lower case ("Kevin Johnson and Kevin McCoy USA TODAY" fails). */
function readsAsSentence(text: string): boolean {
  let cased = 0;
  let lower = 0;
  for (const word of text.split(' ')) {
    const c = word.charAt(0);
    if (c.toLowerCase() === c.toUpperCase()) continue;
    cased++;
    if (c === c.toLowerCase()) lower++;
  }
  return cased === 0 || lower >= DECK.minLowerCaseWords;
}

/** A bulleted line whose neighbours are not list items. */
function loneBullet(view: PageView, i: number): boolean {
  const before = previousReal(view, i);
  const after = nextReal(view, i);
  return (before < 0 || !view.features[before]!.isList) && (after >= view.blocks.length || !view.features[after]!.isList);
}
