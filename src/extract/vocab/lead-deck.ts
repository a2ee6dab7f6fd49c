/**
 * Words that tell a deck (standfirst) from the lines printed around it in a dump (src/extract/lead-deck.ts).
 * Matched on folded tokens (src/clean/match-key.ts), so letter variants and lost ZWNJs still match.
 */
import { matchKey } from '../../clean/match-key';

/** First word of a byline or credit line: "By X", "كتبت X", "حوار: X", "Текст: X". A deck never opens so. */
const BYLINE_OPENERS: readonly string[] = [
  // English
  'by', 'words', 'written', 'posted', 'reporting', 'photos', 'photo',
  // Arabic
  'كتب', 'كتبت', 'بقلم', 'حوار', 'إعداد', 'ترجمة', 'تحرير', 'تصوير', 'بواسطة',
  // Persian
  'نویسنده', 'مترجم', 'ترجمه', 'عکاس',
  // Russian
  'текст', 'автор', 'фото',
];

/**
 * Words of image captions and photo credits: "Photograph: X/Getty", "Photo illustration by", "(Image: ©
 * Shutterstock)", "(صورة أرشيفية)", "عکس از". A caption printed between headline and byline is not a deck.
 */
const CAPTION_CUES: readonly string[] = [
  // English
  'photo', 'photos', 'photograph', 'photographs', 'pictured', 'image', 'images', 'illustration', 'credit', 'getty',
  'shutterstock', 'courtesy', 'handout', 'caption',
  // Arabic
  'صورة', 'الصورة', 'أرشيفية', 'ارشيفية', 'تصوير',
  // Persian
  'عکس', 'تصویر',
  // Russian
  'фото',
];

const tokensOf = (words: readonly string[]): ReadonlySet<string> => new Set(words.flatMap((w) => matchKey(w).tokens));

export const BYLINE_OPENER_TOKENS = tokensOf(BYLINE_OPENERS);
export const CAPTION_CUE_TOKENS = tokensOf(CAPTION_CUES);
