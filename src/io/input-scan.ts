/**
 * The counting pass over a run's inputs: what the worker count, the progress line and the automatic
 * profile need to know before the first document is read, without holding the inputs (see find-inputs.ts).
 */
import type { InputList } from './find-inputs';

export interface InputScan {
  /** Every entry, unresolved ones included (what the progress line counts). */
  readonly total: number;
  /** Readable files. */
  readonly files: number;
  /** Files read as NDJSON. */
  readonly ndjsonFiles: number;
  /** stdin is among the inputs; `ndjsonStdin` when it is read as NDJSON. */
  readonly stdin: boolean;
  readonly ndjsonStdin: boolean;
}

export async function scanInputs(inputs: InputList): Promise<InputScan> {
  let total = 0;
  let files = 0;
  let ndjsonFiles = 0;
  let stdin = false;
  let ndjsonStdin = false;
  for await (const input of inputs) {
    total++;
    if (input.kind === 'file') {
      files++;
      if (input.ndjson) ndjsonFiles++;
    } else if (input.kind === 'stdin') {
      stdin = true;
      ndjsonStdin = input.ndjson;
    }
  }
  return { total, files, ndjsonFiles, stdin, ndjsonStdin };
}

/** Inputs that can be read (files and stdin). */
export function readableCount(scan: InputScan): number {
  return scan.files + (scan.stdin ? 1 : 0);
}

/** Whether any input is an NDJSON stream (which may hold any number of documents). */
export function hasNdjson(scan: InputScan): boolean {
  return scan.ndjsonFiles > 0 || scan.ndjsonStdin;
}
