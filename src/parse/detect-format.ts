/** HTML page or plain-text dump, decided by content. STUB. */
import type { Format } from '../types';

export function detectFormat(text: string): Format {
  return /<(html|body|head|div|p|!doctype)\b/i.test(text.slice(0, 4096)) ? 'html' : 'text';
}
