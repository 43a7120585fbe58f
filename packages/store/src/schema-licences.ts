/**
 * Licences a tenant holds and the draw-downs against them (migrations/0007_licences.sql; tenant-owned, row-level
 * security).
 */
import { date, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const licences = pgTable('licences', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  number: text('number').notNull(),
  jurisdiction: text('jurisdiction').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  expires: date('expires', { mode: 'string' }).notNull(),
  valueLimit: numeric('value_limit', { mode: 'number' }),
  quantityLimit: numeric('quantity_limit', { mode: 'number' }),
  terms: jsonb('terms').notNull(),
  supersededBy: uuid('superseded_by'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const licenceDrawdowns = pgTable('licence_drawdowns', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  licenceId: uuid('licence_id').notNull(),
  transactionId: text('transaction_id').notNull(),
  item: integer('item').notNull(),
  code: text('code'),
  value: numeric('value', { mode: 'number' }).notNull().default(0),
  quantity: numeric('quantity', { mode: 'number' }).notNull().default(0),
  shippedOn: date('shipped_on', { mode: 'string' }).notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const licencesTables = { licences, licenceDrawdowns };
