/**
 * Coalition coordination (migrations/0012_coalition.sql). Every query runs inside `inTenant`;
 * what crosses tenants (an application seen by its agency, a share seen by coalition partners,
 * a consultation seen by both agencies) is decided by the row-level security policies.
 */
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Orm } from '../database';
import {
  applicationEvents,
  coalitionAgencies,
  coalitionMembers,
  coalitionNotices,
  coalitionPartnerKeys,
  coalitions,
  coalitionShares,
  consultationMessages,
  consultations,
  denials,
  licenceApplications,
} from '../schema-coalition';

export type AgencyRow = typeof coalitionAgencies.$inferSelect;
export type CoalitionRow = typeof coalitions.$inferSelect;
export type MemberRow = typeof coalitionMembers.$inferSelect;
export type ApplicationRow = typeof licenceApplications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
export type DenialRow = typeof denials.$inferSelect;
export type ShareRow = typeof coalitionShares.$inferSelect;
export type CoalitionConsultationRow = typeof consultations.$inferSelect;
export type ConsultationMessageRow = typeof consultationMessages.$inferSelect;
export type PartnerKeyRow = typeof coalitionPartnerKeys.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const first = <T>(rows: T[]): T | undefined => rows[0];

export async function upsertAgency(tx: Orm, row: typeof coalitionAgencies.$inferInsert): Promise<AgencyRow> {
  const { tenantId: _t, ...set } = row;
  const [out] = await tx
    .insert(coalitionAgencies)
    .values(row)
    .onConflictDoUpdate({ target: coalitionAgencies.tenantId, set })
    .returning();
  return out!;
}
export const listAgencies = (tx: Orm) => tx.select().from(coalitionAgencies).orderBy(asc(coalitionAgencies.name));
export const findAgency = async (tx: Orm, tenantId: string) =>
  UUID.test(tenantId)
    ? first(await tx.select().from(coalitionAgencies).where(eq(coalitionAgencies.tenantId, tenantId)))
    : undefined;

export async function insertCoalition(tx: Orm, row: typeof coalitions.$inferInsert): Promise<CoalitionRow> {
  const [out] = await tx.insert(coalitions).values(row).returning();
  return out!;
}
export async function insertMember(tx: Orm, row: typeof coalitionMembers.$inferInsert): Promise<MemberRow> {
  const [out] = await tx.insert(coalitionMembers).values(row).returning();
  return out!;
}
export async function acceptMembership(tx: Orm, coalitionId: string, memberId: string, at: Date) {
  return first(
    await tx
      .update(coalitionMembers)
      .set({ acceptedAt: at })
      .where(and(eq(coalitionMembers.coalitionId, coalitionId), eq(coalitionMembers.memberId, memberId)))
      .returning(),
  );
}
/** The founder's edit of a coalition (the tenant_isolation policy lets only the founder update it). */
export async function updateCoalition(
  tx: Orm,
  id: string,
  set: Partial<Pick<CoalitionRow, 'name' | 'shares' | 'withheld' | 'consultationDays'>>,
) {
  return first(await tx.update(coalitions).set(set).where(eq(coalitions.id, id)).returning());
}
/** The founder removes a member (policy founder_remove, migration 0018); answers the removed row. */
export async function removeMember(tx: Orm, coalitionId: string, memberId: string) {
  return first(
    await tx
      .delete(coalitionMembers)
      .where(and(eq(coalitionMembers.coalitionId, coalitionId), eq(coalitionMembers.memberId, memberId)))
      .returning(),
  );
}
export const listCoalitionRows = (tx: Orm) => tx.select().from(coalitions).orderBy(asc(coalitions.name));
export const findCoalition = async (tx: Orm, id: string) =>
  UUID.test(id) ? first(await tx.select().from(coalitions).where(eq(coalitions.id, id))) : undefined;
export const membersOf = (tx: Orm, coalitionId: string) =>
  tx
    .select()
    .from(coalitionMembers)
    .where(eq(coalitionMembers.coalitionId, coalitionId))
    .orderBy(asc(coalitionMembers.createdAt));

export async function insertApplication(
  tx: Orm,
  row: typeof licenceApplications.$inferInsert,
): Promise<ApplicationRow> {
  const [out] = await tx.insert(licenceApplications).values(row).returning();
  return out!;
}
export const findApplication = async (tx: Orm, id: string) =>
  UUID.test(id) ? first(await tx.select().from(licenceApplications).where(eq(licenceApplications.id, id))) : undefined;
/** Applications the tenant sent (`applicant`) or received (`agency`), newest first. */
export const listApplicationRows = (tx: Orm, side: 'applicant' | 'agency', tenantId: string, status?: string) =>
  tx
    .select()
    .from(licenceApplications)
    .where(
      and(
        side === 'agency' ? eq(licenceApplications.agencyId, tenantId) : eq(licenceApplications.tenantId, tenantId),
        status ? eq(licenceApplications.status, status) : undefined,
      ),
    )
    .orderBy(desc(licenceApplications.submittedAt));
export async function updateApplication(
  tx: Orm,
  id: string,
  set: Partial<
    Pick<ApplicationRow, 'status' | 'matches' | 'assignedTo' | 'countersignedBy' | 'decision' | 'decidedAt'>
  >,
) {
  return first(await tx.update(licenceApplications).set(set).where(eq(licenceApplications.id, id)).returning());
}
export async function insertApplicationEvent(tx: Orm, row: typeof applicationEvents.$inferInsert) {
  const [out] = await tx.insert(applicationEvents).values(row).returning();
  return out!;
}
export const eventsOf = (tx: Orm, applicationId: string) =>
  tx
    .select()
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, applicationId))
    .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));

