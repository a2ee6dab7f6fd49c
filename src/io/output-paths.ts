/**
 * Where --output-dir writes each input: its relative path (see InputSource.relPath) with the document
 * extension replaced by `.json` (`.jsonl` for NDJSON inputs, which hold one record per line):
 * `dumps/a/b.txt` walked from `dumps/` → `OUT/a/b.json`. When two inputs of the run would land on the same
 * name (`page.txt` beside `page.html`), both keep their full name instead (`page.txt.json`,
 * `page.html.json`); decided over all the run's inputs, so the result never depends on timing.
 *
 * Memory: with one operand, two inputs can only share a short name when they are files of the same
 * directory (a name keeps its directory part), so each input's name is decided from its `siblings` and no
 * list of names is kept. With several operands (`winnow a/ b/ --output-dir out`, where `a/p.txt` and
 * `b/p.html` both want `out/p.json`) the short names of all inputs are counted in a map: the one case
 * where discovery's memory grows with the number of inputs (~120 bytes each).
 */
import * as path from 'node:path';
import type { InputList, InputSet, InputSource } from './find-inputs';
import { stripInputExtension } from './input-kinds';

type ReadableInput = Exclude<InputSource, { kind: 'unresolved' }>;

/** Two inputs that would still write the same file. */
export interface OutputClash { readonly first: string; readonly second: string; readonly target: string }

/** Names each input's output file; null for inputs that have none (unresolved). */
export type TargetOf = (input: InputSource) => string | null;

/** The target of every input, or the first clash (in input order) that renaming cannot resolve: checked
 *  in a pass over the inputs before any is read. */
export async function mirrorTargets(inputs: InputSet, outDir: string): Promise<TargetOf | OutputClash> {
  return inputs.oneOperand ? targetsFromSiblings(inputs, outDir) : targetsFromAllNames(inputs, outDir);
}

async function targetsFromSiblings(inputs: InputList, outDir: string): Promise<TargetOf | OutputClash> {
  const groups = new WeakMap<readonly InputSource[], SiblingNames>();
  const namesOf = (siblings: readonly InputSource[]): SiblingNames => {
    let names = groups.get(siblings);
    if (!names) groups.set(siblings, names = siblingNames(siblings, outDir));
    return names;
  };
  const targetOf: TargetOf = (input) => {
    if (input.kind === 'unresolved') return null;
    const shared = input.kind === 'file' && input.siblings ? namesOf(input.siblings).shared.has(shortName(input)) : false;
    return target(input, shared, outDir);
  };
  for await (const input of inputs) {
    if (input.kind !== 'file' || !input.siblings) continue;
    const owner = namesOf(input.siblings).owners.get(targetOf(input)!);
    if (owner !== undefined && owner !== input) return { first: owner.id, second: input.id, target: targetOf(input)! };
  }
  return targetOf;
}

interface SiblingNames {
  /** Short names two or more of the siblings want. */
  readonly shared: ReadonlySet<string>;
  /** The first sibling writing each target. */
  readonly owners: ReadonlyMap<string, InputSource>;
}

function siblingNames(siblings: readonly InputSource[], outDir: string): SiblingNames {
  const readable = siblings.filter(isReadable);
  const shared = sharedShortNames(readable);
  const owners = new Map<string, InputSource>();
  for (const input of readable) {
    const t = target(input, shared.has(shortName(input)), outDir);
    if (!owners.has(t)) owners.set(t, input);
  }
  return { shared, owners };
}

function sharedShortNames(inputs: readonly ReadableInput[]): Set<string> {
  const counts = new Map<string, number>();
  for (const input of inputs) counts.set(shortName(input), (counts.get(shortName(input)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n > 1).map(([name]) => name));
}

/** Several operands: one pass counts the short names, a second finds the first clash. */
async function targetsFromAllNames(inputs: InputList, outDir: string): Promise<TargetOf | OutputClash> {
  const counts = new Map<string, number>();
  for await (const input of inputs) {
    if (isReadable(input)) counts.set(shortName(input), (counts.get(shortName(input)) ?? 0) + 1);
  }
  const targetOf: TargetOf = (input) => (isReadable(input) ? target(input, (counts.get(shortName(input)) ?? 0) > 1, outDir) : null);
  const owners = new Map<string, string>();
  for await (const input of inputs) {
    const t = targetOf(input);
    if (t === null) continue;
    const first = owners.get(t);
    if (first !== undefined) return { first, second: input.id, target: t };
    owners.set(t, input.id);
  }
  return targetOf;
}

function isReadable(input: InputSource): input is ReadableInput {
  return input.kind !== 'unresolved';
}

function shortName(input: ReadableInput): string {
  return stripInputExtension(input.relPath) + extensionFor(input);
}

function target(input: ReadableInput, keepFullName: boolean, outDir: string): string {
  const name = keepFullName ? input.relPath + extensionFor(input) : shortName(input);
  return path.join(outDir, ...name.split('/'));
}

function extensionFor(input: ReadableInput): string {
  return input.ndjson ? '.jsonl' : '.json';
}
