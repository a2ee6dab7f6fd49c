/**
 * Candidate spans for Persian and Arabic text: gazetteer matches, head-word rules (organizations,
 * places), title/role rules and quoted names (people), and — for Persian — the statistical tagger.
 */
import type { EntityType } from '../types';
import { GAZ_TYPE, type Candidate, type FieldTokens } from './candidate';
import { arabicPeople } from './candidates-ar-people';
import { fieldFacts, KB, type FieldLex } from './key-facts';
import { matchAt, tokenFlagMasks, vocab } from './lexicon';
import type { Resources } from './resources';
import { tagSequenceMasks } from './tagger';
import { DERIVED_PLACE_GID_RE, MAX_ORG_TOKENS, MAX_PERSON_TOKENS, MAX_QUOTED_NAME_TOKENS } from './thresholds';

const OPEN_QUOTES = new Set(['"', '«', '“', "'"]);
const CLOSE_QUOTES = new Set(['"', '»', '”', "'"]);
const TAG_TYPES: Readonly<Record<string, EntityType>> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' };
/** Quote classes of a token (`quoteClass`). */
const OPEN = 1, CLOSE = 2;

/** Persian verb forms with the durative prefix ("می‌کنند", "نمی‌شود") end a name. */
const DURATIVE_VERB_RE = /^ن?می\u200c/;
const DIGITS_RE = /^\d+$/;

/** A token that can be part of a name: a word, not a function word, not a role or title. */
function nameWord(f: FieldTokens, i: number, bits: number): boolean {
  if (f.words[i] !== 1 || (bits & (KB.stop | KB.title | KB.role)) !== 0) return false;
  // (The first character rules out most tokens before a regular expression runs.)
  const text = f.raw[i] ?? '';
  const c = text.charCodeAt(0);
  if ((c === 0x0645 || c === 0x0646) && DURATIVE_VERB_RE.test(text)) return false;
  const k = f.keys[i] ?? '';
  const d = k.charCodeAt(0);
  return !(d >= 0x30 && d <= 0x39 && DIGITS_RE.test(k));
}

/** The per-token facts the rules below ask about, computed once per token. */
function fieldLex(f: FieldTokens, lang: 'fa' | 'ar', res: Resources): FieldLex {
  const gaz = res.gazetteer;
  const n = f.count;
  const facts = fieldFacts(gaz, lang, f.keys);
  const bits = new Int32Array(n);
  const nameOk = new Uint8Array(n);
  const gazAt: Array<ReturnType<typeof matchAt>> = new Array<ReturnType<typeof matchAt>>(n);
  for (let i = 0; i < n; i++) {
    const fi = facts[i];
    const b = fi?.bits ?? 0;
    bits[i] = b;
    nameOk[i] = nameWord(f, i, b) ? 1 : 0;
    gazAt[i] = f.words[i] === 1 && fi && fi.starts.length > 0 ? matchAt(gaz, f.raw, f.keys, i, lang, fi) : null;
  }
  return { bits, facts, gazAt, nameOk };
}

/** OPEN and/or CLOSE for a quotation mark token, else 0. */
function quoteClass(raw: string): number {
  return (OPEN_QUOTES.has(raw) ? OPEN : 0) | (CLOSE_QUOTES.has(raw) ? CLOSE : 0);
}

/** Arabic organization names continue with definite words ("وزارة الأمن الإيرانية"); an indefinite word
 *  after the first name word ("مساء", "بتنفيذها") is the sentence going on. */
function arabicNameContinues(key: string, position: number): boolean {
  return position === 0 || /^(?:و?ال|لل)/.test(key);
}

/** Arabic conjunction attached to an indefinite word ("وبتنفيذها"): the sentence goes on. "والسكان"
 *  (conjunction + article) may continue a name ("وزارة الصحة والسكان"). */
