/**
 * Candidate spans for Persian and Arabic text: gazetteer matches, head-word rules (organizations,
 * places), title/role rules and quoted names (people), and — for Persian — the statistical tagger.
 */
import type { EntityType } from '../types';
import { GAZ_TYPE, type Candidate, type FieldTokens } from './candidate';
import { arabicPeople } from './candidates-ar-people';
import { isNisba, matchAt, tokenFlags, vocab, type Vocab } from './lexicon';
import type { Resources } from './resources';
import { tagSequence } from './tagger';
import { DERIVED_PLACE_GID_RE, MAX_ORG_TOKENS, MAX_PERSON_TOKENS, MAX_QUOTED_NAME_TOKENS } from './thresholds';

const OPEN_QUOTES = new Set(['"', '«', '“', "'"]);
const CLOSE_QUOTES = new Set(['"', '»', '”', "'"]);
const TAG_TYPES: Readonly<Record<string, EntityType>> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' };

/** A token that can be part of a name: a word, not a function word, not a role or title. */
function nameWord(f: FieldTokens, i: number, v: Vocab): boolean {
  const t = f.tokens[i];
  const k = f.keys[i] ?? '';
  // Persian verb forms with the durative prefix ("می‌کنند", "نمی‌شود") end a name.
  if (t && /^ن?می\u200c/.test(t.text)) return false;
  return !!t && t.word && !/^\d+$/.test(k) && !v.stops.has(k) && !v.titles.has(k) && !v.roles.has(k);
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

/** Characters of an Arabic proclitic (و, ف, ب, ل, ك and pairs) before an organization head ("بوزارة"). */
function headClitic(key: string, heads: ReadonlySet<string>, lang: 'fa' | 'ar'): number {
  if (lang !== 'ar' || heads.has(key)) return 0;
  const m = /^(?:و|ف)?(?:ب|ل|ک)?/.exec(key);
  const len = m ? m[0].length : 0;
  return len > 0 && heads.has(key.slice(len)) ? len : 0;
}

export function arabicScriptCandidates(f: FieldTokens, lang: 'fa' | 'ar', res: Resources): Candidate[] {
  const v = vocab(lang);
  const gaz = res.gazetteer;
  const out: Candidate[] = [];
  const n = f.tokens.length;
  const gazAt: Array<ReturnType<typeof matchAt>> = [];
  for (let i = 0; i < n; i++) gazAt.push(f.tokens[i]?.word ? matchAt(gaz, f.raw, f.keys, i, lang) : null);

  // Persian tagger spans, used below to bound rule extents and as candidates of their own.
  const taggerSpans = lang === 'fa' ? tagSpans(f, res, gazAt) : [];
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
    const headSkip = headClitic(k, v.orgHeads, lang);
    if (!v.orgHeads.has(headSkip ? k.slice(1) : k)) continue;
    let j = i + 1;
    // True once a listed or quoted name sits inside the span: its extent is then trusted over the tagger.
    let knownName = false;
    while (j < n && j - i < MAX_ORG_TOKENS) {
      if (CLOSE_QUOTES.has(f.raw[j] ?? '') || OPEN_QUOTES.has(f.raw[j] ?? '')) {
        // «نووستی» right after the head is the name.
        if (j === i + 1 && OPEN_QUOTES.has(f.raw[j] ?? '')) { j++; knownName = true; continue; }
        if (j > i + 1 && CLOSE_QUOTES.has(f.raw[j] ?? '') && OPEN_QUOTES.has(f.raw[i + 1] ?? '')) { j++; }
        break;
      }
      const kj = f.keys[j] ?? '';
      // "و" joins two name parts ("بورس و اوراق بهادار") only between name words.
      if (kj === 'و' && j > i + 1 && nameWord(f, j + 1, v) && !gazAt[j + 1]) { j++; continue; }
      if (!nameWord(f, j, v) || (lang === 'fa' && v.orgHeads.has(kj) && j > i + 1)) break;
      if (startsWithConjunction(kj, lang) && j < i + 3) break;
      if (lang === 'ar' && !arabicNameContinues(kj, j - i - 1)) break;
      const g = gazAt[j];
      // A place ends the name, except an Arabic "للـ…" complement after it ("مركز تونس للحريات").
      if (g) { j += g.length; knownName = true; if (g.type === 'LOC' && !(lang === 'ar' && /^لل/.test(f.keys[j] ?? ''))) break; continue; }
      // An Arabic nationality adjective completes a generic head ("الجيش الإسرائيلي").
      if (lang === 'ar' && isNisba(gaz, kj)) { j++; knownName = true; break; }
      j++;
    }
    // Persian: without a listed or quoted name inside it, trust the tagger's end, else keep head + one word.
    if (lang === 'fa' && !knownName) {
      const te = taggerEndAt.get(i);
      j = te !== undefined && te > i + 1 ? Math.min(j, te) : Math.min(j, i + 2);
    }
    while (j > i + 1 && (f.keys[j - 1] === 'و' || OPEN_QUOTES.has(f.raw[j - 1] ?? ''))) j--;
    const len = j - i;
    if (len < 2) continue;
    // A generic head with one word is a name when the outlet is quoted as writing ("روزنامه X نوشت").
    const writes = v.publicationVerbs.has(f.keys[j] ?? '');
    if (v.weakOrgHeads.has(headSkip ? k.slice(1) : k) && len < 3 && !knownName && !gazAt[i + 1] && !writes) continue;
    out.push({ field: f.field, start: i, end: j, type: 'ORGANIZATION', source: 'rule', skip: headSkip });
  }

  // 3. place heads: "استان یزد", "محافظة القاهرة"
  for (let i = 0; i < n; i++) {
    const k = f.keys[i] ?? '';
    if (!v.locHeads.has(k)) continue;
    const g = gazAt[i + 1];
    if (v.placeHeadsOutsideName.has(k)) { arabicPlaceAfterHead(i); continue; }
    // No group id: "استان یزد" and "شهرستان یزد" are different places sharing a name.
    if (g && g.type === 'LOC') { out.push({ field: f.field, start: i, end: i + 1 + g.length, type: 'LOCATION', source: 'rule' }); continue; }
    if (v.weakLocHeads.has(k) || !nameWord(f, i + 1, v) || v.orgHeads.has(f.keys[i + 1] ?? '') || v.locHeads.has(f.keys[i + 1] ?? '')) continue;
    // Persian: an unlisted word after the head must look like a name to the tagger ("استان مطلع" is not).
    if (lang === 'fa' && !taggerSpans.some((t) => t.start <= i + 1 && i + 1 < t.end && t.type === 'LOCATION')) continue;
    out.push({ field: f.field, start: i, end: i + 2, type: 'LOCATION', source: 'rule' });
  }

  // 4. people: title/role then a name that starts with a listed first name, or a quoted name next to a role.
  if (lang === 'ar') out.push(...arabicPeople(f, v, gaz, gazAt, (i) => nameWord(f, i, v)));
  for (let i = 0; lang === 'fa' && i < n; i++) {
    const k = f.keys[i] ?? '';
    const cue = v.titles.has(k) || v.roles.has(k);
    if (!cue) continue;
    let s = i + 1;
    // Skip the rest of a multi-word role ("وزیر امور خارجه آمریکا") until a first name starts.
    while (s < n && s - i <= 5 && !gaz.firstNames.has(f.keys[s] ?? '') && nameWord(f, s, v)) s++;
    if (!gaz.firstNames.has(f.keys[s] ?? '')) continue;
    let e = s + 1;
    while (e < n && e - s < MAX_PERSON_TOKENS && nameWord(f, e, v) && !gazAt[e] && !v.orgHeads.has(f.keys[e] ?? '') && !v.locHeads.has(f.keys[e] ?? '')) e++;
    if (e - s >= 2) out.push({ field: f.field, start: s, end: e, type: 'PERSON', source: 'rule' });
  }
  // "X Y، عضو …": two or three name words set off by a comma before an office (Persian; Arabic has its own).
  for (let i = 1; lang === 'fa' && i < n; i++) {
    if (f.raw[i] !== '،' || !(v.roles.has(f.keys[i + 1] ?? '') || v.titles.has(f.keys[i + 1] ?? ''))) continue;
    const plain = (j: number): boolean => nameWord(f, j, v) && !gazAt[j] && !v.orgHeads.has(f.keys[j] ?? '') && !v.locHeads.has(f.keys[j] ?? '');
    let b = i;
    while (b > 0 && i - b < MAX_PERSON_TOKENS && plain(b - 1)) b--;
    let s = -1;
    for (let j = b; j < i - 1; j++) if (gaz.firstNames.has(f.keys[j] ?? '')) { s = j; break; }
    if (s < 0 && i - b >= 2 && i - b <= 3 && (b === 0 || !f.tokens[b - 1]?.word || v.stops.has(f.keys[b - 1] ?? ''))) s = b;
    if (s >= 0 && i - s >= 2) out.push({ field: f.field, start: s, end: i, type: 'PERSON', source: 'rule' });
  }
  for (let i = 0; i < n; i++) {
    if (!OPEN_QUOTES.has(f.raw[i] ?? '')) continue;
    let e = i + 1;
    while (e < n && !CLOSE_QUOTES.has(f.raw[e] ?? '') && e - i <= MAX_QUOTED_NAME_TOKENS + 1) e++;
    const len = e - i - 1;
    if (e >= n || len < 1 || len > MAX_QUOTED_NAME_TOKENS) continue;
    let allNames = true;
    for (let j = i + 1; j < e; j++) if (!nameWord(f, j, v)) allNames = false;
    if (!allNames) continue;
    const after = f.keys[e + 1] ?? '', before = f.keys[i - 1] ?? '';
    const personCue = v.roles.has(after) || v.titles.has(before) || v.roles.has(before) || gaz.firstNames.has(f.keys[i + 1] ?? '');
    if (personCue && len >= 2 && !gazAt[i + 1]) out.push({ field: f.field, start: i + 1, end: e, type: 'PERSON', source: 'rule' });
  }

  // 5. Persian tagger
  out.push(...taggerSpans);
  return out;

  /** Arabic "بلدة قلدون", "مدينة رأس العين": the place is the one or two name words after the head. */
  function arabicPlaceAfterHead(i: number): void {
    const k = f.keys[i] ?? '';
    const g = gazAt[i + 1];
    const placeWord = (j: number): boolean => j < n && nameWord(f, j, v) && !gazAt[j] && !v.placeStops.has(f.keys[j] ?? '')
      && !v.locHeads.has(f.keys[j] ?? '') && !v.orgHeads.has(f.keys[j] ?? '') && headClitic(f.keys[j] ?? '', v.locHeads, lang) === 0 && !isNisba(gaz, f.keys[j] ?? '');
    // A listed name is a candidate of its own, unless a name word follows a one-word listed name
    // ("بلدة تل حلف").
    if (g) { if (g.length === 1 && g.type === 'LOC' && placeWord(i + 2)) out.push({ field: f.field, start: i + 1, end: i + 3, type: 'LOCATION', source: 'rule' }); return; }
    if (!placeWord(i + 1)) return;
    // Generic heads ("منطقة", "مدينة") need an indefinite name after them ("منطقة الحدود" is no place name).
    if (v.weakLocHeads.has(k) && /^ال/.test(f.keys[i + 1] ?? '')) return;
    // A second word joins ("تل حلف", "رأس العين") unless the first was definite (then it is complete).
    const second = placeWord(i + 2) || (gazAt[i + 2]?.type === 'LOC' && gazAt[i + 2]?.length === 1);
    const end = second && !/^ال/.test(f.keys[i + 1] ?? '') ? i + 3 : i + 2;
    out.push({ field: f.field, start: i + 1, end, type: 'LOCATION', source: 'rule' });
  }
}

/** Tagger spans of PER/ORG/LOC, cut before a listed name of another kind ("ماکرون فرانسه" → "ماکرون"). */
function tagSpans(f: FieldTokens, res: Resources, gazAt: ReadonlyArray<ReturnType<typeof matchAt>>): Candidate[] {
  const model = res.taggers.fa;
  if (!model) return [];
  const out: Candidate[] = [];
  const tags = tagSequence(model, f.raw, tokenFlags(res.gazetteer, f.raw, 'fa', f.keys, gazAt), f.keys);
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
      while (start < end && !f.tokens[start]?.word) start++;
      while (end > start && !f.tokens[end - 1]?.word) end--;
      // A role word opens no name ("رهبر انقلاب" is a title, not a person).
      const v = vocab('fa');
      const firstKey = f.keys[start] ?? '';
      if (end > start && !(t === 'PERSON' && (v.roles.has(firstKey) || v.titles.has(firstKey)))) out.push({ field: f.field, start, end, type: t, source: 'tagger' });
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
