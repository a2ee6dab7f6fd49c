/**
 * Attribution vocabulary as data (shared/docs/persian-text.md §6.3): the words that open an attribution
 * sentence, name a desk, or precede an outlet name. Patterns tolerate a missing or spaced ZWNJ.
 */

/** Z: an optional joint between morphemes (nothing, ZWNJ or space). */
const Z = '[\\u200c ]?';

/** Frame A opener: "به گزارش" (also fused "بهگزارش"). */
export const FA_REPORT_OPENER = `به${Z}\\s*گزارش`;

/** Words that introduce a desk or reporter before the outlet: "گروه بین‌الملل", "خبرنگار …". */
export const FA_DESK_WORDS: readonly string[] = ['گروه', 'سرویس', 'خبرنگار', 'تحریریه', 'دبیرخانه', 'میز'];

/** Generic nouns that precede an outlet's own name: "خبرگزاری X", "روزنامه X", "پایگاه خبری X". */
export const FA_OUTLET_NOUNS: readonly string[] = [
  'خبرگزاری', `پایگاه${Z}خبری(?:${Z}تحلیلی)?`, `پایگاه${Z}اطلاع${Z}رسانی`, 'روزنامه', `هفته${Z}نامه`, 'ماهنامه', 'نشریه',
  'شبکه', 'سایت', `گروه${Z}رسانه${Z}ای`, 'رادیو', 'تلویزیون', 'باشگاه خبرنگاران', 'خبرنامه',
];

/** Press-review lead verbs: "روزنامه جوان نوشت:" (the paper is the origin, so it is `via`). */
export const FA_REVIEW_VERBS: readonly string[] = ['نوشت', 'گزارش داد', `گزارش${Z}داده${Z}است`, 'نوشته است', 'به نقل از'];

/** "به نقل از" (quoting), which names `via`. */
export const FA_QUOTING = `به${Z}\\s*نقل${Z}\\s*از`;

/** Arabic agency frame words: "وكالة … للأنباء", "نقلا عن". */
export const AR_AGENCY_RE_SOURCE = '(وكالة\\s+(?:أنباء\\s+)?[^\\s،,.()]+(?:\\s+[^\\s،,.()]+)?(?:\\s+للأنباء)?)';
export const AR_QUOTING = '(?:نقلا عن|نقلاً عن|بحسب|وفقا لـ?|وفقاً لـ?|حسبما أفادت|حسب)';

/** English credit frames. */
export const EN_CONTRIBUTED_RE_SOURCE = '^(?:the\\s+)?(.{2,60}?)\\s+contributed\\s+to\\s+this\\s+(?:report|story|article)';
export const EN_ACCORDING_RE_SOURCE = 'according to (?:the )?([A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*){0,3})';
