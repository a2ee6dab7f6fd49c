/**
 * Stopword sets per language from stopwords-iso (MIT), folded like the text and loaded once. Stopword
 * density is jusText's main signal: running prose is full of function words, menus and headlines are not.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import { foldForMatching } from '../normalize/fold';

const SUPPORTED = ['fa', 'ar', 'en'] as const;
const cache = new Map<string, ReadonlySet<string>>();

function build(lang: string): ReadonlySet<string> {
  const data = stopwordsIso as unknown as Record<string, readonly string[] | undefined>;
  const set = new Set<string>();
  for (const w of data[lang] ?? []) {
    const f = foldForMatching(w);
    if (/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u.test(f)) for (const t of f.split(' ')) set.add(t);
  }
  return set;
}

/** Stopwords for a language; unknown languages get the union of the supported ones (mixed pages). */
export function stopwordsFor(language: string | null): ReadonlySet<string> {
  const key = language && (SUPPORTED as readonly string[]).includes(language) ? language : 'all';
  let set = cache.get(key);
  if (!set) {
    set = key === 'all' ? new Set(SUPPORTED.flatMap((l) => [...build(l)])) : build(key);
    cache.set(key, set);
  }
  return set;
}
