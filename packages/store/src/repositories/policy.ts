/** Policy analysis (migrations/0011_policy.sql): trade dataset versions and rows, screening cases, agreements. */
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { Orm } from '../database';
import { policyAgreements, policyScreeningCases, policyTradeDatasets, policyTradeRows } from '../schema-policy';
import { shipmentRecords } from '../schema-diversion';

export type TradeDatasetRow = typeof policyTradeDatasets.$inferSelect;
export type ScreeningCaseRow = typeof policyScreeningCases.$inferSelect;
export type AgreementRow = typeof policyAgreements.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function nextTradeDatasetVersion(tx: Orm, name: string): Promise<number> {
  const [row] = await tx
    .select({ v: max(policyTradeDatasets.version) })
    .from(policyTradeDatasets)
    .where(eq(policyTradeDatasets.name, name));
  return (row?.v ?? 0) + 1;
}

export async function findTradeDatasetByHash(tx: Orm, hash: string): Promise<TradeDatasetRow | undefined> {
  const [row] = await tx.select().from(policyTradeDatasets).where(eq(policyTradeDatasets.contentHash, hash));
  return row;
}

export async function insertTradeDataset(
  tx: Orm,
  row: typeof policyTradeDatasets.$inferInsert,
  rows: readonly Omit<typeof policyTradeRows.$inferInsert, 'datasetId' | 'tenantId'>[],
): Promise<TradeDatasetRow> {
  const [ds] = await tx.insert(policyTradeDatasets).values(row).returning();
  // Batches keep each statement's parameter count well under PostgreSQL's 65,535.
  for (let i = 0; i < rows.length; i += 5000)
    await tx
      .insert(policyTradeRows)
      .values(rows.slice(i, i + 5000).map((r) => ({ ...r, datasetId: ds!.id, tenantId: row.tenantId })));
  return ds!;
}

export async function listTradeDatasets(tx: Orm): Promise<TradeDatasetRow[]> {
  return tx
    .select()
    .from(policyTradeDatasets)
    .orderBy(asc(policyTradeDatasets.name), desc(policyTradeDatasets.version));
}

export async function findTradeDataset(tx: Orm, id: string): Promise<TradeDatasetRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.select().from(policyTradeDatasets).where(eq(policyTradeDatasets.id, id));
  return row;
}

/** The rows of a dataset to the given partners (the only ones a control's cost can touch). */
export async function tradeRowsTo(tx: Orm, datasetId: string, partners: readonly string[]) {
  return tx
    .select({
      reporter: policyTradeRows.reporter,
      partner: policyTradeRows.partner,
      hs: policyTradeRows.hs,
      period: policyTradeRows.period,
      value: policyTradeRows.value,
    })
    .from(policyTradeRows)
    .where(and(eq(policyTradeRows.datasetId, datasetId), inArray(policyTradeRows.partner, [...partners])));
}

export async function insertScreeningCase(
  tx: Orm,
  row: typeof policyScreeningCases.$inferInsert,
): Promise<ScreeningCaseRow> {
  const [out] = await tx.insert(policyScreeningCases).values(row).returning();
  return out!;
}

export async function listScreeningCases(tx: Orm): Promise<ScreeningCaseRow[]> {
  return tx.select().from(policyScreeningCases).orderBy(desc(policyScreeningCases.createdAt)).limit(500);
}

export async function findScreeningCase(tx: Orm, id: string): Promise<ScreeningCaseRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.select().from(policyScreeningCases).where(eq(policyScreeningCases.id, id));
  return row;
}

export async function decideScreeningCase(
  tx: Orm,
  id: string,
  d: { decision: string; decisionNote: string | null; decidedBy: string; decidedAt: Date },
): Promise<ScreeningCaseRow | undefined> {
  const [row] = await tx.update(policyScreeningCases).set(d).where(eq(policyScreeningCases.id, id)).returning();
  return row;
}

export async function insertAgreement(tx: Orm, row: typeof policyAgreements.$inferInsert): Promise<AgreementRow> {
  const [out] = await tx.insert(policyAgreements).values(row).returning();
  return out!;
}

export async function listAgreementRows(tx: Orm): Promise<AgreementRow[]> {
  return tx.select().from(policyAgreements).orderBy(asc(policyAgreements.agreementKey));
}

/**
 * The tenant's shipments to these destinations (diversion records), for the cost of a control against its own trade.
 */
export async function shipmentsTo(tx: Orm, destinations: readonly string[]) {
  return tx
    .select({
      ref: shipmentRecords.ref,
      date: shipmentRecords.shipmentDate,
      destination: shipmentRecords.destination,
      parties: shipmentRecords.parties,
      items: shipmentRecords.items,
    })
    .from(shipmentRecords)
    .where(inArray(shipmentRecords.destination, [...destinations]));
}
