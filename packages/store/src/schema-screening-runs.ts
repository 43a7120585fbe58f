/**
 * Chunks of batch screening runs spread over workers (migrations/0014_screening_chunks.sql; tenant-owned, row-level
 * security).
 */
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const screeningRunChunks = pgTable(
  'screening_run_chunks',
  {
    tenantId: uuid('tenant_id').notNull(),
    runId: text('run_id').notNull(),
    chunk: integer('chunk').notNull(),
    parties: integer('parties').notNull(),
    lines: jsonb('lines').notNull(),
    listVersions: jsonb('list_versions').notNull(),
    delivery: integer('delivery').notNull(),
    worker: text('worker').notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.runId, t.chunk] })],
);

export const screeningRunTables = { screeningRunChunks };
