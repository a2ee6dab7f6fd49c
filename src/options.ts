/**
 * Extraction options: one frozen object built once (by the CLI from flags, or by a library caller)
 * and passed down unchanged to every stage.
 */
import type { EntityType, Format } from './types';
import type { DigitStyle } from './normalize/levels';
import type { Profile } from './profile/profile';

export type NormalizeLevel = 'none' | 'basic' | 'full';

export interface ExtractOptions {
  /** Force the input format; null detects it from the content. */
  readonly format: Format | null;
  /** Force a decoding (WHATWG label); null runs the BOM → meta → UTF-8 → windows-1256 chain. */
  readonly encoding: string | null;
  /** Text normalization level; null picks the language default (issue 3: full for Persian, basic otherwise). */
  readonly normalize: NormalizeLevel | null;
  /** Inputs larger than this many bytes fail with E_TOO_LARGE instead of being parsed. */
  readonly maxBytes: number;
  /** Run the named-entity stage. */
  readonly entities: boolean;
  /** Keep only these entity types; null keeps all. */
  readonly entityTypes?: readonly EntityType[] | null;
  /** Write every digit of title, lead and body in one script; null keeps digits as written. */
  readonly digits?: DigitStyle | null;
  /** Site profile (issue 6): per-site template counts learned from other pages; null uses none. Read-only. */
  readonly profile?: Profile | null;
  /** Site name for every document (`--site`), instead of the one found in the document; null finds it. */
  readonly site?: string | null;
}

/** Defaults. maxBytes: real news pages are under 3 MB; 20 MB (trafilatura's MAX_FILE_SIZE) leaves room
 *  for bloated pages while refusing logs and archives passed by mistake. */
export const DEFAULT_OPTIONS: ExtractOptions = Object.freeze({
  format: null,
  encoding: null,
  normalize: null,
  maxBytes: 20_000_000,
  entities: true,
  entityTypes: null,
  digits: null,
  profile: null,
  site: null,
});

/** Fills in defaults for a partial option set (library callers pass only what they change). */
export function resolveExtractOptions(partial: Partial<ExtractOptions> = {}): ExtractOptions {
  return Object.freeze({ ...DEFAULT_OPTIONS, ...partial });
}
