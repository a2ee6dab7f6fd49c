/**
 * Arabic person names, found by the cues news Arabic puts around them: a title before the name
 * ("الرئيس … سامر الخطيب"), an office and its complement before it ("وزير الاستخبارات …، X Y،"), a verb of
 * saying right before it ("وقال X Y"), an office after it ("X Y، رئيس …"), or a listed first name opening
 * it. The name follows Arabic name structure: indefinite words, linked pairs ("عبد …", "أبو …", "بن …")
 * and at most one definite family name at the end; a definite nationality adjective ends it.
 */
import type { Candidate, FieldTokens } from './candidate';
import { isNisba, type GazMatch, type Vocab } from './lexicon';
import type { Gazetteer } from './resources';
import { MAX_PERSON_TOKENS } from './thresholds';

/** Tokens scanned past an office's complement ("أمين المجلس الأعلى للأمن القومي في إيران …") for the name. */
const MAX_ROLE_COMPLEMENT_TOKENS = 8;
/** Longest run before "، office" read as a name. */
const MAX_APPOSITIVE_TOKENS = 4;

const SENTENCE_PUNCT = new Set(['.', ':', '؟', '?', '!', '؛', ';', '«', '»', '"', '(', ')', '-', '–', '—']);
/** Proclitic conjunction/preposition before the article ("للأمن", "بالقرب", "والسكان"). */
const CLITIC_ARTICLE_RE = /^(?:و|ف)?(?:ب|ل|ك)?ال|^(?:و|ف)?لل/;

export function arabicPeople(f: FieldTokens, v: Vocab, gaz: Gazetteer, gazAt: ReadonlyArray<GazMatch | null>,
  nameWord: (i: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const n = f.tokens.length;
  const key = (i: number): string => f.keys[i] ?? '';
  const definite = (i: number): boolean => CLITIC_ARTICLE_RE.test(key(i));
  const bare = (k: string): string => (/^[وف]./.test(k) && k.length > 3 ? k.slice(1) : k);
  const speechVerb = (i: number): boolean => v.speechVerbs.has(key(i)) || v.speechVerbs.has(bare(key(i)));
  const cue = (i: number): boolean => v.titles.has(key(i)) || v.roles.has(key(i));
  /** A word that can be part of a person's name here. */
  // A word opening with the conjunction "و" is the next item of a list, not a name part ("وثقافي"),
  // unless it is a listed name ("وليد").
  const personWord = (i: number, listedOk = false): boolean => i < n && nameWord(i) && (listedOk || !gazAt[i])
    && (!/^و/.test(key(i)) || firstName(i)) && !v.orgHeads.has(key(i)) && !v.locHeads.has(key(i))
    && !v.commonSubjects.has(key(i)) && !speechVerb(i) && !cue(i);
  const firstName = (i: number): boolean => gaz.firstNames.has(key(i));

  /** End (exclusive) of the name starting at s; s when there is none. */
  const extent = (s: number, listedOk = false): number => {
    if (!personWord(s, listedOk) || definite(s)) return s;
    let e = s;
    while (e < n && e - s < MAX_PERSON_TOKENS && personWord(e, listedOk && e === s)) {
      const linked = e > s && (v.nameLinks.has(key(e - 1)) || v.compoundSeconds.has(key(e)));
      if (e > s && definite(e) && !linked) {
        // One definite family name may close the name; a nationality adjective may not.
        if (!isNisba(gaz, key(e)) && /^ال/.test(key(e))) e++;
        break;
      }
      e++;
    }
    while (e > s && v.nameLinks.has(key(e - 1))) e--;
    return e;
  };
  const push = (s: number, e: number, weak = false): void => {
    if (e > s) out.push({ field: f.field, start: s, end: e, type: 'PERSON', source: weak ? 'tagger' : 'rule' });
  };
  /** An ambiguous first name ("علي", "صالح") counts only before an indefinite second name word. */
  const plausible = (s: number, e: number): boolean => !v.ambiguousFirstNames.has(key(s)) || (e - s >= 2 && (!definite(s + 1) || v.compoundSeconds.has(key(s + 1))));

  for (let i = 0; i < n; i++) {
    const k = key(i);
    // 1. title, then adjectives of the title ("الرئيس الأمريكي الجديد …"), then the name.
    if (v.titles.has(k)) {
      let s = i + 1;
      while (s < n && s - i <= 4 && (f.raw[s] === '.' || (/^ال/.test(key(s)) && !v.nameLinks.has(key(s)) && isSkippableAdjective(s)))) s++;
      const e = extent(s, true);
      if (e > s && plausible(s, e)) { push(s, e); continue; }
    }
    // 2. office and complement, then "، name" or a listed first name.
    if (v.roles.has(k)) {
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
    if (firstName(i) && !v.ambiguousFirstNames.has(k) && !(i > 0 && v.nameLinks.has(key(i - 1)))) {
      const e = extent(i);
      if (e - i >= 2 && !definite(i + 1)) push(i, e);
    }
  }
  return out;

  /** Definite adjectives right after a title: nationality ("الأمريكي") or any definite word that is
   *  followed by more text before a name ("الجديد"). */
  function isSkippableAdjective(i: number): boolean {
    return isNisba(gaz, key(i)) || (i + 1 < n && !definite(i + 1) && personWord(i + 1) === true && !personWord(i));
  }
}
