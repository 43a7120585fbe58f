/**
 * Diversion records, alerts and cases (migrations/0005_diversion.sql). Called inside a tenant
 * transaction (`inTenant`), so row-level security scopes every statement to one tenant.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../database';
import {
  alertRecords,
  caseEventRecords,
  caseRecords,
  companyLinkRecords,
  companyRecords,
  importBatches,
  paymentRecords,
  shipmentRecords,
} from '../schema-diversion';

export type ImportBatchRow = typeof importBatches.$inferSelect;
export type ShipmentRow = typeof shipmentRecords.$inferSelect;
export type PaymentRow = typeof paymentRecords.$inferSelect;
export type CompanyRow = typeof companyRecords.$inferSelect;
export type CompanyLinkRow = typeof companyLinkRecords.$inferSelect;
export type DiversionAlertRow = typeof alertRecords.$inferSelect;
export type DiversionCaseRow = typeof caseRecords.$inferSelect;
export type CaseEventRow = typeof caseEventRecords.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Rows per INSERT: well under the 65,535 bind parameters of the wire protocol. */
const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export async function insertImportBatch(tx: Orm, row: typeof importBatches.$inferInsert): Promise<ImportBatchRow> {
  const [r] = await tx.insert(importBatches).values(row).returning();
  return r!;
}

export async function insertShipmentRows(tx: Orm, rows: (typeof shipmentRecords.$inferInsert)[]): Promise<void> {
  for (const c of chunks(rows)) await tx.insert(shipmentRecords).values(c);
}

export async function insertPaymentRows(tx: Orm, rows: (typeof paymentRecords.$inferInsert)[]): Promise<void> {
  for (const c of chunks(rows)) await tx.insert(paymentRecords).values(c);
}

/** Refs of `table` already stored among `refs` (duplicate check before an import). */
export async function existingRefs(
  tx: Orm,
  table: 'shipments' | 'payments',
  refs: readonly string[],
): Promise<Set<string>> {
  const t = table === 'shipments' ? shipmentRecords : paymentRecords;
  const out = new Set<string>();
  for (const c of chunks([...new Set(refs)]))
    for (const r of await tx.select({ ref: t.ref }).from(t).where(inArray(t.ref, c))) out.add(r.ref);
  return out;
}

export async function findShipmentsByRefs(tx: Orm, refs: readonly string[]): Promise<ShipmentRow[]> {
  const out: ShipmentRow[] = [];
  for (const c of chunks([...new Set(refs)]))
    out.push(...(await tx.select().from(shipmentRecords).where(inArray(shipmentRecords.ref, c))));
  return out;
}

/** Every shipment of the tenant, by ref: the transaction network reads what all records share. */
export async function listShipmentRows(tx: Orm): Promise<ShipmentRow[]> {
  return tx.select().from(shipmentRecords).orderBy(asc(shipmentRecords.ref));
}

export async function listPaymentRows(tx: Orm): Promise<PaymentRow[]> {
  return tx.select().from(paymentRecords).orderBy(asc(paymentRecords.ref));
}

/** The shipments and payments (refs) that raised an alert. */
export async function alertedSubjectRefs(tx: Orm): Promise<Set<string>> {
  const rows = await tx.selectDistinct({ ref: alertRecords.subjectRef }).from(alertRecords);
  return new Set(rows.map((r) => r.ref));
}

/** A registry re-export replaces the record with the same ref. */
export async function upsertCompanyRows(tx: Orm, rows: (typeof companyRecords.$inferInsert)[]): Promise<void> {
  for (const c of chunks(rows)) {
    await tx
      .insert(companyRecords)
      .values(c)
      .onConflictDoUpdate({
        target: [companyRecords.tenantId, companyRecords.ref],
        set: Object.fromEntries(
          [
            'batch_id',
            'kind',
            'name',
            'country',
            'registration_number',
            'incorporated',
            'addresses',
            'phones',
            'emails',
            'websites',
            'listed',
            'listed_on',
            'listed_from',
            'activities',
          ].map((col) => [camel(col), sql.raw(`excluded.${col}`)]),
        ),
      });
  }
}

