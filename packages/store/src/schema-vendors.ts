/** Vendor reports and control proposals (migrations/0010_vendors.sql; tenant-owned, row-level security). */
import { boolean, date, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const vendorReports = pgTable('vendor_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  inventory: text('inventory').notNull(),
  checkedOn: date('checked_on', { mode: 'string' }).notNull(),
  cleanNetwork: boolean('clean_network').notNull(),
  findings: integer('findings').notNull(),
  versions: jsonb('versions').notNull(),
  report: jsonb('report').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const techProposals = pgTable('tech_proposals', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  title: text('title').notNull(),
  draft: jsonb('draft').notNull(),
  status: text('status').notNull().default('draft'),
  advisers: jsonb('advisers').notNull().default([]),
  decision: text('decision'),
  decisionReason: text('decision_reason'),
  decidedBy: text('decided_by'),
  decidedAt: at('decided_at'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const techProposalComments = pgTable('tech_proposal_comments', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  proposalId: uuid('proposal_id').notNull(),
  author: jsonb('author').notNull(),
  body: text('body').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const vendorsTables = { vendorReports, techProposals, techProposalComments };