export async function insertDenial(tx: Orm, row: typeof denials.$inferInsert): Promise<DenialRow> {
  const [out] = await tx.insert(denials).values(row).returning();
  return out!;
}
export const findDenial = async (tx: Orm, id: string) =>
  UUID.test(id) ? first(await tx.select().from(denials).where(eq(denials.id, id))) : undefined;
export const listDenialRows = (tx: Orm, current = true) =>
  tx
    .select()
    .from(denials)
    .where(current ? isNull(denials.supersededBy) : undefined)
    .orderBy(asc(denials.reviewDate));
export const denialHistory = (tx: Orm, regimeRef: string) =>
  tx.select().from(denials).where(eq(denials.regimeRef, regimeRef)).orderBy(asc(denials.revision));
export async function updateDenial(tx: Orm, id: string, set: Partial<Pick<DenialRow, 'status' | 'supersededBy'>>) {
  return first(await tx.update(denials).set(set).where(eq(denials.id, id)).returning());
}

export async function insertShare(tx: Orm, row: typeof coalitionShares.$inferInsert): Promise<ShareRow> {
  const [out] = await tx
    .insert(coalitionShares)
    .values(row)
    .onConflictDoUpdate({
      target: [coalitionShares.coalitionId, coalitionShares.kind, coalitionShares.recordId],
      set: { payload: row.payload, publishedAt: sql`now()`, retractedAt: null },
    })
    .returning();
  return out!;
}
/** Shares visible to the tenant (its own and its coalitions' — the policy decides), not retracted. */
export const listShares = (tx: Orm, kind?: string) =>
  tx
    .select()
    .from(coalitionShares)
    .where(and(isNull(coalitionShares.retractedAt), kind ? eq(coalitionShares.kind, kind) : undefined))
    .orderBy(desc(coalitionShares.publishedAt));
export const findShare = async (tx: Orm, id: string) =>
  UUID.test(id) ? first(await tx.select().from(coalitionShares).where(eq(coalitionShares.id, id))) : undefined;
export async function retractShares(tx: Orm, kind: string, recordId: string, at: Date) {
  return tx
    .update(coalitionShares)
    .set({ retractedAt: at })
    .where(
      and(eq(coalitionShares.kind, kind), eq(coalitionShares.recordId, recordId), isNull(coalitionShares.retractedAt)),
    )
    .returning();
}

export async function insertCoalitionConsultation(
  tx: Orm,
  row: typeof consultations.$inferInsert,
): Promise<CoalitionConsultationRow> {
  const [out] = await tx.insert(consultations).values(row).returning();
  return out!;
}
export const findCoalitionConsultation = async (tx: Orm, id: string) =>
  UUID.test(id) ? first(await tx.select().from(consultations).where(eq(consultations.id, id))) : undefined;
export const listCoalitionConsultationRows = (tx: Orm, applicationId?: string) =>
  tx
    .select()
    .from(consultations)
    .where(applicationId ? eq(consultations.applicationId, applicationId) : undefined)
    .orderBy(desc(consultations.createdAt));
export async function updateConsultation(
  tx: Orm,
  id: string,
  set: Partial<Pick<CoalitionConsultationRow, 'status' | 'outcome'>>,
) {
  return first(await tx.update(consultations).set(set).where(eq(consultations.id, id)).returning());
}
export async function insertConsultationMessage(tx: Orm, row: typeof consultationMessages.$inferInsert) {
  const [out] = await tx.insert(consultationMessages).values(row).returning();
  return out!;
}
export const messagesOf = (tx: Orm, consultationId: string) =>
  tx
    .select()
    .from(consultationMessages)
    .where(eq(consultationMessages.consultationId, consultationId))
    .orderBy(asc(consultationMessages.createdAt));

/** Stores an imported notice once; returns undefined when (issuer key, notice id) was already imported. */
export async function insertNotice(tx: Orm, row: typeof coalitionNotices.$inferInsert) {
  return first(await tx.insert(coalitionNotices).values(row).onConflictDoNothing().returning());
}
export const listNotices = (tx: Orm) => tx.select().from(coalitionNotices).orderBy(desc(coalitionNotices.importedAt));
export async function insertPartnerKey(tx: Orm, row: typeof coalitionPartnerKeys.$inferInsert) {
  return first(await tx.insert(coalitionPartnerKeys).values(row).onConflictDoNothing().returning());
}
export const findPartnerKey = async (tx: Orm, keyId: string) =>
  first(await tx.select().from(coalitionPartnerKeys).where(eq(coalitionPartnerKeys.keyId, keyId)));

/**
 * Runs `fn` inside the caller's transaction with the tenant switched to `tenantId`, then switches
 * back: used only to append to another agency's audit chain (a partner's read of its record is
 * audited in both chains) — row-level security keeps applying, now as that tenant.
 */
export async function withinTenant<T>(tx: Orm, tenantId: string, back: string, fn: () => Promise<T>): Promise<T> {
  await tx.execute(sql`SELECT set_config('dualuse.tenant_id', ${tenantId}, true)`);
  try {
    return await fn();
  } finally {
    await tx.execute(sql`SELECT set_config('dualuse.tenant_id', ${back}, true)`);
  }
}
