/**
 * The library API: one document in, one Outcome out. The only file that knows the stage order:
 *   1. decode      bytes → text (BOM, --encoding, <meta charset>, UTF-8, windows-1256)   src/io/decode.ts
 *   2. parse       text → blocks + page meta, by detected format                       src/parse/
 *   3. normalize   Unicode and Persian/Arabic text repair per block                     src/normalize/
 *   4. clean       label each block content | boilerplate, with a reason                src/clean/
 *   5. extract     title, lead, body and source from the labelled blocks + meta         src/extract/
 *   6. entities    people, organizations, places in title/lead/body                     src/entities/
 * Pure: no file or stream I/O, no cross-document state, so the CLI and worker threads both call it
 * and the same input always gives the same record. Never throws: failures are Outcomes.
 */
import { decode } from './io/decode';
import { detectFormat } from './parse/detect-format';
import { parseHtml } from './parse/html-blocks';
import { parseText } from './parse/text-blocks';
import { detectLanguage } from './normalize/language';
import { normalizePage, normalizeField } from './normalize/page';
import { labelBlocks } from './clean/label';
import { templateEvidenceFor } from './profile/apply';
import { extractFields } from './extract/fields';
import { findEntities } from './entities/find-entities';
import { resources as entityResources } from './entities/resources';
import { getLexicon } from './normalize/zwnj/lexicon';
import { resolveExtractOptions, type ExtractOptions } from './options';
import type { ArticleRecord, DecodedText, Format, Outcome, ParsedPage, RawInput, WinnowError } from './types';

export type { ExtractOptions } from './options';
export * from './types';

/** A document after stages 1–3 (decode, parse, normalize): what the classifier and the site-profile
 *  learner both start from. */
export interface PreparedPage {
  readonly decoded: DecodedText;
  readonly format: Format;
  readonly language: string | null;
  readonly page: ParsedPage;
}

/** Stages 1–3 of extract(); `profile learn` runs these alone, so both see the same blocks. */
export function preparePage(raw: RawInput, opts: ExtractOptions): PreparedPage | WinnowError {
  // 1. decode
  const decoded = raw.text !== undefined
    ? { text: raw.text, encoding: 'utf-8', encodingSource: 'given' as const, replacements: 0 }
    : decode(raw.bytes ?? new Uint8Array(0), { encoding: opts.encoding, maxBytes: opts.maxBytes });
  if ('code' in decoded) return decoded;
  if (decoded.text.trim() === '') return { code: 'E_EMPTY', message: 'input has no text' };

  // 2. parse
  const format = opts.format ?? raw.format ?? detectFormat(decoded.text);
  const parsed: ParsedPage = format === 'html' ? parseHtml(decoded.text, raw.url ?? null) : parseText(decoded.text);

  // 3. normalize
  const language = detectLanguage(parsed);
  return { decoded, format, language, page: normalizePage(parsed, language, opts.normalize) };
}

/** Extracts the article from one input. */
export function extract(raw: RawInput, options: Partial<ExtractOptions> = {}): Outcome {
  const opts = resolveExtractOptions(options);
  const started = performance.now();
  try {
    // 1–3. decode, parse, normalize
    const prepared = preparePage(raw, opts);
    if ('code' in prepared) return fail(raw.id, prepared);
    const { decoded, format, language, page } = prepared;

    // 4. clean
    const labelled = labelBlocks(page, language, templateEvidenceFor(page, raw, opts.profile ?? null, opts.site ?? null));

    // 5. extract
    const fields = extractFields(labelled, page, language);
    const title = normalizeField(fields.title, language, opts.normalize, opts.digits ?? null);
    const lead = normalizeField(fields.lead, language, opts.normalize, opts.digits ?? null);
    const body = normalizeField(fields.body, language, opts.normalize, opts.digits ?? null);

    // 6. entities
    const entities = opts.entities ? findEntities({ title, lead, body }, language, opts.entityTypes ?? undefined) : [];

    const record: ArticleRecord = {
      input: raw.id, format, language, title, lead, body,
      // The desk and quoted agencies are page text too ("گروه بینالملل" → "گروه بین‌الملل").
      source: {
        ...fields.source,
        desk: normalizeField(fields.source.desk, language, opts.normalize),
        via: fields.source.via.map((v) => normalizeField(v, language, opts.normalize) ?? v),
        url: fields.source.url ?? raw.url ?? null,
      },
      entities,
    };
    const warnings = body === null ? ['no article text found'] : [];
    return {
      ok: true, input: raw.id, record, removed: fields.removed, warnings,
      diagnostics: {
        encoding: decoded.encoding, encodingSource: decoded.encodingSource, replacements: decoded.replacements,
        blocks: page.blocks.length, kept: labelled.filter((b) => b.label === 'content').length,
        ms: Math.round(performance.now() - started),
      },
    };
  } catch (err) {
    // A bug must cost one input, not the run; the message names it so it can be reported.
    return fail(raw.id, { code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? err.message : String(err)}` });
  }
}

/** Loads now what extract() otherwise loads on its first document: the ZWNJ lexicon (~50 ms) and, when
 *  entities are on, the gazetteers and the tagger (~80 ms). A worker calls it before it takes tasks, so
 *  that the first document's time limit measures the document, not the loading. */
export function preloadModels(options: Partial<ExtractOptions> = {}): void {
  getLexicon();
  if (resolveExtractOptions(options).entities) entityResources();
}

function fail(input: string, error: WinnowError): Outcome {
  return { ok: false, input, error };
}
