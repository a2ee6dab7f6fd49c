/** Normalization of blocks and output fields. STUB: identity. */
import type { NormalizeLevel } from '../options';
import type { ParsedPage } from '../types';

export function normalizePage(page: ParsedPage, _language: string | null, _level: NormalizeLevel | null): ParsedPage {
  return page;
}

export function normalizeField(text: string | null, _language: string | null, _level: NormalizeLevel | null): string | null {
  return text;
}
