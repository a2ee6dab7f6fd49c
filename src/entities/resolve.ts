/**
 * Document-level resolution: picks non-overlapping spans, finds further mentions of accepted names,
 * merges surface forms of one real-world entity (surname → full name, "تسنیم" → "خبرگزاری تسنیم",
 * gazetteer variants such as "آمریکا"/"ایالات متحده"), and settles each entity's type by majority.
 */
import type { Entity, EntityMention, EntityType } from '../types';
import type { Candidate, FieldName, FieldTokens } from './candidate';
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
  forms: Mention[];
  mentions: Mention[];
  gid: string | undefined;
}

const FIELD_ORDER: Readonly<Record<FieldName, number>> = { title: 0, lead: 1, body: 2 };

function toMention(c: Candidate, f: FieldTokens): Mention {
  const first = f.tokens[c.start], last = f.tokens[c.end - 1];
  const start = (first?.start ?? 0) + (c.skip ?? 0);
  const end = (last?.end ?? 0) - (c.trim ?? 0);
  const keys = f.keys.slice(c.start, c.end);
  if (c.skip && keys.length) keys[0] = (keys[0] ?? '').slice(c.skip);
  if (c.trim && keys.length) keys[keys.length - 1] = (keys[keys.length - 1] ?? '').slice(0, -(c.trim));
  return { field: f.field, tokStart: c.start, tokEnd: c.end, start, end, text: f.text.slice(start, end), key: keys.join(' '), type: c.type, source: c.source, gid: c.gid };
}

