/**
 * Words of photo credits that close image captions: "(AP Photo/Evan Vucci)", "(Getty Images)",
 * "(عکس: ایرنا)", "(صورة أرشيفية)". A headline does not end in one; a caption printed near it does.
 * Matched on folded tokens (src/clean/match-key.ts).
 */
import { matchKey } from '../../clean/match-key';

const WORDS: readonly string[] = [
  // English
  'photo', 'photos', 'image', 'images', 'file', 'getty', 'reuters', 'ap', 'afp', 'epa', 'courtesy', 'credit', 'handout', 'shutterstock',
  // Persian
  'عکس', 'تصویر', 'عکاس', 'آرشیو', 'ایرنا', 'ایسنا', 'تسنیم', 'فارس', 'مهر',
  // Arabic
  'صورة', 'أرشيفية', 'ارشيفية', 'أرشيف', 'رويترز', 'أ ف ب', 'فرانس برس', 'الأناضول', 'إرنا', 'مواقع التواصل',
];

export const CREDIT_WORDS: ReadonlySet<string> = new Set(WORDS.flatMap((w) => matchKey(w).tokens));
