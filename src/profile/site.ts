/**
 * Which site a document belongs to, decided from the document alone (no cross-document state) so the
 * learning pass and the extracting pass name it the same way:
 *   1. an explicit override (`--site`),
 *   2. the page URL: HTML canonical / og:url, or the URL given with the input (NDJSON `url`),
 *   3. a URL inside a dump: a bare URL line at its top, or host names of known outlets in its lines,
 *   4. the publisher the page names in its chrome (site name meta, a line that is exactly an outlet's
 *      name, a copyright line), the same evidence src/extract/source.ts weighs,
 *   5. the folder the input sits in (`folder:NAME`).
 * Known outlets are named by their first domain, so `tn.ai`, `www.tasnimnews.com` and a dump signed
 * "خبرگزاری تسنیم" all land on `tasnimnews.com`.
 */
import * as path from 'node:path';
import { matchKey } from '../clean/match-key';
import { hostsIn, outletNamed, outletsIn } from '../extract/outlet-index';
import { OUTLETS, type Outlet } from '../extract/outlets';
import { detectLanguage } from '../normalize/language';
import type { ParsedPage } from '../types';

export interface SiteClues {
  readonly page: ParsedPage;
  /** URL known from outside the content (NDJSON `url`). */
  readonly url: string | null;
  /** The input's id: a path as given, `<stdin>`, or an NDJSON record id / `path:LINE`. */
  readonly inputId: string;
  /** `--site`: wins over everything. */
  readonly override: string | null;
}

const SITE = {
  /** Blocks at the top of a dump searched for a bare URL line (scrapers often print the URL first). */
  topBlocks: 3,
  /** Lines longer than this are prose: publisher names in them are attributions, not the site's chrome. */
  chromeMaxWords: 8,
  /** Publisher evidence weights (as in extract/source.ts): meta name, known host in the text, copyright, whole line. */
  metaWeight: 5,
  hostWeight: 3,
  copyrightWeight: 3,
  wholeLineWeight: 2,
  /** An outlet named inside a short chrome line ("Reuters Home", "© Reuters 2013"): weak alone, but menus
   *  and footers name the site several times, so a page keeps its site when one line of them is missing. */
  mentionWeight: 1,
  /** Least evidence to name the publisher. */
  minScore: 3,
} as const;

const HOST_PREFIX_RE = /^(?:www\d?|m|mobile|amp)\./;
const BARE_URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const COPYRIGHT_RE = /©|copyright|all rights reserved|حقوق|جميع الحقوق/iu;
const FOLDER_PREFIX = 'folder:';
const PUBLISHER_PREFIX = 'publisher:';

export function siteOf(clues: SiteClues): string | null {
  if (clues.override && clues.override.trim()) return siteName(clues.override);
  const url = clues.page.meta.url ?? clues.url;
  const fromUrl = url ? siteFromUrl(url) : null;
  if (fromUrl) return fromUrl;
  return urlInDump(clues.page) ?? publisherSite(clues.page) ?? folderSite(clues.inputId);
}

/** A user-given site name: a URL or host becomes its site key; anything else is kept, lower-cased. */
export function siteName(given: string): string {
  const text = given.trim();
  return siteFromUrl(text) ?? text.toLowerCase();
}

/** `https://www.tasnimnews.com/fa/news/…` → `tasnimnews.com`; known outlets by their first domain. */
export function siteFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '').replace(HOST_PREFIX_RE, '');
  if (!host.includes('.')) return null;
  const outlet = outletAt(host, parsed.pathname);
  return outlet ? outletSite(outlet) : host;
}

/** The outlet whose domain (optionally with a path, `bbc.com/persian`) matches host + path best. */
function outletAt(host: string, pathname: string): Outlet | null {
  let best: { outlet: Outlet; len: number } | null = null;
  const lowerPath = pathname.toLowerCase();
  for (const o of OUTLETS) {
    for (const d of o.domains) {
      const slash = d.indexOf('/');
      const dHost = slash < 0 ? d : d.slice(0, slash);
      const hostOk = host === dHost || host.endsWith(`.${dHost}`);
      const pathOk = slash < 0 || lowerPath.startsWith(d.slice(slash));
      if (hostOk && pathOk && (!best || d.length > best.len)) best = { outlet: o, len: d.length };
    }
  }
  return best?.outlet ?? null;
}

function outletSite(outlet: Outlet): string {
  return outlet.domains[0] ?? `${PUBLISHER_PREFIX}${outlet.nameEn.toLowerCase()}`;
}

/** A bare URL line at the top of a dump (hosts named further down count as publisher evidence). */
function urlInDump(page: ParsedPage): string | null {
  for (const b of page.blocks.slice(0, SITE.topBlocks)) {
    const text = b.text.trim();
    if (BARE_URL_RE.test(text)) {
      const site = siteFromUrl(text);
      if (site) return site;
    }
  }
  return null;
}

/** The outlet the page's chrome names (meta site name, hosts, copyright lines, whole-line names). */
function publisherSite(page: ParsedPage): string | null {
  const scores = new Map<Outlet, number>();
  const add = (o: Outlet | null, w: number): void => { if (o) scores.set(o, (scores.get(o) ?? 0) + w); };
  if (page.meta.siteName) add(outletNamed(page.meta.siteName) ?? outletsIn(matchKey(page.meta.siteName))[0] ?? null, SITE.metaWeight);
  for (const b of page.blocks) {
    const key = matchKey(b.text);
    if (key.tokens.length === 0 || key.tokens.length > SITE.chromeMaxWords) continue;
    for (const h of hostsIn(b.text)) add(outletAt(h.replace(HOST_PREFIX_RE, ''), '/'), SITE.hostWeight);
    if (COPYRIGHT_RE.test(b.text)) { for (const o of outletsIn(key)) add(o, SITE.copyrightWeight); continue; }
    const whole = outletNamed(b.text);
    if (whole) { add(whole, SITE.wholeLineWeight); continue; }
    for (const o of outletsIn(key)) add(o, SITE.mentionWeight);
  }
  if (scores.size === 0) return null;
  // Brands share names across languages (CNN, CNN بالعربية): on a tie the page's language decides.
  const language = detectLanguage(page);
  let best: { o: Outlet; s: number } | null = null;
  for (const [o, s] of scores) {
    if (!best || s > best.s || (s === best.s && o.lang === language && best.o.lang !== language)) best = { o, s };
  }
  return best && best.s >= SITE.minScore ? outletSite(best.o) : null;
}

/** `dumps/tasnim/123.txt` → `folder:tasnim`; nothing for stdin or a bare file name. */
function folderSite(inputId: string): string | null {
  if (inputId.startsWith('<')) return null;
  const dir = path.basename(path.dirname(inputId.replace(/:\d+$/, '')));
  return dir && dir !== '.' && dir !== '/' && dir !== '..' ? `${FOLDER_PREFIX}${dir}` : null;
}
