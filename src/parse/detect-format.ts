/**
 * HTML page or plain-text dump, decided by content: a document that opens like HTML (doctype, <html>,
 * <head>, <body>, a comment or XML prolog) is HTML; otherwise it is HTML only when known HTML tags are
 * frequent, so a text dump that quotes "<div>" or "<p>" once or twice stays text.
 */
import type { Format } from '../types';

const FORMAT = {
  /** How much of the document is inspected; page heads and tag density show within the first 64 KiB. */
  sampleChars: 65_536,
  /** Known tags needed before density counts at all: a dump quoting markup rarely shows more than a few. */
  minTags: 8,
  /** Known tags per 1,000 characters: real pages have tens; prose that mentions markup has well under one. */
  minTagsPerKilochar: 2,
} as const;

/** What an HTML document starts with (after a BOM and white space). */
const HTML_OPENING_RE = /^(?:\ufeff)?\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype|html)|<!--[\s\S]*?-->\s*<(?:!doctype|html|head))/i;
/** Opening or closing tags of elements that real pages are made of. */
const KNOWN_TAG_RE = /<\/?(?:html|head|body|div|p|span|a|br|meta|link|script|style|ul|ol|li|table|tr|td|h[1-6]|img|section|article|header|footer|nav|main|form|input|iframe|strong|em|b|i)(?=[\s>/])[^<>]{0,2000}>/gi;

export function detectFormat(text: string): Format {
  const sample = text.slice(0, FORMAT.sampleChars);
  if (HTML_OPENING_RE.test(sample)) return 'html';
  const tags = sample.match(KNOWN_TAG_RE)?.length ?? 0;
  if (tags < FORMAT.minTags) return 'text';
  return (tags * 1000) / Math.max(sample.length, 1) >= FORMAT.minTagsPerKilochar ? 'html' : 'text';
}
