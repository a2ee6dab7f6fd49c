/**
 * Attribution sentences (shared/docs/persian-text.md §6.3 frames A–H): who reports the story and whom
 * it quotes. Persian "به گزارش <desk> <outlet> (از <place>)? (به نقل از <via>)?،", press-review leads
 * "روزنامه X نوشت:", datelines "<place> - <outlet> -", English "CITY (Reuters) -", "X contributed to
 * this report", "according to X", Arabic "(المدينة - المصدر)", "وكالة … للأنباء".
 */
import { matchKey } from '../clean/match-key';
import { outletNamed, outletsIn } from './outlet-index';
import type { Outlet } from './outlets';
import {
  AR_AGENCY_RE_SOURCE, AR_QUOTING, EN_ACCORDING_RE_SOURCE, EN_CONTRIBUTED_RE_SOURCE, FA_DESK_WORDS, FA_OUTLET_NOUNS,
  FA_QUOTING, FA_REPORT_OPENER, FA_REVIEW_VERBS,
} from './vocab/frames';

export interface Attribution {
  /** The reporting outlet's name as the sentence writes it (or the table's native name). */
  readonly source: string | null;
  readonly outlet: Outlet | null;
  readonly desk: string | null;
  readonly via: readonly string[];
}

const EMPTY: Attribution = { source: null, outlet: null, desk: null, via: [] };

const REPORT_RE = new RegExp(`^\\s*${FA_REPORT_OPENER}\\s+([^،,:]{2,160}?)\\s*[،,:]`, 'u');
const QUOTING_SPLIT_RE = new RegExp(`\\s*${FA_QUOTING}\\s*`, 'u');
const NOUN_RE = new RegExp(`(?:^|\\s)((?:${FA_OUTLET_NOUNS.join('|')})\\s+[^\\s«»"]+(?:\\s+[^\\s«»"]+){0,2}?)(?=\\s+(?:از|در)\\s|$)`, 'u');
const DESK_RE = new RegExp(`^((?:${FA_DESK_WORDS.join('|')})(?:\\s+\\S+){0,5}?)\\s*$`, 'u');
const REVIEW_RE = new RegExp(`^\\s*((?:${FA_OUTLET_NOUNS.join('|')})\\s+[^\\s:،]+(?:\\s+[^\\s:،]+){0,2}?)\\s*(?:${FA_REVIEW_VERBS.join('|')})\\s*[:،]`, 'u');
const QUOTING_ANYWHERE_RE = new RegExp(`${FA_QUOTING}\\s+([^،,.:]{2,60}?)\\s*[،,.:]`, 'u');
const DATELINE_RE = /^\s*([^-–—()]{2,40}?)\s*[-–—]\s*(?:([^-–—()]{2,30}?)\s*[-–—]\s*)?/u;
const PAREN_TAG_RE = /^[^()]{0,80}?\(([^()]{2,40})\)\s*(?:--|[-–—])/u;
const PAREN_PLACE_SOURCE_RE = /^\s*\(([^()\-–]{2,30})\s*[-–]\s*([^()]{2,30})\)\s*$/u;
const CONTRIBUTED_RE = new RegExp(EN_CONTRIBUTED_RE_SOURCE, 'iu');
const ACCORDING_RE = new RegExp(EN_ACCORDING_RE_SOURCE, 'u');
const AR_AGENCY_RE = new RegExp(AR_AGENCY_RE_SOURCE, 'u');
const AR_QUOTING_RE = new RegExp(`${AR_QUOTING}\\s+([^،,.:]{2,40}?)\\s*[،,.:]`, 'u');

/** Does the paragraph open with a "به گزارش …،" attribution (the Persian body's first sentence)? */
export function opensWithAttribution(text: string): boolean {
  return REPORT_RE.test(text);
}

/** Does the paragraph open with a press-review frame "روزنامه X نوشت:"? */
export function opensPressReview(text: string): boolean {
  return REVIEW_RE.test(text);
}

