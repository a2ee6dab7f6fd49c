/**
 * The outlet's own lead (standfirst, summary, subtitle), or null. Gold convention: a first body paragraph
 * that merely reads like a news lead is NOT a lead. Evidence used, in order:
 *   1. HTML: a block the parser hinted `lead`, before the body.
 *   2. A paragraph printed right after each copy of the headline (og + h1 dumps print the pair twice).
 *   3. Persian pages: the paragraph(s) between the headline and the attribution sentence "به گزارش …"
 *      that opens the body.
 *   4. A press-review lead "روزنامه X نوشت: …" right after the headline.
 *   5. Text dumps: a deck printed between the headline and the byline/date line (lead-deck.ts).
 */
import { isChrome, type PageView } from './page-view';
import { opensWithAttribution, opensPressReview } from './attribution';
import { deckBeforeByline } from './lead-deck';
import { leadLike, nextReal } from './lead-shape';

const LEAD = {
  /** The attribution sentence opens the body within this many blocks after the headline. */
  attributionWindow: 8,
} as const;

export interface LeadPick {
  readonly text: string | null;
  readonly indices: readonly number[];
}

const NONE: LeadPick = { text: null, indices: [] };

export function pickLead(view: PageView, titleIndex: number | null): LeadPick {
  const hinted = view.blocks.findIndex((b) => b.hints.includes('lead'));
  if (hinted >= 0) return { text: view.blocks[hinted]!.text, indices: [hinted] };
  if (titleIndex === null) return NONE;
  return repeatedAfterTitle(view, titleIndex) ?? beforeAttribution(view, titleIndex) ?? pressReview(view, titleIndex)
    ?? deckBeforeByline(view, titleIndex) ?? NONE;
}

function repeatedAfterTitle(view: PageView, titleIndex: number): LeadPick | null {
  const titleKey = view.features[titleIndex]!.key.compact;
  const followers = view.features.flatMap((f, i) => (f.key.compact === titleKey ? [nextReal(view, i)] : []))
    .filter((k) => k < view.blocks.length);
  if (followers.length < 2) return null;
  const key = view.features[followers[0]!]!.key.compact;
  if (!followers.every((k) => view.features[k]!.key.compact === key)) return null;
  const first = followers[0]!;
  if (!leadLike(view, first) || key === titleKey) return null;
  return { text: view.blocks[first]!.text, indices: followers };
}

function beforeAttribution(view: PageView, titleIndex: number): LeadPick | null {
  const titleKey = view.features[titleIndex]!.key.compact;
  const between: number[] = [];
  for (let i = titleIndex + 1; i < view.blocks.length && i <= titleIndex + LEAD.attributionWindow; i++) {
    const f = view.features[i]!;
    if (f.key.compact === titleKey || isChrome(view, i)) continue;
    if (opensWithAttribution(view.blocks[i]!.text)) {
      if (between.length === 0) return null;
      // A paragraph in the same container as the attribution sentence is the body's first paragraph.
      if (between[between.length - 1] === i - 1 && sameContainer(view, i - 1, i)) return null;
      const text = between.map((k) => view.blocks[k]!.text).join('\n\n');
      return { text, indices: between };
    }
    if (!leadLike(view, i)) continue;
    between.push(i);
    if (between.length > 2) return null;
  }
  return null;
}

/**
 * Two adjacent blocks from one element: HTML blocks with the same tag path (<br>-split parts of one div);
 * text blocks on consecutive lines in a dump that elsewhere separates elements with blank lines
 * (an innerText dump has no blank lines at all, so there it proves nothing).
 */
function sameContainer(view: PageView, a: number, b: number): boolean {
  const first = view.blocks[a]!;
  const second = view.blocks[b]!;
  if (view.page.format === 'html') return first.path !== '' && first.path === second.path;
  const usesBlankLines = view.blocks.some((x) => x.index > 0 && x.hints.includes('gap-before'));
  return usesBlankLines && !second.hints.includes('gap-before');
}

function pressReview(view: PageView, titleIndex: number): LeadPick | null {
  const titleKey = view.features[titleIndex]!.key.compact;
  for (let i = titleIndex + 1; i < view.blocks.length && i <= titleIndex + 3; i++) {
    if (view.features[i]!.key.compact === titleKey || isChrome(view, i)) continue;
    if (leadLike(view, i) && opensPressReview(view.blocks[i]!.text)) return { text: view.blocks[i]!.text, indices: [i] };
    return null;
  }
  return null;
}
