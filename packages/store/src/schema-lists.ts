/** List-version lifecycle tables of migrations/0009_list_lifecycle.sql: pins and durable re-screen jobs. */
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const listPins = pgTable('list_pins', {
  list: text('list').primaryKey(),
  versionId: uuid('version_id').notNull(),
  reason: text('reason').notNull(),
  pinnedBy: jsonb('pinned_by').notNull(),
  pinnedAt: at('pinned_at').notNull().defaultNow(),
});

export const listRescreenJobs = pgTable('list_rescreen_jobs', {
  id: uuid('id').primaryKey().defaultRandom(),
  list: text('list').notNull(),
  fromVersionId: uuid('from_version_id'),
  toVersionId: uuid('to_version_id').notNull(),
  cause: text('cause').notNull(),
  status: text('status').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull().defaultNow(),
  finishedAt: at('finished_at'),
});

export const listRescreenRuns = pgTable(
  'list_rescreen_runs',
  {
    jobId: uuid('job_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    hits: integer('hits').notNull(),
    doneAt: at('done_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.tenantId] })],
);

export const listLifecycleTables = { listPins, listRescreenJobs, listRescreenRuns };
