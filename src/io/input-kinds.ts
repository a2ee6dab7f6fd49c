/** Which file names winnow reads, as data. */

/** Extensions a directory walk picks up (each also with `.gz`). Explicit file operands are read whatever
 *  their name. */
export const DOCUMENT_EXTENSIONS: readonly string[] = ['txt', 'text', 'html', 'htm'];

const DOCUMENT_NAME = new RegExp(`\\.(?:${DOCUMENT_EXTENSIONS.join('|')})(?:\\.gz)?$`, 'i');

/** Whether a directory walk reads a file of this name: a document extension, any case, optionally `.gz`;
 *  dot files are skipped (as fast-glob's dot:false did). */
export function isDocumentName(name: string): boolean {
  return !name.startsWith('.') && DOCUMENT_NAME.test(name);
}

/** Extensions always read as NDJSON record streams. */
export const NDJSON_EXTENSIONS: readonly string[] = ['ndjson', 'jsonl'];

/** Whether a path names an NDJSON file by its extension. */
export function isNdjsonPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot !== -1 && NDJSON_EXTENSIONS.includes(path.slice(dot + 1).toLowerCase());
}

/** The path without its document (and `.gz`) extension: `a/b.html.gz` → `a/b`. */
export function stripInputExtension(path: string): string {
  const known = [...DOCUMENT_EXTENSIONS, ...NDJSON_EXTENSIONS].join('|');
  return path.replace(new RegExp(`\\.(?:${known})(?:\\.gz)?$|\\.gz$`, 'i'), '');
}
