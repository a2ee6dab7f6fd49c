/**
 * Arabic person names, found by the cues news Arabic puts around them: a title before the name
 * ("الرئيس … سامر الخطيب"), an office and its complement before it ("وزير الاستخبارات …، X Y،"), a verb of
 * saying right before it ("وقال X Y"), an office after it ("X Y، رئيس …"), or a listed first name opening
 * it. The name follows Arabic name structure: indefinite words, linked pairs ("عبد …", "أبو …", "بن …")
 * and at most one definite family name at the end; a definite nationality adjective ends it.
 */
import type { Candidate, FieldTokens } from './candidate';
import { KB, type FieldLex } from './key-facts';
import { MAX_PERSON_TOKENS } from './thresholds';

/** Tokens scanned past an office's complement ("أمين المجلس الأعلى للأمن القومي في إيران …") for the name. */
const MAX_ROLE_COMPLEMENT_TOKENS = 8;
/** Longest run before "، office" read as a name. */
const MAX_APPOSITIVE_TOKENS = 4;

const SENTENCE_PUNCT = new Set(['.', ':', '؟', '?', '!', '؛', ';', '«', '»', '"', '(', ')', '-', '–', '—']);

export function arabicPeople(f: FieldTokens, lex: FieldLex): Candidate[] {
  const out: Candidate[] = [];
  const n = f.count;
  const { gazAt } = lex;
  const has = (i: number, bit: number): boolean => ((lex.bits[i] ?? 0) & bit) !== 0;
  const nameWord = (i: number): boolean => lex.nameOk[i] === 1;
  const definite = (i: number): boolean => has(i, KB.definite);
  const speechVerb = (i: number): boolean => has(i, KB.speech);
  const cue = (i: number): boolean => has(i, KB.title | KB.role);
  /** A word that can be part of a person's name here. */
  // A word opening with the conjunction "و" is the next item of a list, not a name part ("وثقافي"),
  // unless it is a listed name ("وليد").
  const personWord = (i: number, listedOk = false): boolean => i < n && nameWord(i) && (listedOk || !gazAt[i])
    && (!has(i, KB.waw) || firstName(i)) && !has(i, KB.orgHead | KB.locHead | KB.commonSubject | KB.speech | KB.title | KB.role);
  const firstName = (i: number): boolean => has(i, KB.first);

  /** End (exclusive) of the name starting at s; s when there is none. */
  const extent = (s: number, listedOk = false): number => {
    if (!personWord(s, listedOk) || definite(s)) return s;
    let e = s;
    while (e < n && e - s < MAX_PERSON_TOKENS && personWord(e, listedOk && e === s)) {
      const linked = e > s && (has(e - 1, KB.nameLink) || has(e, KB.compoundSecond));
      if (e > s && definite(e) && !linked) {
        // One definite family name may close the name; a nationality adjective may not.
        if (!has(e, KB.nisba) && has(e, KB.al)) e++;
        break;
      }
      e++;
    }
    while (e > s && has(e - 1, KB.nameLink)) e--;
    return e;
  };
  const push = (s: number, e: number, weak = false): void => {
    if (e > s) out.push({ field: f.field, start: s, end: e, type: 'PERSON', source: weak ? 'tagger' : 'rule' });
  };
  /** An ambiguous first name ("علي", "صالح") counts only before an indefinite second name word. */
  const plausible = (s: number, e: number): boolean => !has(s, KB.ambiguousFirst) || (e - s >= 2 && (!definite(s + 1) || has(s + 1, KB.compoundSecond)));

  for (let i = 0; i < n; i++) {
    // 1. title, then adjectives of the title ("الرئيس الأمريكي الجديد …"), then the name.
    if (has(i, KB.title)) {
      let s = i + 1;
      while (s < n && s - i <= 4 && (f.raw[s] === '.' || (has(s, KB.al) && !has(s, KB.nameLink) && isSkippableAdjective(s)))) s++;
      const e = extent(s, true);
      if (e > s && plausible(s, e)) { push(s, e); continue; }
    }
    // 2. office and complement, then "، name" or a listed first name.
    if (has(i, KB.role)) {
      for (let s = i + 1; s < n && s - i <= MAX_ROLE_COMPLEMENT_TOKENS; s++) {
        if (SENTENCE_PUNCT.has(f.raw[s] ?? '') || speechVerb(s)) break;
        if (f.raw[s] === '،') {
          // The name is set off by commas or ends the clause ("وزير …، X Y، إنه").
          const e = extent(s + 1);
          if (e > s + 1 && (f.raw[e] === '،' || SENTENCE_PUNCT.has(f.raw[e] ?? '') || speechVerb(e))) push(s + 1, e);
          break;
        }
        if (firstName(s)) {
          const e = extent(s);
          if (e - s >= 2 && plausible(s, e)) push(s, e);
          if (e > s) break;
        }
      }
    }
    // 3. verb of saying, then its subject.
    // Without a listed first name only the first word is kept, as a weak form that must join a fuller
    // name found elsewhere ("وأشار سامر …" → "سامر الخطيب").
    if (speechVerb(i) && !definite(i + 1)) {
      const e = extent(i + 1);
      if (e > i + 1 && plausible(i + 1, e)) { if (firstName(i + 1)) push(i + 1, e); else push(i + 1, i + 2, true); }
    }
    // 4. "name، office …"
    if (f.raw[i] === '،' && cue(i + 1)) {
      let b = i;
      while (b > 0 && i - (b - 1) <= MAX_APPOSITIVE_TOKENS && personWord(b - 1)) b--;
      let s = -1;
      for (let j = b; j < i; j++) if (firstName(j)) { s = j; break; }
      if (s < 0 && i - b >= 2 && i - b <= 3 && (b === 0 || !nameWord(b - 1))) s = b;
      if (s >= 0) { const e = extent(s); if (e === i && e - s >= 2 && plausible(s, e)) push(s, e); }
    }
    // 5. a listed first name opening a name of two or more words.
    if (firstName(i) && !has(i, KB.ambiguousFirst) && !(i > 0 && has(i - 1, KB.nameLink))) {
      const e = extent(i);
      if (e - i >= 2 && !definite(i + 1)) push(i, e);
    }
  }
  return out;

  /** Definite adjectives right after a title: nationality ("الأمريكي") or any definite word that is
   *  followed by more text before a name ("الجديد"). */
  function isSkippableAdjective(i: number): boolean {
    return has(i, KB.nisba) || (i + 1 < n && !definite(i + 1) && personWord(i + 1) === true && !personWord(i));
  }
}
