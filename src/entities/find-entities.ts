/** Named entities in title, lead and body. Filled by the entities issue; empty until then. */
import type { Entity } from '../types';

export interface EntityFields { readonly title: string | null; readonly lead: string | null; readonly body: string | null }

export function findEntities(_fields: EntityFields, _language: string | null): Entity[] {
  return [];
}