export async function upsertCompanyLinkRows(tx: Orm, rows: (typeof companyLinkRecords.$inferInsert)[]): Promise<void> {
  for (const c of chunks(rows)) {
    await tx
      .insert(companyLinkRecords)
      .values(c)
      .onConflictDoUpdate({
        target: [companyLinkRecords.tenantId, companyLinkRecords.ref],
        set: Object.fromEntries(
          ['batch_id', 'kind', 'from_ref', 'to_ref', 'role', 'percentage', 'start_date', 'end_date'].map((col) => [
            camel(col),
            sql.raw(`excluded.${col}`),
          ]),
        ),
      });
  }
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export async function listCompanyRows(tx: Orm): Promise<CompanyRow[]> {
  return tx.select().from(companyRecords).orderBy(asc(companyRecords.ref));
}

export async function listCompanyLinkRows(tx: Orm): Promise<CompanyLinkRow[]> {
  return tx.select().from(companyLinkRecords).orderBy(asc(companyLinkRecords.ref));
}

export async function insertAlertRows(tx: Orm, rows: (typeof alertRecords.$inferInsert)[]): Promise<void> {
  for (const c of chunks(rows)) await tx.insert(alertRecords).values(c);
}

/** The distinct counterparties alerts are grouped under, for matching a new alert to a group. */
export async function alertCounterparties(tx: Orm): Promise<{ key: string; name: string; country: string | null }[]> {
  return tx
    .selectDistinct({
      key: alertRecords.counterpartyKey,
      name: alertRecords.counterpartyName,
      country: alertRecords.counterpartyCountry,
    })
    .from(alertRecords);
}

export interface AlertQuery {
  status?: DiversionAlertRow['status'] | undefined;
  minScore?: number | undefined;
  counterpartyKey?: string | undefined;
  limit: number;
}

export async function listDiversionAlertRows(tx: Orm, q: AlertQuery): Promise<DiversionAlertRow[]> {
  const where: SQL[] = [];
  if (q.status) where.push(eq(alertRecords.status, q.status));
  if (q.minScore !== undefined) where.push(sql`${alertRecords.score} >= ${q.minScore}`);
  if (q.counterpartyKey) where.push(eq(alertRecords.counterpartyKey, q.counterpartyKey));
  return tx
    .select()
    .from(alertRecords)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(alertRecords.score), asc(alertRecords.subjectRef))
    .limit(q.limit);
}

export async function findAlertsForUpdate(tx: Orm, ids: readonly string[]): Promise<DiversionAlertRow[]> {
  const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (!valid.length) return [];
  return tx
    .select()
    .from(alertRecords)
    .where(inArray(alertRecords.id, valid))
    .orderBy(asc(alertRecords.id))
    .for('update');
}

export async function alertsOfCase(tx: Orm, caseId: string): Promise<DiversionAlertRow[]> {
  return tx.select().from(alertRecords).where(eq(alertRecords.caseId, caseId)).orderBy(desc(alertRecords.score));
}

export async function setAlertsStatus(
  tx: Orm,
  ids: readonly string[],
  status: DiversionAlertRow['status'],
  caseId: string | null,
): Promise<void> {
  if (!ids.length) return;
  await tx
    .update(alertRecords)
    .set({ status, caseId })
    .where(inArray(alertRecords.id, [...ids]));
}

export async function closeAlertsOfCase(tx: Orm, caseId: string): Promise<void> {
  await tx.update(alertRecords).set({ status: 'closed' }).where(eq(alertRecords.caseId, caseId));
}

export async function insertCase(tx: Orm, row: typeof caseRecords.$inferInsert): Promise<DiversionCaseRow> {
  const [r] = await tx.insert(caseRecords).values(row).returning();
  return r!;
}

export async function findCase(tx: Orm, id: string, forUpdate = false): Promise<DiversionCaseRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const q = tx.select().from(caseRecords).where(eq(caseRecords.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function listCaseRows(
  tx: Orm,
  q: { status?: DiversionCaseRow['status'] | undefined; assignee?: string | undefined; limit: number },
): Promise<DiversionCaseRow[]> {
  const where: SQL[] = [];
  if (q.status) where.push(eq(caseRecords.status, q.status));
  if (q.assignee) where.push(eq(caseRecords.assignee, q.assignee));
  return tx
    .select()
    .from(caseRecords)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(caseRecords.openedAt), asc(caseRecords.id))
    .limit(q.limit);
}

export async function updateCase(
  tx: Orm,
  id: string,
  patch: Partial<Pick<DiversionCaseRow, 'assignee' | 'status' | 'decision' | 'decisionReason' | 'closedAt'>>,
): Promise<DiversionCaseRow> {
  const [r] = await tx.update(caseRecords).set(patch).where(eq(caseRecords.id, id)).returning();
  return r!;
}

export async function insertCaseEvent(tx: Orm, row: typeof caseEventRecords.$inferInsert): Promise<CaseEventRow> {
  const [r] = await tx.insert(caseEventRecords).values(row).returning();
  return r!;
}

export async function listCaseEvents(tx: Orm, caseId: string): Promise<CaseEventRow[]> {
  return tx
    .select()
    .from(caseEventRecords)
    .where(eq(caseEventRecords.caseId, caseId))
    .orderBy(asc(caseEventRecords.at), asc(caseEventRecords.id));
}
