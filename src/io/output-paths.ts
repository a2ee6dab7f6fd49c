/**
 * Where --output-dir writes each input: its relative path (see InputSource.relPath) with the document
 * extension replaced by `.json` (`.jsonl` for NDJSON inputs, which hold one record per line):
 * `dumps/a/b.txt` walked from `dumps/` → `OUT/a/b.json`. When two inputs of the run would land on the same
 * name (`page.txt` beside `page.html`), both keep their full name instead (`page.txt.json`,
 * `page.html.json`); decided from the whole input list, so the result never depends on timing.
 */
import * as path from 'node:path';
import type { InputSource } from './find-inputs';
import { stripInputExtension } from './input-kinds';

type ReadableInput = Exclude<InputSource, { kind: 'unresolved' }>;

/** Two inputs that would still write the same file. */
export interface OutputClash { readonly first: string; readonly second: string; readonly target: string }

/** Target path per input, or the first clash that renaming cannot resolve. */
export function mirrorTargets(inputs: readonly InputSource[], outDir: string): Map<InputSource, string> | OutputClash {
  const readable = inputs.filter((i): i is ReadableInput => i.kind !== 'unresolved');
  const short = readable.map((input) => stripInputExtension(input.relPath) + extensionFor(input));
  const counts = new Map<string, number>();
  for (const name of short) counts.set(name, (counts.get(name) ?? 0) + 1);

  const targets = new Map<InputSource, string>();
  const owner = new Map<string, ReadableInput>();
  for (const [i, input] of readable.entries()) {
    const name = counts.get(short[i]!)! > 1 ? input.relPath + extensionFor(input) : short[i]!;
    const target = path.join(outDir, ...name.split('/'));
    const previous = owner.get(target);
    if (previous) return { first: previous.id, second: input.id, target };
    owner.set(target, input);
    targets.set(input, target);
  }
  return targets;
}

function extensionFor(input: ReadableInput): string {
  return input.ndjson ? '.jsonl' : '.json';
}
