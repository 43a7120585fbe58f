/** Diversion records, alerts and cases of migrations/0005_diversion.sql (tenant-owned). */
import { boolean, date, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const importBatches = pgTable('import_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  kind: text('kind').$type<'shipments' | 'payments' | 'companies'>().notNull(),
  fileName: text('file_name').notNull(),
  format: text('format').$type<'csv' | 'jsonl' | 'ftm'>().notNull(),
  contentHash: text('content_hash').notNull(),
  recordCount: integer('record_count').notNull(),
  alertCount: integer('alert_count').notNull().default(0),
  inputVersions: jsonb('input_versions').$type<Record<string, string>>().notNull().default({}),
  importedBy: jsonb('imported_by').notNull(),
  importedAt: at('imported_at').notNull().defaultNow(),
});

export const shipmentRecords = pgTable('shipments', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  batchId: uuid('batch_id').notNull(),
  ref: text('ref').notNull(),
  shipmentDate: day('shipment_date'),
  destination: text('destination'),
  counterpartyName: text('counterparty_name'),
  counterpartyCountry: text('counterparty_country'),
  parties: jsonb('parties').$type<unknown[]>().notNull(),
  items: jsonb('items').$type<unknown[]>().notNull().default([]),
  route: jsonb('route').$type<unknown[]>().notNull().default([]),
  payment: jsonb('payment'),
  clauses: jsonb('clauses').$type<Record<string, unknown>>().notNull().default({}),
  score: doublePrecision('score').notNull(),
  severity: text('severity').$type<'none' | 'low' | 'medium' | 'high'>().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const paymentRecords = pgTable('payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  batchId: uuid('batch_id').notNull(),
  ref: text('ref').notNull(),
  shipmentRef: text('shipment_ref'),
  paymentDate: day('payment_date'),
  payer: text('payer'),
  payerCountry: text('payer_country'),
  payerBank: text('payer_bank'),
  payerBankCountry: text('payer_bank_country'),
  beneficiary: text('beneficiary'),
  beneficiaryCountry: text('beneficiary_country'),
  amount: doublePrecision('amount'),
  currency: text('currency'),
  reference: text('reference'),
  letterOfCredit: jsonb('letter_of_credit'),
  score: doublePrecision('score').notNull(),
  severity: text('severity').$type<'none' | 'low' | 'medium' | 'high'>().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const companyRecords = pgTable('companies', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  batchId: uuid('batch_id').notNull(),
  ref: text('ref').notNull(),
  kind: text('kind').$type<'company' | 'person' | 'organization'>().notNull(),
  name: text('name').notNull(),
  country: text('country'),
  registrationNumber: text('registration_number'),
  incorporated: day('incorporated'),
  addresses: jsonb('addresses').$type<string[]>().notNull().default([]),
  phones: jsonb('phones').$type<string[]>().notNull().default([]),
  emails: jsonb('emails').$type<string[]>().notNull().default([]),
  websites: jsonb('websites').$type<string[]>().notNull().default([]),
  listed: boolean('listed').notNull().default(false),
  /** migrations/0013: ids of the lists it is on (core diversion/data/ownership-lists.ts). */
  listedOn: jsonb('listed_on').$type<string[]>().notNull().default([]),
  listedFrom: day('listed_from'),
  /** migrations/0017: activities as stated (NACE/NAICS/ISIC codes or words; core diversion/activity.ts). */
  activities: jsonb('activities')
    .$type<({ scheme: 'NACE' | 'NAICS' | 'ISIC'; code: string } | { scheme: 'text'; text: string })[]>()
    .notNull()
    .default([]),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const companyLinkRecords = pgTable('company_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  batchId: uuid('batch_id').notNull(),
  ref: text('ref').notNull(),
  kind: text('kind').$type<'ownership' | 'directorship' | 'unknown'>().notNull(),
  fromRef: text('from_ref').notNull(),
  toRef: text('to_ref').notNull(),
  role: text('role'),
  percentage: doublePrecision('percentage'),
  startDate: day('start_date'),
  endDate: day('end_date'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseRecords = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
  assignee: text('assignee'),
  counterpartyKey: text('counterparty_key'),
  decision: text('decision').$type<'cleared' | 'declined' | 'reported'>(),
  decisionReason: text('decision_reason'),
  openedBy: jsonb('opened_by').notNull(),
  openedAt: at('opened_at').notNull().defaultNow(),
  closedAt: at('closed_at'),
});

export const alertRecords = pgTable('alerts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  batchId: uuid('batch_id').notNull(),
  subjectType: text('subject_type').$type<'shipment' | 'payment'>().notNull(),
  subjectRef: text('subject_ref').notNull(),
  score: doublePrecision('score').notNull(),
  severity: text('severity').$type<'none' | 'low' | 'medium' | 'high'>().notNull(),
  flags: jsonb('flags')
    .$type<
      {
        tag: string;
        why: string;
        citation: string;
        rule: string;
        weight: number;
        contribution: number;
        fields: string[];
      }[]
    >()
    .notNull(),
  counterpartyKey: text('counterparty_key').notNull(),
  counterpartyName: text('counterparty_name').notNull(),
  counterpartyCountry: text('counterparty_country'),
  status: text('status').$type<'open' | 'in_case' | 'closed'>().notNull().default('open'),
  caseId: uuid('case_id'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const caseEventRecords = pgTable('case_events', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').$type<'opened' | 'note' | 'evidence' | 'assign' | 'close'>().notNull(),
  body: jsonb('body').$type<Record<string, unknown>>().notNull(),
  actor: jsonb('actor').notNull(),
  at: at('at').notNull().defaultNow(),
});

export const diversionTables = {
  importBatches,
  shipmentRecords,
  paymentRecords,
  companyRecords,
  companyLinkRecords,
  caseRecords,
  alertRecords,
  caseEventRecords,
};
