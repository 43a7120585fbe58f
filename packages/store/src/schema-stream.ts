/** Diversion event-stream tables of migrations/0006_diversion_stream.sql (tenant-owned, row-level security). */
import { bigint, boolean, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const diversionProcessedEvents = pgTable(
  'diversion_processed_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    kind: text('kind').notNull(),
    eventId: text('event_id').notNull(),
    streamSeq: bigint('stream_seq', { mode: 'number' }),
    delivery: integer('delivery').notNull(),
    worker: text('worker').notNull(),
    processedAt: at('processed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.idempotencyKey] })],
);

export const diversionStreamResults = pgTable(
  'diversion_stream_results',
  {
    tenantId: uuid('tenant_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    eventId: text('event_id').notNull(),
    score: real('score').notNull(),
    severity: text('severity').notNull(),
    alert: boolean('alert').notNull(),
    flags: jsonb('flags').notNull(),
    abstained: jsonb('abstained').notNull(),
    inputVersions: jsonb('input_versions').notNull(),
    scoredAt: at('scored_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.idempotencyKey] })],
);

export const diversionStreamCounters = pgTable('diversion_stream_counters', {
  tenantId: uuid('tenant_id').primaryKey(),
  shipments: bigint('shipments', { mode: 'number' }).notNull().default(0),
  payments: bigint('payments', { mode: 'number' }).notNull().default(0),
  alerts: bigint('alerts', { mode: 'number' }).notNull().default(0),
  duplicates: bigint('duplicates', { mode: 'number' }).notNull().default(0),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

export const streamTables = { diversionProcessedEvents, diversionStreamResults, diversionStreamCounters };
