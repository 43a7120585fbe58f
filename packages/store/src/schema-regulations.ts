/** Regulation versions of migrations/0008_regulations.sql (shared reference data, no tenant_id). */
import { date, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const regulationVersions = pgTable('regulation_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  jurisdiction: text('jurisdiction').notNull(),
  kind: text('kind').notNull(),
  contentDate: date('content_date', { mode: 'string' }).notNull(),
  format: text('format').notNull(),
  sourceUrl: text('source_url'),
  sourceFiles: jsonb('source_files').$type<string[]>().notNull().default([]),
  sourceSha256: text('source_sha256').notNull(),
  contentHash: text('content_hash').notNull(),
  data: jsonb('data').notNull(),
  warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  importedBy: jsonb('imported_by').notNull(),
});

export const regulationsTables = { regulationVersions };
