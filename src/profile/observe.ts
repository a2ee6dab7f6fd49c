/**
 * What the learning pass takes from one document: its site and its distinct block keys. Runs the
 * pipeline's own first stages (preparePage: decode, parse, normalize) so the keys match the ones the
 * extracting pass looks up; cleaning and extraction are not needed to count blocks.
 */
import { resolveExtractOptions, type ExtractOptions } from '../options';
import { preparePage } from '../pipeline';
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
    const prepared = preparePage(raw, opts);
    if ('code' in prepared) return prepared;
    const { page } = prepared;
    const site = siteOf({ page, url: raw.url ?? null, inputId: raw.id, override: opts.site ?? null });
    return { site, keys: pageKeys(page.blocks, page.format, LEARN.maxKeysPerPage) };
  } catch (err) {
    return { code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}
