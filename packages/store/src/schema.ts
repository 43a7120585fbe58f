/**
 * Typed view of the tables, for drizzle's query builder. The SQL in ../migrations is the
 * source of truth (it also holds extensions, policies and triggers that drizzle does not
 * model); schema.db.test.ts fails if the two drift apart.
 */
import {
  bigint,
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

import { controlsTables } from './schema-controls';
import { devicesTables } from './schema-devices';
import { licencesTables } from './schema-licences';
import { diversionTables } from './schema-diversion';
import { streamTables } from './schema-stream';
import { screeningRunTables } from './schema-screening-runs';
import { regulationsTables } from './schema-regulations';
import { listLifecycleTables } from './schema-lists';
import { policyTables } from './schema-policy';
import { vendorsTables } from './schema-vendors';
import { coalitionTables } from './schema-coalition';

export * from './schema-controls';
export * from './schema-devices';
export * from './schema-stream';
export * from './schema-policy';
export * from './schema-screening-runs';
export * from './schema-lists';
export * from './schema-licences';
export * from './schema-diversion';
export * from './schema-regulations';
export * from './schema-vendors';
export * from './schema-coalition';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  isOperator: boolean('is_operator').notNull().default(false),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  passwordHash: text('password_hash'),
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
});

export const apiKeys = pgTable('api_keys', {
  id: text('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  name: text('name').notNull(),
  secretHash: text('secret_hash').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
});

export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: createdAt(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
});

export const auditHeads = pgTable('audit_heads', {
  tenantId: uuid('tenant_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

export const auditEvents = pgTable('audit_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actor: jsonb('actor').notNull(),
  action: text('action').notNull(),
  subject: jsonb('subject'),
  details: jsonb('details').notNull(),
  inputVersions: jsonb('input_versions').notNull(),
  requestId: text('request_id'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

// --- screening (migrations/0002_screening.sql) ---

export const listVersions = pgTable('list_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  list: text('list').notNull(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  format: text('format').notNull(),
  publishedAt: date('published_at', { mode: 'string' }),
  contentHash: text('content_hash').notNull(),
  entryCount: integer('entry_count').notNull(),
  sourceFiles: jsonb('source_files').notNull(),
  warnings: jsonb('warnings').notNull(),
  importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  importedBy: jsonb('imported_by').notNull(),
  // migrations/0009_list_lifecycle.sql
  dateSource: text('date_source'),
  publishedBasis: text('published_basis'),
  sourceRole: text('source_role').notNull().default('primary'),
  declaredCount: integer('declared_count'),
});

export const listEntries = pgTable(
  'list_entries',
  {
    versionId: uuid('version_id').notNull(),
    sourceId: text('source_id').notNull(),
    entryHash: text('entry_hash').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    entry: jsonb('entry').notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.sourceId] })],
);

export const counterparties = pgTable('counterparties', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  externalId: text('external_id'),
  name: text('name').notNull(),
  party: jsonb('party').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const screeningHits = pgTable('screening_hits', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  counterpartyId: uuid('counterparty_id'),
  query: jsonb('query').notNull(),
  queryFingerprint: text('query_fingerprint').notNull(),
  list: text('list').notNull(),
  listVersionId: uuid('list_version_id'),
  entrySourceId: text('entry_source_id').notNull(),
  entryHash: text('entry_hash').notNull(),
  score: real('score').notNull(),
  explanation: jsonb('explanation').notNull(),
  provenance: jsonb('provenance'),
  status: text('status').notNull(),
  origin: text('origin').notNull(),
  decisionId: uuid('decision_id'),
  createdAt: createdAt(),
  decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
});

export const screeningDecisions = pgTable('screening_decisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  queryFingerprint: text('query_fingerprint').notNull(),
  list: text('list').notNull(),
  entrySourceId: text('entry_source_id').notNull(),
  entryHash: text('entry_hash').notNull(),
  decision: text('decision').notNull(),
  reason: text('reason').notNull(),
  decidedBy: jsonb('decided_by').notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const schema = {
  tenants,
  users,
  apiKeys,
  sessions,
  auditHeads,
  auditEvents,
  listVersions,
  listEntries,
  counterparties,
  screeningHits,
  screeningDecisions,
  ...controlsTables,
  ...devicesTables,
  ...licencesTables,
  ...diversionTables,
  ...streamTables,
  ...screeningRunTables,
  ...regulationsTables,
  ...vendorsTables,
  ...listLifecycleTables,
  ...policyTables,
  ...coalitionTables,
};
