/**
 * What the learning pass takes from one document: its site and its distinct block keys. Runs the same
 * first stages as src/pipeline.ts (decode, parse, language, block normalization) so the keys match the
 * ones the extracting pass looks up; cleaning and extraction are not needed to count blocks.
 */
import { decode } from '../io/decode';
import { resolveExtractOptions, type ExtractOptions } from '../options';
import { detectFormat } from '../parse/detect-format';
import { parseHtml } from '../parse/html-blocks';
import { parseText } from '../parse/text-blocks';
import { detectLanguage } from '../normalize/language';
import { normalizePage } from '../normalize/page';
import type { RawInput, WinnowError } from '../types';
import { pageKeys } from './block-keys';
import { siteOf } from './site';
import { LEARN } from './thresholds';

export interface Observation {
  /** The document's site, or null when nothing names it (such pages teach nothing). */
  readonly site: string | null;
  /** Distinct block keys of the page, in reading order. */
  readonly keys: readonly string[];
}

export function observeDocument(raw: RawInput, options: Partial<ExtractOptions> = {}): Observation | WinnowError {
  const opts = resolveExtractOptions(options);
  try {
    const decoded = raw.text !== undefined
      ? { text: raw.text }
      : decode(raw.bytes ?? new Uint8Array(0), { encoding: opts.encoding, maxBytes: opts.maxBytes });
    if ('code' in decoded) return decoded;
    if (decoded.text.trim() === '') return { code: 'E_EMPTY', message: 'input has no text' };
    const format = opts.format ?? raw.format ?? detectFormat(decoded.text);
    const parsed = format === 'html' ? parseHtml(decoded.text, raw.url ?? null) : parseText(decoded.text);
    const page = normalizePage(parsed, detectLanguage(parsed), opts.normalize);
    const site = siteOf({ page, url: raw.url ?? null, inputId: raw.id, override: opts.site ?? null });
    return { site, keys: pageKeys(page.blocks, page.format, LEARN.maxKeysPerPage) };
  } catch (err) {
    return { code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
