/**
 * Document-level resolution: picks non-overlapping spans, finds further mentions of accepted names,
 * merges surface forms of one real-world entity (surname → full name, "تسنیم" → "خبرگزاری تسنیم",
 * gazetteer variants such as "آمریکا"/"ایالات متحده"), and settles each entity's type by majority.
 */
import type { Entity, EntityMention, EntityType } from '../types';
import type { Candidate, FieldName, FieldTokens } from './candidate';
import { FILTER_SLOTS, filterSlot } from './word-filter';
import { MIN_SURNAME_ALONE_CHARS, MIN_SURNAME_CHARS, MIN_TAGGER_SINGLE_COUNT, SOURCE_WEIGHT } from './thresholds';

interface Mention {
  readonly field: FieldName;
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Token keys of the name, space-joined. */
  readonly key: string;
  readonly type: EntityType;
  readonly source: Candidate['source'];
  readonly gid: string | undefined;
}

interface Group {
  /** The words of forms[0], the group's first and fullest form. */
  readonly words: readonly string[];
  forms: Mention[];
  mentions: Mention[];
  gid: string | undefined;
}

const FIELD_ORDER: Readonly<Record<FieldName, number>> = { title: 0, lead: 1, body: 2 };
const NO_POSITIONS: readonly number[] = [];

function toMention(c: Candidate, f: FieldTokens): Mention {
  const start = (f.starts[c.start] ?? 0) + (c.skip ?? 0);
  const end = (f.ends[c.end - 1] ?? 0) - (c.trim ?? 0);
  let key: string;
  if (c.end - c.start === 1 && !c.skip && !c.trim) key = f.keys[c.start] ?? '';
  else {
    const keys = f.keys.slice(c.start, c.end);
    if (c.skip && keys.length) keys[0] = (keys[0] ?? '').slice(c.skip);
    if (c.trim && keys.length) keys[keys.length - 1] = (keys[keys.length - 1] ?? '').slice(0, -(c.trim));
    key = keys.join(' ');
  }
  return { field: f.field, tokStart: c.start, tokEnd: c.end, start, end, text: f.text.slice(start, end), key, type: c.type, source: c.source, gid: c.gid };
}

/** Token ranges [start, end) taken so far in one field, flat as start, end, start, end… (a few dozen at
 *  most: a linear scan beats any index). */
class TakenRanges {
  private readonly bounds: number[] = [];

  overlaps(start: number, end: number): boolean {
    const b = this.bounds;
    for (let k = 0; k < b.length; k += 2) if (start < (b[k + 1] ?? 0) && (b[k] ?? 0) < end) return true;
    return false;
  }

  take(start: number, end: number): void {
    this.bounds.push(start, end);
  }
}

/** A mention of a form at tokens [tokStart, tokEnd) of a field (built field by field: a literal of one
 *  shape is much cheaper than spreading another mention). */
function mentionOf(key: string, type: EntityType, source: Candidate['source'], gid: string | undefined, f: FieldTokens, tokStart: number, tokEnd: number): Mention {
  const start = f.starts[tokStart] ?? 0, end = f.ends[tokEnd - 1] ?? 0;
  return { field: f.field, tokStart, tokEnd, start, end, text: f.text.slice(start, end), key, type, source, gid };
}

