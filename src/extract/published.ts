/**
 * Publication date as ISO `YYYY-MM-DD`: from page meta, else from the first date line near the headline.
 * Gregorian dates in English/Arabic month names or numbers are read as written; Jalali (Solar Hijri)
 * dates are converted with the 33-year-cycle arithmetic; Hijri lunar dates are left alone.
 */
import { matchKey } from '../clean/match-key';
import { GREGORIAN_MONTHS, JALALI_MONTHS } from '../clean/vocab/dates';
import { isChrome, type PageView } from './page-view';

const DATE = {
  /** Blocks around the headline searched for a date line. */
  window: 12,
} as const;

const monthIndex = (table: Readonly<Record<string, number>>): Map<string, number> =>
  new Map(Object.entries(table).map(([k, v]) => [matchKey(k).compact, v]));
const JALALI = monthIndex(JALALI_MONTHS);
const GREGORIAN = monthIndex(GREGORIAN_MONTHS);

export function pickPublished(view: PageView, titleIndex: number | null): string | null {
  if (view.page.meta.published) return view.page.meta.published;
  const anchor = titleIndex ?? (view.articleStart >= 0 ? view.articleStart : 0);
  const order: number[] = [];
  for (let d = 0; d <= DATE.window; d++) { order.push(anchor + d); if (d) order.push(anchor - d); }
  for (const i of order) {
    if (i < 0 || i >= view.blocks.length) continue;
    if (!view.features[i]!.dateLine && !(isChrome(view, i) && view.features[i]!.words <= 12)) continue;
    const iso = parseDate(view.features[i]!.key.tokens);
    if (iso) return iso;
  }
  return null;
}

/** Reads a date from folded tokens: "14 august 2010", "august 14 2010", "1 12 2020", "1399 02 21". */
export function parseDate(tokens: readonly string[]): string | null {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const jm = JALALI.get(t);
    const gm = GREGORIAN.get(t);
    const before = Number(tokens[k - 1]);
    const after = Number(tokens[k + 1]);
    const after2 = Number(tokens[k + 2]);
    if (jm && isDay(before) && isYear(after, 1300, 1500)) return iso(...jalaliToGregorian(after, jm, before));
    if (gm && isDay(before) && isYear(after, 1900, 2100)) return iso(after, gm, before);
    if (gm && isDay(after) && isYear(after2, 1900, 2100)) return iso(after2, gm, after);
  }
  const nums = tokens.map(Number);
  for (let k = 0; k + 2 < nums.length; k++) {
    const [a, b, c] = [nums[k]!, nums[k + 1]!, nums[k + 2]!];
    if (isYear(a, 1300, 1500) && isMonth(b) && isDay(c)) return iso(...jalaliToGregorian(a, b, c));
    if (isYear(a, 1900, 2100) && isMonth(b) && isDay(c)) return iso(a, b, c);
    if (isDay(a) && isMonth(b) && isYear(c, 1900, 2100)) return iso(c, b, a);
  }
  return null;
}

const isDay = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 31;
const isMonth = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 12;
const isYear = (n: number, lo: number, hi: number): boolean => Number.isInteger(n) && n >= lo && n <= hi;

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Jalali → Gregorian by day count: days since a fixed epoch from the 33-year leap cycle of the
 * arithmetic Solar Hijri calendar, then back to a Gregorian year/month/day. Exact for 1300–1500 AP.
 */
export function jalaliToGregorian(jy: number, jm: number, jd: number): [number, number, number] {
  const y = jy + 1595;
  let days = -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd
    + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > monthDays[gm]!) { gd -= monthDays[gm]!; gm++; }
  return [gy, gm + 1, gd];
}
