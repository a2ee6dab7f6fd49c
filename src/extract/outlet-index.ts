/**
 * Lookups over the known-outlet table (outlets.ts): by domain, and by name mentions inside text, using
 * the same folded match keys as the marker vocabularies so spelling variants match.
 */
import { matchKey, PhraseIndex, type MatchKey } from '../clean/match-key';
import { OUTLETS, type Outlet } from './outlets';

interface Variant { readonly outlet: Outlet; readonly compact: string; readonly text: string }

const VARIANTS: readonly Variant[] = OUTLETS.flatMap((o) =>
  [o.name, o.nameEn, ...o.aliases].map((text) => ({ outlet: o, compact: matchKey(text).compact, text })).filter((v) => v.compact.length > 1),
).sort((a, b) => b.compact.length - a.compact.length);
const VARIANT_INDEX = new PhraseIndex(VARIANTS.map((v) => v.compact));
/** Compact name → outlet; the first variant (the longest, then table order) claims a name. */
const BY_NAME = new Map<string, Outlet>();
for (const v of VARIANTS) if (!BY_NAME.has(v.compact)) BY_NAME.set(v.compact, v.outlet);
/** Outlet → the compact forms of all its names, for finding the same brand in another language. */
const NAMES_OF = new Map<Outlet, ReadonlySet<string>>(OUTLETS.map((o) => [o, new Set([o.name, o.nameEn, ...o.aliases].map((n) => matchKey(n).compact))]));

interface DomainEntry { readonly outlet: Outlet; readonly len: number }
/** Host part of every listed domain → its entries in table order, so a host is looked up by its suffixes
 *  (every host named anywhere in a page's chrome is asked) instead of scanning the whole table. */
const BY_DOMAIN_HOST = new Map<string, DomainEntry[]>();
for (const o of OUTLETS) {
  for (const d of o.domains) {
    const [dHost] = d.split('/');
    if (!dHost) continue;
    const list = BY_DOMAIN_HOST.get(dHost);
    if (list) list.push({ outlet: o, len: d.length }); else BY_DOMAIN_HOST.set(dHost, [{ outlet: o, len: d.length }]);
  }
}
/** Order of each outlet in the table: ties on domain length go to the earlier outlet. */
const TABLE_ORDER = new Map<Outlet, number>(OUTLETS.map((o, i) => [o, i]));

/** The outlet a host name belongs to (suffix match: `www.yjc.ir` → YJC), or null. The longest listed
 *  domain wins; on a tie, the first in the table. */
export function outletByHost(host: string): Outlet | null {
  const h = host.toLowerCase().replace(/^www\./, '');
  let best: DomainEntry | null = null;
  let bestOrder = Infinity;
  // h itself, then every suffix after a dot: `a.b.yjc.ir` → `b.yjc.ir`, `yjc.ir`, `ir`.
  let from = 0;
  for (;;) {
    for (const e of BY_DOMAIN_HOST.get(h.slice(from)) ?? []) {
      const order = TABLE_ORDER.get(e.outlet)!;
      if (!best || e.len > best.len || (e.len === best.len && order < bestOrder)) { best = e; bestOrder = order; }
    }
    const dot = h.indexOf('.', from);
    if (dot < 0) break;
    from = dot + 1;
  }
  return best?.outlet ?? null;
}

/** Outlets named in a text, longest names first (so "CNN بالعربية" wins over "CNN"). */
export function outletsIn(key: MatchKey): Outlet[] {
  const found: Outlet[] = [];
  for (const i of VARIANT_INDEX.matches(key)) if (!found.includes(VARIANTS[i]!.outlet)) found.push(VARIANTS[i]!.outlet);
  return found;
}

/** Texts longer than this cannot be an outlet's name (four times the longest name written in the table),
 *  so long lines skip the folding that a lookup needs; every non-content line of a page is asked. */
const MAX_NAME_CHARS = 4 * Math.max(...OUTLETS.flatMap((o) => [o.name, o.nameEn, ...o.aliases]).map((n) => n.length));

/** The outlet whose name or alias is exactly this text. */
export function outletNamed(text: string): Outlet | null {
  if (text.length > MAX_NAME_CHARS) return null;
  return BY_NAME.get(matchKey(text).compact) ?? null;
}

/** The outlet whose name or alias is exactly the text of this match key (a block's key is already built). */
export function outletNamedByKey(key: MatchKey): Outlet | null {
  return BY_NAME.get(key.compact) ?? null;
}

/** Same brand in the page's language (CNN → CNN بالعربية on an Arabic page), else the outlet itself. */
export function inLanguage(outlet: Outlet, language: string | null): Outlet {
  if (!language || outlet.lang === language) return outlet;
  const names = NAMES_OF.get(outlet)!;
  const sibling = OUTLETS.find((o) => o.lang === language && [...NAMES_OF.get(o)!].some((n) => names.has(n)));
  return sibling ?? outlet;
}

/** Host names written in a text (URLs, e-mail addresses, bare domains). */
export function hostsIn(text: string): string[] {
  if (!text.includes('.')) return []; // every host has a dot; most lines have none
  return [...text.toLowerCase().matchAll(/(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?=[/\s:)\]]|$)/g)]
    .map((m) => m[0].replace(/^https?:\/\//, '').replace(/^.*@/, ''));
}