/** Highest-scoring non-overlapping candidates in one field. */
function selectSpans(cands: readonly Candidate[]): Candidate[] {
  const scored = cands.map((c) => ({ c, s: (c.end - c.start) * SOURCE_WEIGHT[c.source] + (c.gid ? 0.05 : 0) }));
  scored.sort((a, b) => b.s - a.s || a.c.start - b.c.start || a.c.end - b.c.end);
  const taken: Candidate[] = [];
  const ranges = new TakenRanges();
  for (const { c } of scored) if (!ranges.overlaps(c.start, c.end)) { ranges.take(c.start, c.end); taken.push(c); }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * "حسن کریمی" and "کریمی اصل" in one article are one person, "حسن کریمی اصل": a person span whose
 * last word opens another person form is extended by the rest of that form where the text continues so.
 */
function joinOverlappingPeople(mentions: readonly Mention[], fields: readonly FieldTokens[]): Mention[] {
  const forms = [...new Set(mentions.filter((m) => m.type === 'PERSON' && m.key.includes(' ')).map((m) => m.key))].map((key) => ({ key, parts: key.split(' ') }));
  if (forms.length < 2) return [...mentions];
  // Forms by their first word, in the order above: a mention is compared only with the forms its last
  // word opens.
  const formsOpenedBy = new Map<string, Array<{ key: string; parts: string[] }>>();
  for (const form of forms) {
    const list = formsOpenedBy.get(form.parts[0] ?? '');
    if (list) list.push(form); else formsOpenedBy.set(form.parts[0] ?? '', [form]);
  }
  const out: Mention[] = [];
  const drop = new Set<Mention>();
  for (const m of mentions) {
    if (drop.has(m)) continue;
    let extended: Mention | null = null;
    const f = m.type === 'PERSON' ? fields.find((x) => x.field === m.field) : undefined;
    if (f) {
      const parts = m.key.split(' ');
      for (const { key, parts: form } of formsOpenedBy.get(parts[parts.length - 1] ?? '') ?? []) {
        if (form[0] !== parts[parts.length - 1] || key === m.key || form.length < 2) continue;
        let continues = true;
        for (let j = 1; j < form.length; j++) if (f.keys[m.tokEnd + j - 1] !== form[j]) { continues = false; break; }
        if (!continues) continue;
        const endAt = f.ends[m.tokEnd + form.length - 2];
        if (endAt === undefined) continue;
        extended = { ...m, tokEnd: m.tokEnd + form.length - 1, end: endAt, text: f.text.slice(m.start, endAt), key: [...parts, ...form.slice(1)].join(' ') };
        break;
      }
    }
    if (extended) {
      const ext = extended;
      for (const o of mentions) if (o !== m && o.field === ext.field && o.tokStart < ext.tokEnd && ext.tokStart < o.tokEnd) drop.add(o);
      out.push(ext);
    } else out.push(m);
  }
  return out.filter((m) => !drop.has(m));
}

function isSubsequence(part: readonly string[], whole: readonly string[]): 'prefix' | 'suffix' | 'inner' | null {
  if (part.length >= whole.length) return null;
  for (let i = 0; i + part.length <= whole.length; i++) {
    let same = true;
    for (let j = 0; j < part.length; j++) if (part[j] !== whole[i + j]) { same = false; break; }
    if (same) return i === 0 ? 'prefix' : i + part.length === whole.length ? 'suffix' : 'inner';
  }
  return null;
}

export interface ResolveOptions {
  readonly notEntities: ReadonlySet<string>;
  /** Heads of organization / place names ("خبرگزاری", "استان"), to recognise "تسنیم" as "خبرگزاری تسنیم". */
  readonly heads: ReadonlySet<string>;
  /** Whether a recurring tagger-only single word may be an entity by itself (Persian tagger: yes;
   *  English capitalized-word guesses: no, they only join a fuller name). */
  readonly weakSinglesStand: boolean;
  /** Second parts of surnames written apart ("رستمی نژاد", "کریمی فر"): a full name ending in one is
   *  later called by its last two words, not by the tail alone. */
  readonly surnameTails?: ReadonlySet<string>;
}

/** Entity types in alphabetical order: a tie of votes goes to the first (the first of the stable sort
 *  by name that this replaces). */
const TYPES_BY_NAME: readonly EntityType[] = ['LOCATION', 'ORGANIZATION', 'PERSON'];

/** The type with the most votes (votes indexed as TYPES_BY_NAME); on a tie the first by name. */
function majorityType(votes: readonly number[]): EntityType {
  let best = 0;
  for (let t = 1; t < TYPES_BY_NAME.length; t++) if ((votes[t] ?? 0) > (votes[best] ?? 0)) best = t;
  return TYPES_BY_NAME[best] ?? 'PERSON';
}

/** White space as `\s` matches it in JavaScript. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s.split(/\s+/).length`, without the split. */
function wordCount(s: string): number {
  let pieces = 1;
  for (let i = 0; i < s.length; i++) if (isSpace(s.charCodeAt(i)) && (i === 0 || !isSpace(s.charCodeAt(i - 1)))) pieces++;
  return pieces;
}

/** The surface with the most words, then the most characters; the earliest on a tie. */
function fullestSurface(surfaces: readonly string[]): string {
  let best = '', bestWords = -1;
  for (const sf of surfaces) {
    const words = wordCount(sf);
    if (words > bestWords || (words === bestWords && sf.length > best.length)) { best = sf; bestWords = words; }
  }
  return best;
}

/** True when keys[i…] starts with the words `parts`. */
function continuesWith(keys: readonly string[], i: number, parts: readonly string[]): boolean {
  for (let j = 0; j < parts.length; j++) if (keys[i + j] !== parts[j]) return false;
  return true;
}

/** The order of `a.localeCompare(b)` (the same default collator, by definition), without building a
 *  collator per comparison. */
const KEY_ORDER = new Intl.Collator();

/** The slot filter of the first words searched for (step 4): module-wide, set and cleared on each call
 *  (a fresh 4 KB array per document was 8% of resolution). A slot left set by a call that threw only
 *  lets more tokens through to the exact set lookup. */
const FIRST_WORD_FILTER = new Uint8Array(FILTER_SLOTS);

/** `key.split(' ')`, computed once per distinct key (callers must not modify the arrays). */
function memoSplit(): (key: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (key) => {
    let words = cache.get(key);
    if (!words) { words = key.split(' '); cache.set(key, words); }
    return words;
  };
}

export function resolveEntities(fields: readonly FieldTokens[], cands: readonly Candidate[], opts: ResolveOptions): Entity[] {
  // 1. spans per field
  const spans: Mention[] = [];
  for (const f of fields) {
    for (const c of selectSpans(cands.filter((x) => x.field === f.field))) {
      const m = toMention(c, f);
      if (m.key !== '' && !opts.notEntities.has(m.key)) spans.push(m);
    }
  }
  const mentions = joinOverlappingPeople(spans, fields);

  // 2. weak (tagger-only) single words must recur; strong forms are searched for everywhere.
  const keyCount = new Map<string, number>();
  const strongKeys = new Set<string>();
  for (const m of mentions) {
    keyCount.set(m.key, (keyCount.get(m.key) ?? 0) + 1);
    if (m.source !== 'tagger' || m.key.includes(' ')) strongKeys.add(m.key);
  }

  // 3. group surface forms, longest first
  const forms = new Map<string, Mention>();
  for (const m of mentions) if (!forms.has(m.key)) forms.set(m.key, m);
  // Keys are split again and again below (each form against each group): split each one once.
  const wordsOf = memoSplit();
  const ordered = [...forms.values()].map((m) => ({ m, words: wordsOf(m.key).length }))
    .sort((a, b) => b.words - a.words || b.m.key.length - a.m.key.length || KEY_ORDER.compare(a.m.key, b.m.key)).map((x) => x.m);
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  for (const form of ordered) {
    const parts = wordsOf(form.key);
    let target: Group | undefined = form.gid ? groups.find((g) => g.gid === form.gid) : undefined;
    if (!target && form.type === 'ORGANIZATION' && parts.length >= 2) {
      // A short organization name that opens several longer spans ("سازمان بورس" in "سازمان بورس افزود"…)
      // is their common entity: the longer spans are one name run on into the sentence.
      const owners = groups.filter((g) => g.forms[0]?.type === 'ORGANIZATION' && isSubsequence(parts, g.words) === 'prefix');
      if (owners.length > 1) {
        const [keep, ...rest] = owners;
        for (const r of rest) { keep?.forms.push(...r.forms); for (const fm of r.forms) groupOf.set(fm.key, keep as Group); groups.splice(groups.indexOf(r), 1); }
        target = keep;
      }
    }
    if (!target) {
      for (const g of groups) {
        const main = g.forms[0];
        if (!main) continue;
        const whole = g.words;
        const rel = isSubsequence(parts, whole);
        if (!rel) continue;
        const headless = opts.heads.has(whole[0] ?? '') && rel === 'suffix' && parts.length === whole.length - 1;
        if (main.type === 'PERSON' && (form.type === 'PERSON' || form.source === 'tagger') && rel !== 'inner' && (form.key.length - (parts.length - 1) >= MIN_SURNAME_CHARS)) { target = g; break; }
        if (main.type === 'ORGANIZATION' && form.type === 'ORGANIZATION' && (rel === 'prefix' ? parts.length >= 2 : headless)) { target = g; break; }
        if (headless && form.type === main.type) { target = g; break; }
      }
    }
    const weakSingle = !strongKeys.has(form.key) && (keyCount.get(form.key) ?? 0) < MIN_TAGGER_SINGLE_COUNT[form.type];
    if (!target) {
      if (weakSingle || (!opts.weakSinglesStand && form.source === 'tagger' && !form.key.includes(' ') && !strongKeys.has(form.key))) continue;
      target = { words: parts, forms: [], mentions: [], gid: form.gid };
      groups.push(target);
    }
    target.forms.push(form);
    target.gid ??= form.gid;
    groupOf.set(form.key, target);
  }

  // 4. mentions of accepted forms, plus unmatched occurrences of them elsewhere in the document
  const used = new Map<FieldName, TakenRanges>();
  const claim = (m: Mention): boolean => {
    let taken = used.get(m.field);
    if (!taken) { taken = new TakenRanges(); used.set(m.field, taken); }
    if (taken.overlaps(m.tokStart, m.tokEnd)) return false;
    taken.take(m.tokStart, m.tokEnd);
    return true;
  };
  for (const m of mentions) { const g = groupOf.get(m.key); if (g && claim(m)) g.mentions.push(m); }
  // A person named in full is later called by the surname alone ("… کوهین", "Lincoln said"): the
  // surname forms to look for, the same in every field.
  const surnames: Array<{ readonly g: Group; readonly main: Mention; readonly surname: string; readonly parts: readonly string[]; readonly capital: boolean }> = [];
  for (const g of groups) {
    const main = g.forms[0];
    if (!main || main.type !== 'PERSON') continue;
    const parts = main.key.split(' ');
    const tailed = parts.length >= 3 && (opts.surnameTails?.has(parts[parts.length - 1] ?? '') ?? false);
    const surnameParts = parts.slice(tailed ? -2 : -1);
    const surname = surnameParts.join(' ');
    if (parts.length < 2 || surname.length < MIN_SURNAME_ALONE_CHARS || opts.notEntities.has(surname) || groupOf.has(surname)) continue;
    surnames.push({ g, main, surname, parts: surnameParts, capital: /^\p{Lu}/u.test(main.text.split(/\s+/).pop() ?? '') });
  }
  // Positions are needed only for the first words of accepted forms and of surnames.
  const firstWords = new Set<string>();
  for (const key of groupOf.keys()) firstWords.add(wordsOf(key)[0] ?? '');
  for (const sn of surnames) firstWords.add(sn.parts[0] ?? '');
  // Most tokens fail this filter and skip the set probe.
  for (const w of firstWords) FIRST_WORD_FILTER[filterSlot(w)] = 1;
  // Each accepted form with the mention it was first seen as (the same for every field).
  const searched: Array<{ readonly g: Group; readonly parts: readonly string[]; readonly proto: Mention }> = [];
  for (const [key, g] of groupOf) {
    const proto = g.forms.find((x) => x.key === key);
    if (proto) searched.push({ g, parts: wordsOf(key), proto });
  }
  for (const f of fields) {
    // Positions of each needed first word, so each accepted form is looked for only where its first word occurs.
    const at = new Map<string, number[]>();
    for (let i = 0; i < f.keys.length; i++) {
      const k = f.keys[i] ?? '';
      if (FIRST_WORD_FILTER[filterSlot(k)] === 0 || !firstWords.has(k)) continue;
      const list = at.get(k);
      if (list) list.push(i); else at.set(k, [i]);
    }
    for (const { g, parts, proto } of searched) {
      for (const i of at.get(parts[0] ?? '') ?? NO_POSITIONS) {
        if (i + parts.length > f.keys.length || !continuesWith(f.keys, i, parts)) continue;
        const m = mentionOf(proto.key, proto.type, proto.source, proto.gid, f, i, i + parts.length);
        if (claim(m)) g.mentions.push(m);
      }
    }
    for (const { g, main, surname, parts: surnameParts, capital } of surnames) {
      for (const i of at.get(surnameParts[0] ?? '') ?? NO_POSITIONS) {
        if (!continuesWith(f.keys, i, surnameParts)) continue;
        if (i + surnameParts.length > f.count || (capital && !/^\p{Lu}/u.test(f.raw[i] ?? ''))) continue;
        const m = mentionOf(surname, main.type, 'tagger', undefined, f, i, i + surnameParts.length);
        if (claim(m)) g.mentions.push(m);
      }
    }
  }

  for (const w of firstWords) FIRST_WORD_FILTER[filterSlot(w)] = 0;

  // 5. build entities
  const entities: Array<{ e: Entity; pos: [number, number] }> = [];
  for (const g of groups) {
    if (g.mentions.length === 0) continue;
    g.mentions.sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start);
    const votes = [0, 0, 0];
    for (const m of g.mentions) { const t = TYPES_BY_NAME.indexOf(m.type); votes[t] = (votes[t] ?? 0) + SOURCE_WEIGHT[m.source]; }
    const type = majorityType(votes);
    // Every distinct written form is listed ("المياه"/"المياة" share a key but not a spelling), so each
    // mention's offsets slice back to the entity's text or one of its aliases.
    // (Plain loops: array built-ins called on these short-lived arrays kept V8 deoptimizing this function.)
    const surfaces: string[] = [];
    const mentionsOut: EntityMention[] = [];
    for (const m of g.mentions) {
      // (A handful of surfaces per entity: a scan costs less than a Set.)
      if (!surfaces.includes(m.text)) surfaces.push(m.text);
      mentionsOut.push({ field: m.field, start: m.start, end: m.end });
    }
    const text = fullestSurface(surfaces);
    const aliases: string[] = [];
    for (const sf of surfaces) if (sf !== text) aliases.push(sf);
    const first = g.mentions[0];
    entities.push({
      e: { text, type, aliases, count: mentionsOut.length, mentions: mentionsOut },
      pos: [first ? FIELD_ORDER[first.field] : 3, first?.start ?? 0],
    });
  }
  entities.sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1]);
  return entities.map((x) => x.e);
}
