/**
 * Normalization inside the pipeline. Blocks get the basic fixes only (NFC, entities, invisible characters,
 * spaces, kashida, presentation forms, letter unification), so the cleaner and extractor match on clean text
 * that still reads like the page; the output fields get the full chosen level, ZWNJ restoration included —
 * except joining spaced affixes (کتاب ها → کتاب‌ها): a record keeps the page's word boundaries, so consumers
 * and the dev-check scores, which ignore ZWNJ but count words, see the words the page had.
 * `winnow normalize` does join them.
 */
import type { NormalizeLevel } from '../options';
import type { Block, PageMeta, ParsedPage } from '../types';
import { resolveLevel, type DigitStyle } from './levels';
import { basicLine, lineLanguage, normalizeText } from './text';

export function normalizePage(page: ParsedPage, language: string | null, level: NormalizeLevel | null): ParsedPage {
  if (resolveLevel(level, language) === 'none') return page;
  const blocks = page.blocks.map((block): Block => {
    const text = basicLine(block.text, lineLanguage(block.text, language));
    return text === block.text ? block : { ...block, text, linkChars: Math.min(block.linkChars, text.length) };
  });
  return { ...page, blocks, meta: normalizeMeta(page.meta, language) };
}

export function normalizeField(text: string | null, language: string | null, level: NormalizeLevel | null, digits: DigitStyle | null = null): string | null {
  if (text === null) return null;
  return normalizeText(text, { language, level, digits, joinSpacedAffixes: false });
}

function normalizeMeta(meta: PageMeta, language: string | null): PageMeta {
  const fix = (s: string | null): string | null => (s === null ? null : basicLine(s, lineLanguage(s, language)));
  return { ...meta, htmlTitle: fix(meta.htmlTitle), metaTitle: fix(meta.metaTitle), description: fix(meta.description), siteName: fix(meta.siteName) };
}