function startsWithConjunction(key: string, lang: 'fa' | 'ar'): boolean {
  return lang === 'ar' && /^و(?!ال)./.test(key) && key.length > 3;
}

export function arabicScriptCandidates(f: FieldTokens, lang: 'fa' | 'ar', res: Resources): Candidate[] {
  const v = vocab(lang);
  const out: Candidate[] = [];
  const n = f.count;
  const lex = fieldLex(f, lang, res);
  const { gazAt, facts } = lex;
  const has = (i: number, bit: number): boolean => ((lex.bits[i] ?? 0) & bit) !== 0;
  const isName = (i: number): boolean => lex.nameOk[i] === 1;
  const quotes = new Uint8Array(n);
  for (let i = 0; i < n; i++) { const r = f.raw[i] ?? ''; if (r.length === 1) quotes[i] = quoteClass(r); }
  const opens = (i: number): boolean => ((quotes[i] ?? 0) & OPEN) !== 0;
  const closes = (i: number): boolean => ((quotes[i] ?? 0) & CLOSE) !== 0;

  // Persian tagger spans, used below to bound rule extents and as candidates of their own.
  const taggerSpans = lang === 'fa' ? tagSpans(f, res, lex) : [];
  const taggerEndAt = new Map<number, number>();
  for (const t of taggerSpans) for (let k = t.start; k < t.end; k++) taggerEndAt.set(k, t.end);

  // 1. gazetteer
  for (let i = 0; i < n;) {
    const m = gazAt[i];
    if (!m) { i++; continue; }
    const unsupported = lang === 'fa' && m.length === 1 && DERIVED_PLACE_GID_RE.test(m.gid) && !taggerEndAt.has(i);
    if (!unsupported) out.push({ field: f.field, start: i, end: i + m.length, type: GAZ_TYPE[m.type], source: 'gazetteer', gid: m.gid, skip: m.skip });
    i += m.length;
  }

  // 2. organization heads: head + name words; a listed place ends the name ("وزارت امور خارجه آمریکا").
  for (let i = 0; i < n; i++) {
    const k = f.keys[i] ?? '';
    const headSkip = facts[i]?.orgHeadClitic ?? 0;
    // (With a clitic, one character is cut before the head is looked up again, as the name's key.)
    if (!(headSkip ? v.orgHeads.has(k.slice(1)) : has(i, KB.orgHead))) continue;
    let j = i + 1;
    // True once a listed or quoted name sits inside the span: its extent is then trusted over the tagger.
    let knownName = false;
    while (j < n && j - i < MAX_ORG_TOKENS) {
      if (quotes[j]) {
        // «نووستی» right after the head is the name.
        if (j === i + 1 && opens(j)) { j++; knownName = true; continue; }
        if (j > i + 1 && closes(j) && opens(i + 1)) { j++; }
        break;
      }
      const kj = f.keys[j] ?? '';
      // "و" joins two name parts ("بورس و اوراق بهادار") only between name words.
      if (kj === 'و' && j > i + 1 && isName(j + 1) && !gazAt[j + 1]) { j++; continue; }
      if (!isName(j) || (lang === 'fa' && has(j, KB.orgHead) && j > i + 1)) break;
      if (startsWithConjunction(kj, lang) && j < i + 3) break;
      if (lang === 'ar' && !arabicNameContinues(kj, j - i - 1)) break;
      const g = gazAt[j];
      // A place ends the name, except an Arabic "للـ…" complement after it ("مركز تونس للحريات").
      if (g) { j += g.length; knownName = true; if (g.type === 'LOC' && !(lang === 'ar' && /^لل/.test(f.keys[j] ?? ''))) break; continue; }
      // An Arabic nationality adjective completes a generic head ("الجيش الإسرائيلي").
      if (lang === 'ar' && has(j, KB.nisba)) { j++; knownName = true; break; }
      j++;
    }
    // Persian: without a listed or quoted name inside it, trust the tagger's end, else keep head + one word.
    if (lang === 'fa' && !knownName) {
      const te = taggerEndAt.get(i);
      j = te !== undefined && te > i + 1 ? Math.min(j, te) : Math.min(j, i + 2);
    }
    while (j > i + 1 && (f.keys[j - 1] === 'و' || opens(j - 1))) j--;
    const len = j - i;
    if (len < 2) continue;
    // A generic head with one word is a name when the outlet is quoted as writing ("روزنامه X نوشت").
    const writes = has(j, KB.publicationVerb);
    if ((headSkip ? v.weakOrgHeads.has(k.slice(1)) : has(i, KB.weakOrgHead)) && len < 3 && !knownName && !gazAt[i + 1] && !writes) continue;
    out.push({ field: f.field, start: i, end: j, type: 'ORGANIZATION', source: 'rule', skip: headSkip });
  }

  // 3. place heads: "استان یزد", "محافظة القاهرة"
  for (let i = 0; i < n; i++) {
    if (!has(i, KB.locHead)) continue;
    const g = gazAt[i + 1];
    if (has(i, KB.placeHeadOutside)) { arabicPlaceAfterHead(i); continue; }
    // No group id: "استان یزد" and "شهرستان یزد" are different places sharing a name.
    if (g && g.type === 'LOC') { out.push({ field: f.field, start: i, end: i + 1 + g.length, type: 'LOCATION', source: 'rule' }); continue; }
    if (has(i, KB.weakLocHead) || !isName(i + 1) || has(i + 1, KB.orgHead | KB.locHead)) continue;
    // Persian: an unlisted word after the head must look like a name to the tagger ("استان مطلع" is not).
    if (lang === 'fa' && !taggerSpans.some((t) => t.start <= i + 1 && i + 1 < t.end && t.type === 'LOCATION')) continue;
    out.push({ field: f.field, start: i, end: i + 2, type: 'LOCATION', source: 'rule' });
  }

  // 4. people: title/role then a name that starts with a listed first name, or a quoted name next to a role.
  if (lang === 'ar') out.push(...arabicPeople(f, lex));
  for (let i = 0; lang === 'fa' && i < n; i++) {
    if (!has(i, KB.title | KB.role)) continue;
    let s = i + 1;
    // Skip the rest of a multi-word role ("وزیر امور خارجه آمریکا") until a first name starts.
    while (s < n && s - i <= 5 && !has(s, KB.first) && isName(s)) s++;
    if (!has(s, KB.first)) continue;
    let e = s + 1;
    while (e < n && e - s < MAX_PERSON_TOKENS && isName(e) && !gazAt[e] && !has(e, KB.orgHead | KB.locHead)) e++;
    if (e - s >= 2) out.push({ field: f.field, start: s, end: e, type: 'PERSON', source: 'rule' });
  }
  // "X Y، عضو …": two or three name words set off by a comma before an office (Persian; Arabic has its own).
  for (let i = 1; lang === 'fa' && i < n; i++) {
    if (f.raw[i] !== '،' || !has(i + 1, KB.role | KB.title)) continue;
    const plain = (j: number): boolean => isName(j) && !gazAt[j] && !has(j, KB.orgHead | KB.locHead);
    let b = i;
    while (b > 0 && i - b < MAX_PERSON_TOKENS && plain(b - 1)) b--;
    let s = -1;
    for (let j = b; j < i - 1; j++) if (has(j, KB.first)) { s = j; break; }
    if (s < 0 && i - b >= 2 && i - b <= 3 && (b === 0 || f.words[b - 1] !== 1 || has(b - 1, KB.stop))) s = b;
    if (s >= 0 && i - s >= 2) out.push({ field: f.field, start: s, end: i, type: 'PERSON', source: 'rule' });
  }
  for (let i = 0; i < n; i++) {
    if (!opens(i)) continue;
    let e = i + 1;
    while (e < n && !closes(e) && e - i <= MAX_QUOTED_NAME_TOKENS + 1) e++;
    const len = e - i - 1;
    if (e >= n || len < 1 || len > MAX_QUOTED_NAME_TOKENS) continue;
    let allNames = true;
    for (let j = i + 1; j < e; j++) if (!isName(j)) allNames = false;
    if (!allNames) continue;
    const personCue = has(e + 1, KB.role) || has(i - 1, KB.title | KB.role) || has(i + 1, KB.first);
    if (personCue && len >= 2 && !gazAt[i + 1]) out.push({ field: f.field, start: i + 1, end: e, type: 'PERSON', source: 'rule' });
  }

  // 5. Persian tagger
  out.push(...taggerSpans);
  return out;

  /** Arabic "بلدة قلدون", "مدينة رأس العين": the place is the one or two name words after the head. */
  function arabicPlaceAfterHead(i: number): void {
    const g = gazAt[i + 1];
    const placeWord = (j: number): boolean => j < n && isName(j) && !gazAt[j] && !has(j, KB.placeStop | KB.locHead | KB.orgHead | KB.nisba)
      && (facts[j]?.locHeadClitic ?? 0) === 0;
    // A listed name is a candidate of its own, unless a name word follows a one-word listed name
    // ("بلدة تل حلف").
    if (g) { if (g.length === 1 && g.type === 'LOC' && placeWord(i + 2)) out.push({ field: f.field, start: i + 1, end: i + 3, type: 'LOCATION', source: 'rule' }); return; }
    if (!placeWord(i + 1)) return;
    // Generic heads ("منطقة", "مدينة") need an indefinite name after them ("منطقة الحدود" is no place name).
    if (has(i, KB.weakLocHead) && has(i + 1, KB.al)) return;
    // A second word joins ("تل حلف", "رأس العين") unless the first was definite (then it is complete).
    const second = placeWord(i + 2) || (gazAt[i + 2]?.type === 'LOC' && gazAt[i + 2]?.length === 1);
    const end = second && !has(i + 1, KB.al) ? i + 3 : i + 2;
    out.push({ field: f.field, start: i + 1, end, type: 'LOCATION', source: 'rule' });
  }
}