function unquote(s: string): string {
  const inner = /«([^»]+)»/u.exec(s) ?? /"([^"]+)"/u.exec(s);
  return (inner ? inner[1]! : s).replace(/[«»"()]/gu, '').trim();
}

/** Frame A on one paragraph. */
function reportFrame(text: string): Attribution | null {
  const m = REPORT_RE.exec(text);
  if (!m) return null;
  const [who, quoted] = m[1]!.split(QUOTING_SPLIT_RE, 2) as [string, string | undefined];
  const via = quoted ? [unquote(quoted)] : [];
  const known = outletsIn(matchKey(who))[0] ?? null;
  let source: string | null = known?.name ?? null;
  let deskPart = who;
  if (known) {
    // the desk is what precedes the outlet's name in the sentence
    const names = [known.name, known.nameEn, ...known.aliases];
    const at = names.map((n) => who.indexOf(n)).filter((k) => k >= 0).sort((a, b) => a - b)[0];
    deskPart = at === undefined ? '' : who.slice(0, at);
  } else {
    const noun = NOUN_RE.exec(who);
    if (noun) { source = noun[1]!.trim(); deskPart = who.slice(0, who.indexOf(source)); }
  }
  const cleanedDesk = deskPart.replace(/\s+(خبرگزاری|پایگاه خبری|روزنامه|شبکه)\s*$/u, '').trim();
  const desk = DESK_RE.exec(cleanedDesk)?.[1]?.trim() ?? null;
  return { source, outlet: known, desk, via };
}

function englishFrames(text: string): Attribution | null {
  const via: string[] = [];
  let source: string | null = null;
  let outlet: Outlet | null = null;
  const tag = PAREN_TAG_RE.exec(text);
  if (tag) {
    outlet = outletNamed(tag[1]!);
    // an unknown tag counts only when it looks like a wire/brand tag ("(MNA)"), not any parenthesis
    if (outlet || /^[A-Z][A-Za-z.&]{1,15}$/u.test(tag[1]!.trim())) source = outlet?.name ?? tag[1]!.trim();
  }
  const contributed = CONTRIBUTED_RE.exec(text.trim());
  if (contributed) via.push(contributed[0].replace(/\s+contributed[\s\S]*$/iu, '').trim());
  const according = ACCORDING_RE.exec(text);
  if (according && outletNamed(according[1]!)) via.push(outletNamed(according[1]!)!.name);
  if (!source && via.length === 0) return null;
  return { source, outlet, desk: null, via };
}

function arabicFrames(text: string): Attribution | null {
  const via: string[] = [];
  const placeSource = PAREN_PLACE_SOURCE_RE.exec(text);
  if (placeSource) {
    const outlet = outletNamed(placeSource[2]!);
    return { source: outlet?.name ?? placeSource[2]!.trim(), outlet, desk: null, via };
  }
  const agency = AR_AGENCY_RE.exec(text);
  if (agency) via.push(agency[1]!.trim());
  const quoting = AR_QUOTING_RE.exec(text);
  if (quoting) { const o = outletsIn(matchKey(quoting[1]!))[0]; if (o) via.push(o.name); }
  return via.length ? { ...EMPTY, via } : null;
}

/** Persian dateline / lead prefix: "خبرگزاری آریا - …", "مشهد - ایرنا - …". */
function datelineFrame(text: string): Attribution | null {
  const m = DATELINE_RE.exec(text);
  if (!m) return null;
  for (const part of [m[2], m[1]]) {
    if (!part) continue;
    const o = outletNamed(part) ?? outletsIn(matchKey(part))[0] ?? null;
    if (o && matchKey(part).tokens.length <= 4) return { source: o.name, outlet: o, desk: null, via: [] };
  }
  return null;
}

/**
 * Reads the attribution from the first paragraphs (lead first, then body): the first frame that names a
 * source wins (A > dateline > English/Arabic tags); `via` collects every quoted origin.
 */
export function readAttribution(paragraphs: readonly string[]): Attribution {
  let result: Attribution = EMPTY;
  const via: string[] = [];
  for (const p of paragraphs) {
    const review = REVIEW_RE.exec(p);
    if (review) via.push(review[1]!.trim());
    const found = reportFrame(p) ?? datelineFrame(p) ?? englishFrames(p) ?? arabicFrames(p);
    if (found) {
      via.push(...found.via);
      if (!result.source && found.source) result = { ...found, via: [] };
    } else if (!result.source) {
      const q = QUOTING_ANYWHERE_RE.exec(p);
      if (q) via.push(unquote(q[1]!));
    }
  }
  return { ...result, via: dedupe(via.filter((v) => v && v !== result.source)) };
}

function dedupe(xs: readonly string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => { const k = matchKey(x).compact; if (!k || seen.has(k)) return false; seen.add(k); return true; });
}
