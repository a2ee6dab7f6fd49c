/**
 * Shape of the marker vocabularies: lines that news pages print around the article (end-of-story
 * markers, channel promos, "related"/"most viewed" headings, share and print buttons, comment forms,
 * footers). Each language keeps its list as data in its own file; src/clean/markers.ts compiles them.
 * Phrases are written naturally; they are matched after foldForMatching with spaces and punctuation
 * removed, so missing ZWNJs, fused words, Arabic/Persian letter variants and digit scripts all match.
 */

/** What a marker line means for the article. */
export type MarkerKind =
  /** End of the story ("انتهای پیام/"): the article stops here. */
  | 'end'
  /** Call to join a channel or follow the outlet. */
  | 'promo'
  /** Heading of a block that is not the article: related/most viewed/latest lists, tags, comments. */
  | 'section'
  /** Share, print, save, font-size and similar tool buttons. */
  | 'share'
  /** Comment headings, form labels and moderation notices: after the story they end the article. */
  | 'comments'
  /** Privacy/terms/cookie and subscription notices: chrome, anywhere on the page. */
  | 'legal'
  /** Copyright line ("© 2019 X. All rights reserved."): after the article it starts the page footer. */
  | 'copyright'
  /** Bylines, photo and reporting credits, story ids, category labels. */
  | 'credit';

export interface MarkerEntry {
  readonly kind: MarkerKind;
  /**
   * `line`: the whole block is the phrase; `prefix`: the block starts with it; `contains`: it occurs
   * anywhere. Prefix and contains only fire on blocks of at most `maxWords` words, so a marker phrase
   * inside a long body paragraph never removes the paragraph.
   */
  readonly match: 'line' | 'prefix' | 'contains';
  readonly phrases: readonly string[];
  readonly maxWords?: number;
}

/** Regular-expression markers for shapes phrases cannot express (codes, "by NAME"), on folded text. */
export interface MarkerPattern {
  readonly kind: MarkerKind;
  /** Source of a case-insensitive regex; Arabic-script letters in it are folded like the text. */
  readonly pattern: string;
  readonly maxWords: number;
}

export interface MarkerVocabulary {
  readonly language: string;
  readonly entries: readonly MarkerEntry[];
  readonly patterns: readonly MarkerPattern[];
  /** Words that, alone on a short line, are share/social buttons ("Facebook Twitter Email"). */
  readonly toolWords: readonly string[];
}
