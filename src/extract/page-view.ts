/**
 * What every field extractor looks at: the labelled blocks with their features, the article's first
 * content block, and match keys. Built once per page by fields.ts.
 */
import type { LabelledBlock, ParsedPage } from '../types';
import { blockFeatures, type BlockFeatures } from '../clean/features';

export interface PageView {
  readonly blocks: readonly LabelledBlock[];
  readonly features: readonly BlockFeatures[];
  readonly page: ParsedPage;
  readonly language: string | null;
  /** Index of the first content block, or -1 when nothing was kept. */
  readonly articleStart: number;
  /** Tokens of the kept article text (for overlap scores). */
  readonly articleTokens: ReadonlySet<string>;
}

export function buildView(blocks: readonly LabelledBlock[], page: ParsedPage, language: string | null): PageView {
  // The labelled blocks are the page's blocks one for one, so the classifier's features are reused.
  const features = blockFeatures(blocks.length === page.blocks.length ? page.blocks : blocks, language);
  const articleStart = blocks.findIndex((b) => b.label === 'content');
  const articleTokens = new Set<string>();
  blocks.forEach((b, i) => { if (b.label === 'content') for (const t of features[i]!.key.tokens) articleTokens.add(t); });
  return { blocks, features, page, language, articleStart, articleTokens };
}

/** A block that only carries metadata or chrome: never a title, lead or body paragraph. */
export function isChrome(view: PageView, i: number): boolean {
  const f = view.features[i]!;
  return f.placeholder || f.marker !== null || f.toolLine || f.dateLine || f.urlLine;
}
