/**
 * Source: publisher, its English name, quoted origins (`via`), desk, URL and date.
 * The publisher is the site itself when the page says who it is (meta site name, URL, a domain or
 * copyright line in the dump, a line that is exactly an outlet's name); otherwise the outlet the
 * attribution sentence names. When the site and the attribution differ, the attributed outlet is `via`
 * (a reprint). Unknown stays null: nothing is invented.
 */
import { matchKey } from '../clean/match-key';
import type { Source } from '../types';
import { readAttribution } from './attribution';
import { hostsIn, inLanguage, outletByHost, outletNamed, outletNamedByKey, outletsIn } from './outlet-index';
import type { Outlet } from './outlets';
import type { PageView } from './page-view';

const SITE = {
  /** Evidence weights for "this page belongs to outlet X". */
  metaWeight: 5,
  domainWeight: 3,
  copyrightWeight: 3,
  wholeLineWeight: 2,
  mentionWeight: 1,
  /** Mentions only count in short lines (site chrome), never inside article prose. */
  mentionMaxWords: 8,
  /** Minimum evidence to name the site. */
  minScore: 3,
  /** Body paragraphs read for attribution at the start and at the end (credit lines). */
  headParagraphs: 3,
  tailParagraphs: 2,
} as const;

const COPYRIGHT_RE = /©|copyright|all rights reserved|حقوق|کلیه حقوق|جميع الحقوق/iu;

export function pickSource(view: PageView, lead: string | null, body: readonly string[], published: string | null): Source {
  const site = siteOutlet(view);
  const paragraphs = [...(lead ? [lead] : []), ...body.slice(0, SITE.headParagraphs), ...body.slice(Math.max(SITE.headParagraphs, body.length - SITE.tailParagraphs))];
  const attribution = readAttribution(paragraphs);
  const via = [...attribution.via];
  let name: string | null = null;
  let outlet: Outlet | null = null;
  if (site) {
    outlet = inLanguage(site, view.language);
    name = outlet.name;
    const attributed = attribution.outlet ? inLanguage(attribution.outlet, view.language) : null;
    const sameBrand = attributed ? attributed === outlet || attributed.nameEn === outlet.nameEn : attribution.source === null
      || matchKey(attribution.source).compact === matchKey(outlet.name).compact;
    if (!sameBrand && attribution.source) via.unshift(attribution.source);
  } else if (attribution.source) {
    outlet = attribution.outlet ? inLanguage(attribution.outlet, view.language) : outletNamed(attribution.source);
    name = outlet?.lang === view.language || !outlet ? (outlet?.name ?? attribution.source) : attribution.source;
  }
  const nameKey = name ? matchKey(name).compact : '';
  const cleanVia = via.filter((v) => matchKey(v).compact !== nameKey);
  return {
    name,
    name_en: outlet?.nameEn ?? null,
    via: cleanVia,
    desk: attribution.desk,
    url: view.page.meta.url,
    published,
  };
}

/** The outlet the page belongs to, from meta and site chrome, or null when the evidence is thin. */
function siteOutlet(view: PageView): Outlet | null {
  const scores = new Map<Outlet, number>();
  const add = (o: Outlet | null, w: number): void => { if (o) scores.set(o, (scores.get(o) ?? 0) + w); };
  const meta = view.page.meta;
  if (meta.siteName) add(outletNamed(meta.siteName) ?? outletsIn(matchKey(meta.siteName))[0] ?? null, SITE.metaWeight);
  if (meta.url) for (const h of hostsIn(meta.url)) add(outletByHost(h), SITE.metaWeight);
  view.blocks.forEach((b, i) => {
    if (b.label === 'content') return;
    for (const h of hostsIn(b.text)) add(outletByHost(h), SITE.domainWeight);
    const f = view.features[i]!;
    if (COPYRIGHT_RE.test(b.text)) { for (const o of outletsIn(f.key)) add(o, SITE.copyrightWeight); return; }
    const parts = b.text.split(/\s+[|–—-]\s+/u);
    const whole = outletNamedByKey(f.key) ?? (parts.length > 1 ? parts.map((part) => outletNamed(part)).find((o) => o) ?? null : null);
    if (whole) { add(whole, SITE.wholeLineWeight); return; }
    if (f.words <= SITE.mentionMaxWords) for (const o of outletsIn(f.key)) add(o, SITE.mentionWeight);
  });
  let best: { o: Outlet; s: number } | null = null;
  for (const [o, s] of scores) {
    const better = !best || s > best.s || (s === best.s && o.lang === view.language && best.o.lang !== view.language);
    if (better) best = { o, s };
  }
  return best && best.s >= SITE.minScore ? best.o : null;
}
