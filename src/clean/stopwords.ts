/**
 * Stopword sets per language from stopwords-iso (MIT), folded like the text and loaded once. Stopword
 * density is jusText's main signal: running prose is full of function words, menus and headlines are not.
 * Every language stopwords-iso lists is served, so a Russian or German page is judged with its own
 * function words; languages written without spaces between words (Chinese, Japanese, Thai) get none,
 * because a token there is a whole clause, and the classifier judges them by sentence shape instead.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import { foldForMatching } from '../normalize/fold';

/** The project's languages: their union serves a page whose language is unknown (mixed pages). */
const CORE = ['fa', 'ar', 'en'] as const;
/** Scripts without word spaces: whitespace tokens are clauses, so function words cannot be counted. */
const UNSPACED = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my']);
const EMPTY: ReadonlySet<string> = new Set();
const cache = new Map<string, ReadonlySet<string>>();
const data = stopwordsIso as unknown as Record<string, readonly string[] | undefined>;

function build(lang: string): ReadonlySet<string> {
  const set = new Set<string>();
  for (const w of data[lang] ?? []) {
    const f = foldForMatching(w);
    if (/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u.test(f)) for (const t of f.split(' ')) set.add(t);
  }
  return set;
}

/** True when the language has a stopword list that measures its prose. */
export function hasStopwords(language: string | null): boolean {
  if (!language) return true;
  return !UNSPACED.has(language) && (data[language]?.length ?? 0) > 0;
}

/** Stopwords for a language; unknown languages get the union of the project's languages. */
export function stopwordsFor(language: string | null): ReadonlySet<string> {
  const key = language && data[language] ? language : 'core';
  if (language && !hasStopwords(language)) return EMPTY;
  let set = cache.get(key);
  if (!set) {
    set = key === 'core' ? new Set(CORE.flatMap((l) => [...build(l)])) : build(key);
    cache.set(key, set);
  }
  return set;
}
