/**
 * Record → JSON text with the contract's fixed key order (the field order of ArticleRecord in
 * src/types.ts, also schema/record.schema.json). The objects are rebuilt field by field so the order does
 * not depend on how a stage happened to build them; the `Required<…>` annotations make the compiler flag
 * a field added to the types but not here. An empty string is written as null ("a missing field is null,
 * never ''"). Pure.
 */
import type { ArticleRecord, Entity, EntityMention, Source } from '../types';

/** The record with keys in contract order. */
export function orderRecord(record: ArticleRecord): ArticleRecord {
  const ordered: Required<ArticleRecord> = {
    input: record.input,
    format: record.format,
    language: nullIfEmpty(record.language),
    title: nullIfEmpty(record.title),
    lead: nullIfEmpty(record.lead),
    body: nullIfEmpty(record.body),
    source: orderSource(record.source),
    entities: record.entities.map(orderEntity),
  };
  return ordered;
}

function orderSource(source: Source): Source {
  const ordered: Required<Source> = {
    name: nullIfEmpty(source.name),
    name_en: nullIfEmpty(source.name_en),
    via: [...source.via],
    desk: nullIfEmpty(source.desk),
    url: nullIfEmpty(source.url),
    published: nullIfEmpty(source.published),
  };
  return ordered;
}

function orderEntity(entity: Entity): Entity {
  const ordered: Required<Entity> = {
    text: entity.text,
    type: entity.type,
    aliases: [...entity.aliases],
    count: entity.count,
    mentions: entity.mentions.map((m): Required<EntityMention> => ({ field: m.field, start: m.start, end: m.end })),
  };
  return ordered;
}

function nullIfEmpty(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

/** One JSON value as output text: a single line (JSON Lines) or indented for --pretty; always ends in \n. */
export function formatJson(value: unknown, pretty: boolean): string {
  return (pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)) + '\n';
}

/** A record as output text. */
export function formatRecord(record: ArticleRecord, pretty: boolean): string {
  return formatJson(orderRecord(record), pretty);
}

/** The `--events` envelope types (ripgrep --json style). */
export type EventType = 'document' | 'error' | 'summary';

/** An `--events` line: `{"type": …, "data": …}`. */
export function formatEvent(type: EventType, data: unknown, pretty: boolean): string {
  return formatJson({ type, data }, pretty);
}
