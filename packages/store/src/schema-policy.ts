/** Policy analysis (migrations/0011_policy.sql; tenant-owned, row-level security). */
import { date, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const policyTradeDatasets = pgTable('policy_trade_datasets', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  name: text('name').notNull(),
  version: integer('version').notNull(),
  format: text('format').notNull(),
  source: text('source'),
  currency: text('currency').notNull(),
  contentHash: text('content_hash').notNull(),
  rowCount: integer('row_count').notNull(),
  importedBy: text('imported_by').notNull(),
  importedAt: at('imported_at').notNull().defaultNow(),
});

export const policyTradeRows = pgTable('policy_trade_rows', {
  datasetId: uuid('dataset_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  reporter: text('reporter').notNull(),
  partner: text('partner').notNull(),
  hs: text('hs').notNull(),
  period: text('period').notNull(),
  value: numeric('value', { mode: 'number' }).notNull(),
  quantity: numeric('quantity', { mode: 'number' }),
});

export const policyScreeningCases = pgTable('policy_screening_cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  reference: text('reference').notNull(),
  input: jsonb('input').notNull(),
  result: jsonb('result').notNull(),
  filing: text('filing').notNull(),
  decision: text('decision'),
  decisionNote: text('decision_note'),
  decidedBy: text('decided_by'),
  decidedAt: at('decided_at'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const policyAgreements = pgTable('policy_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  agreementKey: text('agreement_key').notNull(),
  data: jsonb('data').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const policyConsultations = pgTable('policy_consultations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  agreementKey: text('agreement_key').notNull(),
  draft: jsonb('draft').notNull(),
  closesOn: date('closes_on', { mode: 'string' }).notNull(),
  status: text('status').notNull().default('open'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const policyConsultationComments = pgTable('policy_consultation_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  consultationId: uuid('consultation_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  organisation: text('organisation').notNull(),
  body: text('body').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const policyConsultationResponses = pgTable('policy_consultation_responses', {
  id: uuid('id').primaryKey().defaultRandom(),
  commentId: uuid('comment_id').notNull(),
  tenantId: uuid('tenant_id').notNull(),
  body: text('body').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const policyTables = {
  policyTradeDatasets,
  policyTradeRows,
  policyScreeningCases,
  policyAgreements,
  policyConsultations,
  policyConsultationComments,
  policyConsultationResponses,
};
