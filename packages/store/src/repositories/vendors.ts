/** Vendor reports and control proposals (migrations/0010_vendors.sql). */
import { asc, desc, eq } from 'drizzle-orm';
import type { Orm } from '../database';
import { techProposalComments, techProposals, vendorReports } from '../schema-vendors';

export type VendorReportRow = typeof vendorReports.$inferSelect;
export type TechProposalRow = typeof techProposals.$inferSelect;
export type TechProposalCommentRow = typeof techProposalComments.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertVendorReport(tx: Orm, row: typeof vendorReports.$inferInsert): Promise<VendorReportRow> {
  const [out] = await tx.insert(vendorReports).values(row).returning();
  return out!;
}
export async function listVendorReports(tx: Orm, limit = 50): Promise<VendorReportRow[]> {
  return tx.select().from(vendorReports).orderBy(desc(vendorReports.createdAt)).limit(limit);
}
export async function findVendorReport(tx: Orm, id: string): Promise<VendorReportRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.select().from(vendorReports).where(eq(vendorReports.id, id));
  return row;
}

export async function insertTechProposal(tx: Orm, row: typeof techProposals.$inferInsert): Promise<TechProposalRow> {
  const [out] = await tx.insert(techProposals).values(row).returning();
  return out!;
}
export async function findTechProposal(tx: Orm, id: string, forUpdate = false): Promise<TechProposalRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const q = tx.select().from(techProposals).where(eq(techProposals.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}
export async function listTechProposals(tx: Orm): Promise<TechProposalRow[]> {
  return tx.select().from(techProposals).orderBy(desc(techProposals.createdAt));
}
export async function updateTechProposal(
  tx: Orm,
  id: string,
  set: Partial<
    Pick<TechProposalRow, 'status' | 'advisers' | 'decision' | 'decisionReason' | 'decidedBy' | 'decidedAt'>
  >,
): Promise<TechProposalRow> {
  const [out] = await tx.update(techProposals).set(set).where(eq(techProposals.id, id)).returning();
  return out!;
}
export async function insertTechProposalComment(
  tx: Orm,
  row: typeof techProposalComments.$inferInsert,
): Promise<TechProposalCommentRow> {
  const [out] = await tx.insert(techProposalComments).values(row).returning();
  return out!;
}
export async function commentsOfProposal(tx: Orm, proposalId: string): Promise<TechProposalCommentRow[]> {
  return tx
    .select()
    .from(techProposalComments)
    .where(eq(techProposalComments.proposalId, proposalId))
    .orderBy(asc(techProposalComments.createdAt));
}
