/** Coalition coordination (migrations/0012_coalition.sql; row-level security incl. partner policies). */
import { date, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const coalitionAgencies = pgTable('coalition_agencies', {
  tenantId: uuid('tenant_id').primaryKey(),
  name: text('name').notNull(),
  country: text('country').notNull(),
  publicKey: text('public_key'),
  keyId: text('key_id'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const coalitions = pgTable('coalitions', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  name: text('name').notNull(),
  shares: text('shares').array().notNull(),
  withheld: text('withheld').array().notNull(),
  consultationDays: integer('consultation_days').notNull().default(30),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const coalitionMembers = pgTable(
  'coalition_members',
  {
    coalitionId: uuid('coalition_id').notNull(),
    memberId: uuid('member_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    acceptedAt: at('accepted_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.coalitionId, t.memberId] })],
);

export const licenceApplications = pgTable('licence_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  agencyId: uuid('agency_id').notNull(),
  reference: text('reference').notNull(),
  /** The applicant tenant's name when it submitted (migration 0018): the agency cannot read its tenants row. */
  applicantName: text('applicant_name').notNull(),
  status: text('status').notNull().default('submitted'),
  input: jsonb('input').notNull(),
  /** The determination computed on submission, or {unavailable} (core/coalition/application-transaction.ts). */
  evidence: jsonb('evidence'),
  matches: jsonb('matches').notNull().default([]),
  assignedTo: text('assigned_to'),
  countersignedBy: text('countersigned_by'),
  decision: jsonb('decision'),
  decidedAt: at('decided_at'),
  submittedAt: at('submitted_at').notNull().defaultNow(),
});

export const applicationEvents = pgTable('application_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  kind: text('kind').notNull(),
  body: jsonb('body').notNull(),
  author: text('author').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const denials = pgTable('denials', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  applicationId: uuid('application_id'),
  regimeRef: text('regime_ref').notNull(),
  revision: integer('revision').notNull().default(1),
  notice: jsonb('notice').notNull(),
  status: text('status').notNull().default('in_force'),
  deniedOn: date('denied_on', { mode: 'string' }).notNull(),
  reviewDate: date('review_date', { mode: 'string' }).notNull(),
  supersededBy: uuid('superseded_by'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const coalitionShares = pgTable('coalition_shares', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  coalitionId: uuid('coalition_id').notNull(),
  kind: text('kind').notNull(),
  recordId: text('record_id').notNull(),
  payload: jsonb('payload').notNull(),
  publishedAt: at('published_at').notNull().defaultNow(),
  retractedAt: at('retracted_at'),
});

export const consultations = pgTable('consultations', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  counterpartId: uuid('counterpart_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  shareId: uuid('share_id').notNull(),
  denialRef: text('denial_ref').notNull(),
  deadline: date('deadline', { mode: 'string' }).notNull(),
  status: text('status').notNull().default('open'),
  outcome: text('outcome'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const consultationMessages = pgTable('consultation_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  consultationId: uuid('consultation_id').notNull(),
  kind: text('kind').notNull(),
  body: text('body').notNull(),
  author: text('author').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const coalitionNotices = pgTable('coalition_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  issuerKeyId: text('issuer_key_id').notNull(),
  noticeId: text('notice_id').notNull(),
  kind: text('kind').notNull(),
  hash: text('hash').notNull(),
  document: jsonb('document').notNull(),
  importedAt: at('imported_at').notNull().defaultNow(),
});

export const coalitionPartnerKeys = pgTable(
  'coalition_partner_keys',
  {
    tenantId: uuid('tenant_id').notNull(),
    keyId: text('key_id').notNull(),
    publicKey: text('public_key').notNull(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.keyId] })],
);

export const coalitionTables = {
  coalitionAgencies,
  coalitions,
  coalitionMembers,
  licenceApplications,
  applicationEvents,
  denials,
  coalitionShares,
  consultations,
  consultationMessages,
  coalitionNotices,
  coalitionPartnerKeys,
};
