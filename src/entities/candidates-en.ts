/**
 * Candidate spans for English: runs of capitalized words, classified by the gazetteer, organization and
 * place head/tail words, person titles and the first-name list. Unknown multi-word runs are people
 * (the commonest case in news); unknown single words are left to document resolution (surnames).
 */
import type { EntityType } from '../types';
import { GAZ_TYPE, type Candidate, type FieldTokens } from './candidate';
import { KB, keyFacts } from './key-facts';
import { matchAt, vocabEn, type GazMatch } from './lexicon';
import type { Resources } from './resources';
import { MAX_PERSON_TOKENS } from './thresholds';

/** Share of capitalized words above which a field is a Title Case headline. */
const TITLE_CASE_SHARE = 0.6;

const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '”', '—', '–', '-', '•', '(', ')', '|', '/', ';']);

/** Opens with a capital A–Z (which also covers inner capitals, "McCain", "DeSantis"). */
function capitalized(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c >= 65 && c <= 90;
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;

/** Characters of a possessive ending: 2 for "'s", 1 for "s'", else 0. */
function possessiveTrim(raw: string): number {
  const n = raw.length;
  if (n < 2) return 0;
  const last = raw.charCodeAt(n - 1), before = raw.charCodeAt(n - 2);
  if (last === 115 && isApostrophe(before)) return 2;
  if (isApostrophe(last) && before === 115) return 1;
  return 0;
}

export function englishCandidates(f: FieldTokens, res: Resources, lowerSeen: { has(key: string): boolean }): Candidate[] {
  const v = vocabEn();
  const gaz = res.gazetteer;
  const out: Candidate[] = [];
  const n = f.count;
  const sentenceStart = (i: number): boolean => {
    if (i === 0 || i >= n) return true;
    if (SENTENCE_END.has(f.raw[i - 1] ?? '')) return true;
    for (let c = f.ends[i - 1] ?? 0; c < (f.starts[i] ?? 0); c++) if (f.text.charCodeAt(c) === 10) return true;
    return false;
  };
  // classifyRun asks for the listed name at one position several times: each is looked up once.
  const gazMemo: Array<GazMatch | null | undefined> = new Array<GazMatch | null | undefined>(n).fill(undefined);
  const gazAt = (i: number): GazMatch | null => {
    let m = gazMemo[i];
    if (m === undefined) { m = matchAt(gaz, f.raw, f.keys, i, 'en'); gazMemo[i] = m; }
    return m;
  };
  const keyNoPoss = (i: number): string => {
    const k = f.keys[i] ?? '';
    const t = possessiveTrim(f.raw[i] ?? '');
    return t ? k.slice(0, -t) : k;
  };

  // A headline in Title Case capitalizes every word: there only listed or rule-typed names count.
  let latinWords = 0, capitalWords = 0;
  for (let i = 0; i < n; i++) {
    if (f.words[i] !== 1) continue;
    const c = (f.raw[i] ?? '').charCodeAt(0);
    if (c >= 65 && c <= 90) { latinWords++; capitalWords++; } else if (c >= 97 && c <= 122) latinWords++;
  }
  const titleCase = latinWords >= 4 && capitalWords / latinWords > TITLE_CASE_SHARE;
  for (let i = 0; i < n;) {
    if (f.words[i] !== 1 || !capitalized(f.raw[i] ?? '')) { i++; continue; }
    // Collect the run: capitalized words, with "of"/"the"/"de" between capitalized words.
    let e = i + 1;
    while (e < n) {
      const t = f.raw[e] ?? '';
      if (f.words[e] === 1 && capitalized(t) && !sentenceStart(e) && possessiveTrim(f.raw[e - 1] ?? '') === 0) { e++; continue; }
      if (v.connectors.has(f.keys[e] ?? '') && f.keys[e] !== 'and' && capitalized(f.raw[e + 1] ?? '') && possessiveTrim(f.raw[e - 1] ?? '') === 0) { e += 2; continue; }
      break;
    }
    classifyRun(f, i, e, sentenceStart(i));
    i = e;
  }
  return out;

  /** A capitalized run that is the title of a work or a common phrase rather than a person: it follows
   *  "film"/"show"…, contains a capitalized function word ("Once Upon A Time", "Knocked Up"), is in capitals
   *  ("NIGHT FOR"), or has a word the article also writes in lower case ("Marriage Story" … "story"). */
  function looksLikeWorkTitle(a: number, b: number): boolean {
    // "Gerwig's Little Women": a capitalized run owned by a name is a work.
    if (v.workCues.has(f.keys[a - 1] ?? '') || possessiveTrim(f.raw[a - 1] ?? '') > 0) return true;
    let caps = true;
    for (let i = a; i < b; i++) {
      const k = keyNoPoss(i);
      if (i > a && (v.notNames.has(k) || v.connectors.has(k)) && /^[A-Z]/.test(f.raw[i] ?? '')) return true;
      if (lowerSeen.has(k) && !gaz.firstNames.has(k) && !gaz.lastNames.has(k)) return true;
      if ((f.raw[i] ?? '') !== (f.raw[i] ?? '').toUpperCase()) caps = false;
    }
    return caps;
  }

  function push(s: number, e: number, type: EntityType, source: Candidate['source'], gid?: string): void {
    out.push({ field: f.field, start: s, end: e, type, source, gid, trim: possessiveTrim(f.raw[e - 1] ?? '') });
  }

  function classifyRun(fl: FieldTokens, s0: number, e: number, atSentenceStart: boolean): void {
    let s = s0;
    // A sentence-initial common word is not part of the name ("The", "But", "Democrats" stays).
    if (atSentenceStart && (v.notNames.has(keyNoPoss(s)) || lowerSeen.has(keyNoPoss(s))) && !gazAt(s)) s++;
    while (s < e && v.notNames.has(keyNoPoss(s))) s++;
    if (s >= e) return;
    // Nationality words are no part of a name; a run made only of them and compass words is no name.
    const nationality = (i: number): boolean => (keyFacts(gaz, 'en', keyNoPoss(i)).bits & KB.demonym) !== 0 && !gazAt(i);
    while (e > s && nationality(e - 1)) e--;
    while (s < e && nationality(s)) s++;
    if (s >= e) return;
    let onlyDirections = true;
    for (let i = s; i < e; i++) if (!v.directions.has(keyNoPoss(i))) onlyDirections = false;
    if (onlyDirections) return;
    // "the film Silent River": the run names a work, whatever its words look like.
    if (v.workCues.has(fl.keys[s - 1] ?? '') && !gazAt(s)) return;
    const whole = gazAt(s);
    if (whole && s + whole.length === e) { push(s, e, GAZ_TYPE[whole.type], 'gazetteer', whole.gid); return; }
    const last = keyNoPoss(e - 1);
    if (e - s >= 2 && v.orgTails.has(last)) { push(s, e, 'ORGANIZATION', 'rule'); return; }
    // Strip titles ("President", "Sen.", "House Minority Leader") that are not the start of a listed name.
    let titled = false;
    while (s < e - 1 && v.titles.has(keyNoPoss(s)) && !gazAt(s)) { s++; titled = true; }
    // Split the run at listed names inside it ("Iran Bushehr" → two), keeping the longest matches.
    const parts: Array<[number, number, GazMatch | null]> = [];
    let p = s, restStart = s;
    while (p < e) {
      const m = gazAt(p);
      if (m && p + m.length <= e && !(titled && m.type === 'LOC' && e - s > m.length)) {
        if (restStart < p) parts.push([restStart, p, null]);
        parts.push([p, p + m.length, m]);
        p += m.length; restStart = p;
      } else p++;
    }
    if (restStart < e) parts.push([restStart, e, null]);
    for (const [a0, b, m] of parts) {
      if (m) { push(a0, b, GAZ_TYPE[m.type], 'gazetteer', m.gid); continue; }
      let a = a0;
      let partTitled = titled;
      while (a < b - 1 && v.titles.has(keyNoPoss(a))) { a++; partTitled = true; }
      if (v.titles.has(keyNoPoss(a)) || v.notNames.has(keyNoPoss(a))) continue;
      const len = b - a;
      const first = keyNoPoss(a);
      const lastK = keyNoPoss(b - 1);
      const rawA = fl.raw[a] ?? '';
      if (len === 1 && /^[A-Z]{2,6}$/.test(rawA.replace(/[.'’s]+$/, ''))) { push(a, b, 'ORGANIZATION', 'rule'); continue; }
      if (v.locHeads.has(first) && len >= 2) { push(a, b, 'LOCATION', 'rule'); continue; }
      if (v.locTails.has(lastK) && len >= 2) { push(a, b, 'LOCATION', 'rule'); continue; }
      if (v.orgHeads.has(first) && len >= 3) { push(a, b, 'ORGANIZATION', 'rule'); continue; }
      const cue = partTitled || gaz.firstNames.has(first);
      if (titleCase && !cue) continue;
      if (!cue && len >= 2 && looksLikeWorkTitle(a, b)) continue;
      if (len <= MAX_PERSON_TOKENS && (cue || len >= 2)) { push(a, b, 'PERSON', cue ? 'rule' : 'tagger'); continue; }
      // Unknown single word: kept as a weak person guess; resolution keeps it only if it joins a full name.
      if (len === 1) push(a, b, 'PERSON', 'tagger');
    }
  }
}
