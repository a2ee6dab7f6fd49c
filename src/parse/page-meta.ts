/** Page-level metadata. STUB. */
import type { PageMeta } from '../types';

export function emptyMeta(): PageMeta {
  return { htmlTitle: null, metaTitle: null, description: null, siteName: null, url: null, published: null, lang: null };
}
