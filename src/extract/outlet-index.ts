/**
 * Lookups over the known-outlet table (outlets.ts): by domain, and by name mentions inside text, using
 * the same folded match keys as the marker vocabularies so spelling variants match.
 */
import { containsPhrase, matchKey, type MatchKey } from '../clean/match-key';
import { OUTLETS, type Outlet } from './outlets';

interface Variant { readonly outlet: Outlet; readonly compact: string; readonly text: string }

const VARIANTS: readonly Variant[] = OUTLETS.flatMap((o) =>
  [o.name, o.nameEn, ...o.aliases].map((text) => ({ outlet: o, compact: matchKey(text).compact, text })).filter((v) => v.compact.length > 1),
).sort((a, b) => b.compact.length - a.compact.length);

/** The outlet a host name belongs to (suffix match: `www.yjc.ir` → YJC), or null. */
export function outletByHost(host: string): Outlet | null {
  const h = host.toLowerCase().replace(/^www\./, '');
  let best: { outlet: Outlet; len: number } | null = null;
  for (const o of OUTLETS) {
    for (const d of o.domains) {
      const [dHost] = d.split('/');
      if (!dHost) continue;
      if ((h === dHost || h.endsWith(`.${dHost}`)) && (!best || d.length > best.len)) best = { outlet: o, len: d.length };
    }
  }
  return best?.outlet ?? null;
}

/** Outlets named in a text, longest names first (so "CNN بالعربية" wins over "CNN"). */
export function outletsIn(key: MatchKey): Outlet[] {
  const found: Outlet[] = [];
  for (const v of VARIANTS) if (!found.includes(v.outlet) && containsPhrase(key, v.compact)) found.push(v.outlet);
  return found;
}

/** The outlet whose name or alias is exactly this text. */
export function outletNamed(text: string): Outlet | null {
  const c = matchKey(text).compact;
  return VARIANTS.find((v) => v.compact === c)?.outlet ?? null;
}

/** Same brand in the page's language (CNN → CNN بالعربية on an Arabic page), else the outlet itself. */
export function inLanguage(outlet: Outlet, language: string | null): Outlet {
  if (!language || outlet.lang === language) return outlet;
  const names = new Set([outlet.name, outlet.nameEn, ...outlet.aliases].map((n) => matchKey(n).compact));
  const sibling = OUTLETS.find((o) => o.lang === language && [o.name, o.nameEn, ...o.aliases].some((n) => names.has(matchKey(n).compact)));
  return sibling ?? outlet;
}

/** Host names written in a text (URLs, e-mail addresses, bare domains). */
export function hostsIn(text: string): string[] {
  return [...text.toLowerCase().matchAll(/(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?=[/\s:)\]]|$)/g)]
    .map((m) => m[0].replace(/^https?:\/\//, '').replace(/^.*@/, ''));
}
