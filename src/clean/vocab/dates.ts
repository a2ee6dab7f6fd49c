/**
 * Calendar words as data: month and weekday names (Jalali, Gregorian in Persian, Arabic Gregorian and
 * Levantine/Syriac names, English) and time words. Used to recognise date lines (metadata, never
 * article text) and to read a publication date.
 */

/** Month name → month number, per calendar. */
export const JALALI_MONTHS: Readonly<Record<string, number>> = {
  'فروردین': 1, 'اردیبهشت': 2, 'خرداد': 3, 'تیر': 4, 'مرداد': 5, 'امرداد': 5, 'شهریور': 6,
  'مهر': 7, 'آبان': 8, 'آذر': 9, 'دی': 10, 'بهمن': 11, 'اسفند': 12,
};

export const GREGORIAN_MONTHS: Readonly<Record<string, number>> = {
  // English
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
  // Arabic (Egyptian/Gulf) and Levantine names
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'ابريل': 4, 'إبريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6, 'يوليو': 7,
  'يوليه': 7, 'أغسطس': 8, 'اغسطس': 8, 'سبتمبر': 9, 'أكتوبر': 10, 'اكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
  'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'نيسان': 4, 'أيار': 5, 'حزيران': 6, 'تموز': 7, 'آب': 8, 'أيلول': 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
  // Maghreb (Tunisia, Algeria)
  'جانفي': 1, 'فيفري': 2, 'أفريل': 4, 'ماي': 5, 'جوان': 6, 'جويلية': 7, 'أوت': 8,
  // Persian spellings of Gregorian months
  'ژانویه': 1, 'فوریه': 2, 'مارچ': 3, 'آوریل': 4, 'مه': 5, 'ژوئن': 6, 'ژوئیه': 7, 'اوت': 8, 'سپتامبر': 9, 'اکتبر': 10,
  'نوامبر': 11, 'دسامبر': 12,
};

/** Hijri month names: they mark date lines but are not converted. */
export const HIJRI_MONTHS: readonly string[] = [
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'ربيع الثاني', 'جمادى الأولى', 'جمادى الآخرة', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة',
];

export const WEEKDAYS: readonly string[] = [
  'شنبه', 'یکشنبه', 'يکشنبه', 'دوشنبه', 'سه شنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه',
  'السبت', 'الأحد', 'الاحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
];

/** Words that sit around dates and times: "ساعت", "GMT", "ص"/"م" (AM/PM), "as of", "updated". */
export const TIME_WORDS: readonly string[] = [
  'ساعت', 'ماه', 'تاریخ', 'انتشار', 'امروز', 'بروزرسانی', 'ب', 'ظ', 'ق', 'ص', 'م', 'هـ', 'ه', 'الساعة', 'آخر', 'تحديث', 'محدثة',
  'gmt', 'utc', 'et', 'est', 'edt', 'pt', 'pst', 'bst', 'am', 'pm', 'a', 'p', 'as', 'of', 'at', 'on', 'updated', 'published',
  'first', 'last', 'modified', 'posted', 'date', 'time', 'today',
];