/** Tagger spans of PER/ORG/LOC, cut before a listed name of another kind ("ماکرون فرانسه" → "ماکرون"). */
function tagSpans(f: FieldTokens, res: Resources, lex: FieldLex): Candidate[] {
  const { gazAt } = lex;
  const model = res.taggers.fa;
  if (!model) return [];
  const out: Candidate[] = [];
  const tags = tagSequenceMasks(model, f.raw, tokenFlagMasks(res.gazetteer, f.raw, 'fa', f.keys, gazAt, lex.facts), f.keys, lex.facts);
  let s = -1, type = '';
  const close = (e: number): void => {
    const t = TAG_TYPES[type];
    if (s >= 0 && t) {
      let end = e;
      for (let k = s + 1; k < e; k++) {
        const g = gazAt[k];
        if (g && GAZ_TYPE[g.type] !== t) { end = k; break; }
      }
      // Punctuation is never part of a name: the tweet-trained model sometimes runs a span onto "،".
      let start = s;
      while (start < end && f.words[start] !== 1) start++;
      while (end > start && f.words[end - 1] !== 1) end--;
      // A role word opens no name ("رهبر انقلاب" is a title, not a person).
      if (end > start && !(t === 'PERSON' && ((lex.bits[start] ?? 0) & (KB.role | KB.title)) !== 0)) out.push({ field: f.field, start, end, type: t, source: 'tagger' });
    }
    s = -1;
  };
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-') || (tag.startsWith('I-') && tag.slice(2) !== type)) { close(i); s = i; type = tag.slice(2); }
    else if (tag === 'O') { close(i); type = ''; }
  });
  close(tags.length);
  return out;
}
