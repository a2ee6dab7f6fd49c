/** A proposed entity span over one field's tokens, before document-level resolution. */
import type { EntityType } from '../types';
import type { TokenColumns } from './tokenize';

export type FieldName = 'title' | 'lead' | 'body';
export type CandidateSource = 'gazetteer' | 'rule' | 'tagger';

/** One field's tokens (src/entities/tokenize.ts): `raw[i]` is token i's text. */
export interface FieldTokens extends TokenColumns {
  readonly field: FieldName;
  readonly text: string;
}

export interface Candidate {
  readonly field: FieldName;
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly source: CandidateSource;
  /** Gazetteer group id, when the span (or its name part) is a listed entity. */
  readonly gid?: string;
  /** Characters at the start of the first token that are not part of the name (Arabic clitic). */
  readonly skip?: number;
  /** Characters at the end of the last token that are not part of the name (English "'s"). */
  readonly trim?: number;
}

export const GAZ_TYPE: Readonly<Record<'LOC' | 'ORG', EntityType>> = { LOC: 'LOCATION', ORG: 'ORGANIZATION' };
