/**
 * What the learning pass takes from one document: its site and its distinct block keys. Runs the
 * pipeline's own first stages (preparePage: decode, parse, normalize) so the keys match the ones the
 * extracting pass looks up; cleaning and extraction are not needed to count blocks.
 */
import { resolveExtractOptions, type ExtractOptions } from '../options';
import { preparePage } from '../pipeline';
import type { RawInput, WinnowError } from '../types';
import { pageKeys } from './block-keys';
import { fnv1a } from './hash';
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

/** An observation with the fingerprint of the content it came from; null for a repeat of content the
 *  same observer has already observed. */
export interface ObservedPage {
  readonly observation: Observation | null;
  readonly content: number;
}

/**
 * Observes the documents of one learning pass, in the order given, skipping the work for content it has
 * already observed: a repeated page (crawls repeat URLs; batches are sometimes copies) yields a null
 * observation. The consumer reads observations in input order and skips repeats and every fingerprint it
 * has already seen, so it learns each content once, from its first copy, however the documents were spread
 * over observers (one per worker): a worker runs its documents in input order, so the first copy it saw
 * came earlier. One observer per pass: it remembers what the pass has seen.
 */
export class PageObserver {
  private readonly seen = new Set<number>();

  constructor(private readonly options: Partial<ExtractOptions> = {}) {}

  observe(raw: RawInput): ObservedPage | WinnowError {
    const content = contentFingerprint(raw);
    if (this.seen.has(content)) return { observation: null, content };
    const observation = observeDocument(raw, this.options);
    if ('code' in observation) return observation;
    if (this.seen.size < LEARN.maxFingerprints) this.seen.add(content);
    return { observation, content };
  }
}

/** A hash of what decides a document's blocks and site: its bytes or text, its URL and its folder (the
 *  folder names the site of dumps that name none). */
export function contentFingerprint(raw: RawInput): number {
  let h = fnv1a(`${raw.url ?? ''}\n${raw.id.replace(/[^/\\]*$/, '')}\n${raw.format ?? ''}`, 0x27d4eb2f);
  if (raw.text !== undefined) return fnv1a(raw.text, h) * 2 ** 21 + (fnv1a(raw.text, 0x165667b1) >>> 11);
  const bytes = raw.bytes ?? new Uint8Array(0);
  let h2 = 0x165667b1;
  for (let i = 0; i < bytes.length; i++) {
    h = Math.imul(h ^ bytes[i]!, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ bytes[i]!, 0x5bd1e995) >>> 0;
  }
  return h * 2 ** 21 + (h2 >>> 11);
}
