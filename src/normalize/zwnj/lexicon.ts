/**
 * The restorer's word lists, built by scripts/build-zwnj-lexicon.js from MIT-licensed hazm and shekar lists
 * (data/zwnj/ATTRIBUTION.md). Loaded once, lazily, on the first Persian text at level `full`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PackedStringMap } from '../../lib/packed-string-map';
import { ZWNJ } from './letters';
import { PAST_ENDINGS, PRESENT_ENDINGS, PRESENT_ENDINGS_AFTER_VOWEL } from './affixes';

/** Flag bits of a lexicon code (scripts/build-zwnj-lexicon.js). */
export const FLAG = {
  lemma: 1, // hazm lemma with a part of speech (curated)
  zwnjCompound: 2, // shekar compound list, ZWNJ spelling
  attachedCompound: 4, // shekar compound list, written attached
  raw: 8, // hazm raw corpus form only
  noun: 16,
  adjective: 32,
  adverb: 64,
} as const;

export interface WordInfo {
  /** 2·log2(1 + web frequency) from shekar's vocabulary; 0 when unattested there. */
  readonly web: number;
  /** 2·log2(1 + frequency) from hazm's list; 0 when absent. */
  readonly hazm: number;
  readonly flags: number;
}

export interface Lexicon {
  readonly words: ReadonlyMap<string, WordInfo>;
  /** Every spelling with a ZWNJ, indexed by its letters (the spelling with ZWNJs removed). */
  readonly zwnjSpellings: ReadonlyMap<string, readonly string[]>;
  readonly presentStems: ReadonlySet<string>;
  readonly pastStems: ReadonlySet<string>;
  /** Every stem + person ending (present stem + ending, vowel-final present stem + glide ending, past stem +
   *  ending), mapped to the shortest ending that yields it: one lookup answers "is this a stem + ending with
   *  a non-empty stem" without slicing the word once per ending. Built at load (~15k entries, a few ms). */
  readonly verbForms: ReadonlyMap<string, number>;
}

/** data/zwnj sits three levels above both src/normalize/zwnj (ts-jest) and dist/normalize/zwnj (built). */
export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'data', 'zwnj');

let cached: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (cached === null) cached = loadLexicon(DEFAULT_DATA_DIR);
  return cached;
}

/** One word list of lexicon.json: the words joined by "\n", sorted, and their codes in the same order. */
interface PackedWords {
  readonly words: string;
  readonly codes: readonly number[];
}

interface LexiconFile {
  readonly plain: PackedWords;
  readonly zwnj: PackedWords;
}

/** Unpacks CODE = WEB + 128·HAZM + 16384·FLAGS. */
function unpack(code: number): WordInfo {
  return { web: code % 128, hazm: Math.floor(code / 128) % 128, flags: Math.floor(code / 16384) };
}

/** Read-only word lookup over the packed word lists, unpacking each entry once, on first use. */
class WordTable implements ReadonlyMap<string, WordInfo> {
  /** Unpacked entries by index (plain words first, then ZWNJ spellings): the same words recur, and
   *  unpacking each time churns the heap. Bounded by the lexicon's size. */
  private readonly unpacked: Array<WordInfo | undefined>;
  constructor(private readonly plain: PackedStringMap, private readonly zwnj: PackedStringMap) {
    this.unpacked = new Array<WordInfo | undefined>(plain.size + zwnj.size);
  }
  get(word: string): WordInfo | undefined {
    const spelledWithZwnj = word.includes(ZWNJ);
    const table = spelledWithZwnj ? this.zwnj : this.plain;
    const index = table.indexOf(word);
    if (index === -1) return undefined;
    const slot = spelledWithZwnj ? this.plain.size + index : index;
    let info = this.unpacked[slot];
    if (info === undefined) {
      info = unpack(table.valueAt(index));
      this.unpacked[slot] = info;
    }
    return info;
  }
  has(word: string): boolean { return this.get(word) !== undefined; }
  get size(): number { return this.plain.size + this.zwnj.size; }
  *entries(): MapIterator<[string, WordInfo]> {
    for (const table of [this.plain, this.zwnj]) for (const [w, code] of table.entries()) yield [w, unpack(code)];
  }
  *keys(): MapIterator<string> { for (const [w] of this.entries()) yield w; }
  *values(): MapIterator<WordInfo> { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator](): MapIterator<[string, WordInfo]> { return this.entries(); }
  forEach(fn: (value: WordInfo, key: string, map: ReadonlyMap<string, WordInfo>) => void): void {
    for (const [w, v] of this.entries()) fn(v, w, this);
  }
}

export function loadLexicon(dir: string): Lexicon {
  const file = JSON.parse(fs.readFileSync(path.join(dir, 'lexicon.json'), 'utf8')) as LexiconFile;
  const zwnjSpellings = new Map<string, string[]>();
  for (const word of file.zwnj.words === '' ? [] : file.zwnj.words.split('\n')) {
    const letters = word.replaceAll(ZWNJ, '');
    const list = zwnjSpellings.get(letters);
    if (list) list.push(word);
    else zwnjSpellings.set(letters, [word]);
  }
  const words = new WordTable(PackedStringMap.fromLines(file.plain.words, file.plain.codes), PackedStringMap.fromLines(file.zwnj.words, file.zwnj.codes));
  const presentStems = new Set<string>();
  const pastStems = new Set<string>();
  for (const line of fs.readFileSync(path.join(dir, 'verbs.tsv'), 'utf8').split('\n')) {
    const [past, present] = line.split('\t');
    if (past) pastStems.add(past);
    if (present) presentStems.add(present);
  }
  return { words, zwnjSpellings, presentStems, pastStems, verbForms: buildVerbForms(presentStems, pastStems) };
}

function buildVerbForms(presentStems: ReadonlySet<string>, pastStems: ReadonlySet<string>): Map<string, number> {
  const forms = new Map<string, number>();
  const add = (form: string, endingLength: number): void => {
    const seen = forms.get(form);
    if (seen === undefined || endingLength < seen) forms.set(form, endingLength);
  };
  for (const stem of presentStems) {
    for (const ending of PRESENT_ENDINGS) add(stem + ending, ending.length);
    if (/[اوی]$/.test(stem)) for (const ending of PRESENT_ENDINGS_AFTER_VOWEL) add(stem + ending, ending.length);
  }
  for (const stem of pastStems) for (const ending of PAST_ENDINGS) add(stem + ending, ending.length);
  return forms;
}
