/** Frequent function words per language: evidence for language detection (data only). */

/** Persian words that are not Arabic words (or are far more frequent in Persian). */
export const PERSIAN_FUNCTION_WORDS: readonly string[] = [
  'است', 'این', 'آن', 'که', 'را', 'با', 'برای', 'از', 'به', 'تا', 'هم', 'یا', 'اما', 'اگر', 'چه', 'نیز', 'شد', 'شده',
  'کرد', 'کرده', 'کند', 'می', 'نمی', 'بود', 'باید', 'خود', 'ما', 'شما', 'آنها', 'ایشان', 'گفت', 'دارد', 'بر', 'بین',
  'پس', 'هر', 'همه', 'چون', 'وی', 'ها', 'های', 'یک', 'دو', 'سه', 'ای', 'گزارش', 'کشور', 'خبرگزاری', 'ایران',
];

/** Arabic words that are not Persian words (or far more frequent in Arabic). */
export const ARABIC_FUNCTION_WORDS: readonly string[] = [
  'في', 'فى', 'على', 'إلى', 'الى', 'عن', 'أن', 'إن', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك', 'تلك', 'كان', 'كانت',
  'قد', 'لم', 'لن', 'ما', 'هو', 'هي', 'مع', 'بعد', 'قبل', 'حتى', 'أو', 'ثم', 'بين', 'وقال', 'قال', 'وكان', 'أنه', 'إنه',
  'كما', 'وفي', 'ولا', 'لا', 'أي', 'عند', 'منذ', 'خلال', 'حيث', 'يكون', 'وزير', 'الرئيس',
];

/** Latin-script languages: a handful of their most frequent words (lower case). */
export const LATIN_FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'are', 'by', 'this', 'be', 'from', 'has', 'have', 'said', 'at', 'an', 'which', 'were', 'not'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'dans', 'pour', 'pas', 'sur', 'qui', 'avec', 'au', 'sont', 'ont', 'mais', 'aux', 'cette', 'été'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'mit', 'sich', 'auf', 'für', 'von', 'dem', 'des', 'auch', 'wird', 'wurde', 'sind', 'bei'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'es', 'por', 'con', 'para', 'una', 'se', 'su', 'como', 'más', 'pero', 'fue', 'al', 'sus', 'este', 'está', 'entre'],
  it: ['il', 'che', 'di', 'della', 'per', 'non', 'sono', 'gli', 'una', 'con', 'del', 'nel', 'alla', 'anche', 'è', 'delle', 'più', 'dei', 'stato', 'questo'],
  pt: ['o', 'os', 'que', 'do', 'da', 'em', 'não', 'uma', 'para', 'com', 'por', 'mais', 'dos', 'das', 'foi', 'como', 'mas', 'ao', 'são', 'pelo', 'também'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'op', 'dat', 'zijn', 'voor', 'met', 'ook', 'aan', 'werd', 'worden', 'wordt', 'bij', 'naar'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'da', 'de', 'olarak', 'daha', 'çok', 'olan', 'gibi', 'ancak', 'kadar', 'sonra', 'değil', 'ise'],
};
