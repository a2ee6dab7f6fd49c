/** Document language from its letters. STUB: Persian-only letters → fa, other Arabic script → ar, else en. */
import type { ParsedPage } from '../types';

export function detectLanguage(page: ParsedPage): string | null {
  const text = page.blocks.map((b) => b.text).join(' ');
  const arabicScript = (text.match(/[\u0600-\u06ff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (arabicScript === 0 && latin === 0) return null;
  if (arabicScript > latin) return /[پچژگ]/.test(text) ? 'fa' : 'ar';
  return 'en';
}