/** Highest-scoring non-overlapping candidates in one field. */
function selectSpans(cands: readonly Candidate[]): Candidate[] {
  const scored = cands.map((c) => ({ c, s: (c.end - c.start) * SOURCE_WEIGHT[c.source] + (c.gid ? 0.05 : 0) }));
  scored.sort((a, b) => b.s - a.s || a.c.start - b.c.start || a.c.end - b.c.end);
  const taken: Candidate[] = [];
  for (const { c } of scored) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * "حسن کریمی" and "کریمی اصل" in one article are one person, "حسن کریمی اصل": a person span whose
 * last word opens another person form is extended by the rest of that form where the text continues so.
 */
function joinOverlappingPeople(mentions: readonly Mention[], fields: readonly FieldTokens[]): Mention[] {
  const forms = [...new Set(mentions.filter((m) => m.type === 'PERSON' && m.key.includes(' ')).map((m) => m.key))].map((k) => k.split(' '));
  if (forms.length < 2) return [...mentions];
  const out: Mention[] = [];
  const drop = new Set<Mention>();
  for (const m of mentions) {
    if (drop.has(m)) continue;
    const f = fields.find((x) => x.field === m.field);
    const parts = m.key.split(' ');
    let extended: Mention | null = null;
    if (f && m.type === 'PERSON') {
      for (const form of forms) {
        if (form[0] !== parts[parts.length - 1] || form.join(' ') === m.key || form.length < 2) continue;
        const rest = form.slice(1);
        if (!rest.every((p, j) => f.keys[m.tokEnd + j] === p)) continue;
        const endTok = f.tokens[m.tokEnd + rest.length - 1];
        if (!endTok) continue;
        extended = { ...m, tokEnd: m.tokEnd + rest.length, end: endTok.end, text: f.text.slice(m.start, endTok.end), key: [...parts, ...rest].join(' ') };
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
    if (part.every((p, j) => p === whole[i + j])) return i === 0 ? 'prefix' : i + part.length === whole.length ? 'suffix' : 'inner';
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
  let mentions: Mention[] = [];
  for (const f of fields) {
    const own = selectSpans(cands.filter((c) => c.field === f.field));
    mentions.push(...own.map((c) => toMention(c, f)));
  }
  mentions = mentions.filter((m) => m.key !== '' && !opts.notEntities.has(m.key));
  mentions = joinOverlappingPeople(mentions, fields);

  // 2. weak (tagger-only) single words must recur; strong forms are searched for everywhere.
  const keyCount = new Map<string, number>();
  for (const m of mentions) keyCount.set(m.key, (keyCount.get(m.key) ?? 0) + 1);
  const strongKeys = new Set(mentions.filter((m) => m.source !== 'tagger' || m.key.includes(' ')).map((m) => m.key));

  // 3. group surface forms, longest first
  const forms = new Map<string, Mention>();
  for (const m of mentions) if (!forms.has(m.key)) forms.set(m.key, m);
  // Keys are split again and again below (each form against each group): split each one once.
  const wordsOf = memoSplit();
  const ordered = [...forms.values()].sort((a, b) => wordsOf(b.key).length - wordsOf(a.key).length || b.key.length - a.key.length || a.key.localeCompare(b.key));
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  for (const form of ordered) {
    const parts = wordsOf(form.key);
    let target: Group | undefined = form.gid ? groups.find((g) => g.gid === form.gid) : undefined;
    if (!target && form.type === 'ORGANIZATION' && parts.length >= 2) {
      // A short organization name that opens several longer spans ("سازمان بورس" in "سازمان بورس افزود"…)
      // is their common entity: the longer spans are one name run on into the sentence.
      const owners = groups.filter((g) => g.forms[0]?.type === 'ORGANIZATION' && isSubsequence(parts, wordsOf(g.forms[0]?.key ?? '')) === 'prefix');
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
        const whole = wordsOf(main.key);
        const rel = isSubsequence(parts, whole);
        if (!rel) continue;
        const headless = opts.heads.has(whole[0] ?? '') && rel === 'suffix' && parts.length === whole.length - 1;
        if (main.type === 'PERSON' && (form.type === 'PERSON' || form.source === 'tagger') && rel !== 'inner' && (parts.join('').length >= MIN_SURNAME_CHARS)) { target = g; break; }
        if (main.type === 'ORGANIZATION' && form.type === 'ORGANIZATION' && (rel === 'prefix' ? parts.length >= 2 : headless)) { target = g; break; }
        if (headless && form.type === main.type) { target = g; break; }
      }
    }
    const weakSingle = !strongKeys.has(form.key) && (keyCount.get(form.key) ?? 0) < MIN_TAGGER_SINGLE_COUNT[form.type];
    if (!target) {
      if (weakSingle || (!opts.weakSinglesStand && form.source === 'tagger' && !form.key.includes(' ') && !strongKeys.has(form.key))) continue;
      target = { forms: [], mentions: [], gid: form.gid };
      groups.push(target);
    }
    target.forms.push(form);
    target.gid ??= form.gid;
    groupOf.set(form.key, target);
  }

  // 4. mentions of accepted forms, plus unmatched occurrences of them elsewhere in the document
  const used = new Map<FieldName, Array<[number, number]>>();
  const claim = (m: Mention): boolean => {
    const list = used.get(m.field) ?? [];
    if (list.some(([a, b]) => m.tokStart < b && a < m.tokEnd)) return false;
    list.push([m.tokStart, m.tokEnd]);
    used.set(m.field, list);
    return true;
  };
  for (const m of mentions) { const g = groupOf.get(m.key); if (g && claim(m)) g.mentions.push(m); }
  for (const f of fields) {
    // Positions of each token key, so each accepted form is looked for only where its first word occurs.
    const at = new Map<string, number[]>();
    f.keys.forEach((k, i) => { const list = at.get(k); if (list) list.push(i); else at.set(k, [i]); });
    for (const [key, g] of groupOf) {
      const parts = wordsOf(key);
      const proto = g.forms.find((x) => x.key === key);
      if (!proto) continue;
      for (const i of at.get(parts[0] ?? '') ?? []) {
        if (i + parts.length > f.keys.length || !parts.every((p, j) => f.keys[i + j] === p)) continue;
        const first = f.tokens[i], last = f.tokens[i + parts.length - 1];
        if (!first || !last) continue;
        const m: Mention = { ...proto, field: f.field, tokStart: i, tokEnd: i + parts.length, start: first.start, end: last.end, text: f.text.slice(first.start, last.end) };
        if (claim(m)) g.mentions.push(m);
      }
    }
    // A person named in full is later called by the surname alone ("… کوهین", "Lincoln said").
    for (const g of groups) {
      const main = g.forms[0];
      if (!main || main.type !== 'PERSON') continue;
      const parts = main.key.split(' ');
      const tailed = parts.length >= 3 && (opts.surnameTails?.has(parts[parts.length - 1] ?? '') ?? false);
      const surnameParts = parts.slice(tailed ? -2 : -1);
      const surname = surnameParts.join(' ');
      if (parts.length < 2 || surname.length < MIN_SURNAME_ALONE_CHARS || opts.notEntities.has(surname) || groupOf.has(surname)) continue;
      const capital = /^\p{Lu}/u.test(main.text.split(/\s+/).pop() ?? '');
      for (const i of at.get(surnameParts[0] ?? '') ?? []) {
        if (!surnameParts.every((p, j) => f.keys[i + j] === p)) continue;
        const tok = f.tokens[i], last = f.tokens[i + surnameParts.length - 1];
        if (!tok || !last || (capital && !/^\p{Lu}/u.test(tok.text))) continue;
        const m: Mention = { ...main, key: surname, source: 'tagger', gid: undefined, field: f.field, tokStart: i, tokEnd: i + surnameParts.length, start: tok.start, end: last.end, text: f.text.slice(tok.start, last.end) };
        if (claim(m)) g.mentions.push(m);
      }
    }
  }

  // 5. build entities
  const entities: Array<{ e: Entity; pos: [number, number] }> = [];
  for (const g of groups) {
    if (g.mentions.length === 0) continue;
    g.mentions.sort((a, b) => FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.start - b.start);
    const votes = new Map<EntityType, number>();
    for (const m of g.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + SOURCE_WEIGHT[m.source]);
    const type = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'PERSON';
    // Every distinct written form is listed ("المياه"/"المياة" share a key but not a spelling), so each
    // mention's offsets slice back to the entity's text or one of its aliases.
    const surfaces = [...new Set(g.mentions.map((m) => m.text))];
    const text = [...surfaces].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0] ?? '';
    const mentionsOut: EntityMention[] = g.mentions.map((m) => ({ field: m.field, start: m.start, end: m.end }));
    const first = g.mentions[0];
    entities.push({
      e: { text, type, aliases: surfaces.filter((s) => s !== text), count: mentionsOut.length, mentions: mentionsOut },
      pos: [first ? FIELD_ORDER[first.field] : 3, first?.start ?? 0],
    });
  }
  entities.sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1]);
  return entities.map((x) => x.e);
}
