/**
 * Page-level metadata from the HTML head and JSON-LD: <title>, og:/twitter: tags, description, site
 * name, canonical URL, publication date, language. The first source in each field's priority list wins.
 */
import type { AnyNode, Element } from 'domhandler';
import type { PageMeta } from '../types';
import { collapse } from './dom/walk';

export function emptyMeta(): PageMeta {
  return { htmlTitle: null, metaTitle: null, description: null, siteName: null, url: null, published: null, lang: null };
}

/** Meta keys (name / property / itemprop, lower-case) per field, in priority order. */
const TITLE_KEYS = ['og:title', 'twitter:title'];
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description', 'dc.description'];
const SITE_KEYS = ['og:site_name'];
const SITE_FALLBACK_KEYS = ['application-name', 'apple-mobile-web-app-title'];
const URL_KEYS = ['og:url', 'twitter:url'];
const PUBLISHED_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'article:published', 'pubdate', 'publishdate',
  'publish-date', 'published_time', 'sailthru.date', 'dc.date.issued', 'dcterms.date', 'dc.date', 'date', 'parsely-pub-date',
];
const ARTICLE_TYPES = /(?:article|posting|report|webpage)$/i;
/** Elements visited while collecting head data; bodies of huge pages need no second full walk. */
const MAX_NODES = 200_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

interface HeadData {
  title: string | null;
  readonly metas: Map<string, string>;
  canonical: string | null;
  htmlLang: string | null;
  firstTimeDatetime: string | null;
  readonly jsonLd: unknown[];
}

function text(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if ('children' in node) return (node.children as AnyNode[]).map(text).join('');
  return '';
}

function collectHead(nodes: readonly AnyNode[]): HeadData {
  const data: HeadData = { title: null, metas: new Map(), canonical: null, htmlLang: null, firstTimeDatetime: null, jsonLd: [] };
  const stack: AnyNode[] = [...nodes].reverse();
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const n = stack.pop() as AnyNode;
    if (n.type === 'script') {
      if ((n.attribs.type ?? '').toLowerCase().includes('ld+json')) {
        try {
          data.jsonLd.push(JSON.parse(text(n)));
        } catch {
          // Broken JSON-LD is common; the other sources still count.
        }
      }
      continue;
    }
    if (n.type !== 'tag') continue;
    visitElement(n, data);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return data;
}

function visitElement(el: Element, data: HeadData): void {
  const a = el.attribs;
  switch (el.name) {
    case 'html':
      if (a.lang && !data.htmlLang) data.htmlLang = a.lang;
      break;
    case 'title':
      if (data.title === null) data.title = collapse(text(el)) || null;
      break;
    case 'meta': {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase().trim();
      const value = a.content;
      if (key && value !== undefined && value.trim() !== '' && !data.metas.has(key)) data.metas.set(key, collapse(value));
      break;
    }
    case 'link':
      if ((a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href && !data.canonical) data.canonical = a.href.trim();
      break;
    case 'time':
      if (!data.firstTimeDatetime && a.datetime) data.firstTimeDatetime = a.datetime.trim();
      break;
    default:
      if (a.itemprop && /\bdatepublished\b/i.test(a.itemprop) && !data.metas.has('datepublished')) {
        const value = a.datetime ?? a.content;
        if (value) data.metas.set('datepublished', value.trim());
      }
  }
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in the JSON-LD blocks, @graph members included, in document order. */
function jsonLdObjects(roots: readonly unknown[]): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
    }
  };
  for (const r of roots) visit(r, 0);
  return out;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return collapse(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  return isObject(v) ? str(v.name) : str(v);
}

interface JsonLdFacts {
  readonly headline: string | null;
  readonly published: string | null;
  readonly publisher: string | null;
}

function jsonLdFacts(roots: readonly unknown[]): JsonLdFacts {
  const objects = jsonLdObjects(roots);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)) && (o.headline !== undefined || o.datePublished !== undefined))
    ?? objects.find((o) => o.headline !== undefined);
  return {
    headline: article ? str(article.headline) : null,
    published: str(article?.datePublished) ?? objects.map((o) => str(o.datePublished)).find((d) => d !== null) ?? null,
    publisher: nameOf(article?.publisher) ?? null,
  };
}

function first(metas: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v) return v;
  }
  return null;
}

/** ISO 8601 as written when it already is; otherwise what Date makes of it; null when unreadable. */
export function toIsoDate(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (ISO_DATE.test(v)) return v.replace(' ', 'T');
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

function primaryLang(tag: string | null): string | null {
  if (!tag) return null;
  const primary = tag.trim().split(/[-_,;\s]/)[0].toLowerCase();
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Reads the metadata of a parsed page; `givenUrl` is the URL known from outside the content. */
export function readPageMeta(nodes: readonly AnyNode[], givenUrl: string | null): PageMeta {
  const head = collectHead(nodes);
  const ld = jsonLdFacts(head.jsonLd);
  const m = head.metas;
  const pageUrl = absoluteUrl(head.canonical, givenUrl ?? first(m, URL_KEYS)) ?? absoluteUrl(first(m, URL_KEYS), givenUrl) ?? givenUrl;
  return {
    htmlTitle: head.title,
    metaTitle: first(m, TITLE_KEYS) ?? ld.headline ?? (m.get('headline') ?? null),
    description: first(m, DESCRIPTION_KEYS),
    siteName: first(m, SITE_KEYS) ?? ld.publisher ?? first(m, SITE_FALLBACK_KEYS),
    url: pageUrl,
    published: toIsoDate(first(m, PUBLISHED_KEYS.slice(0, 3)) ?? ld.published ?? first(m, PUBLISHED_KEYS.slice(3)) ?? head.firstTimeDatetime),
    lang: primaryLang(head.htmlLang) ?? primaryLang(m.get('content-language') ?? null) ?? primaryLang(m.get('og:locale') ?? null),
  };
}
