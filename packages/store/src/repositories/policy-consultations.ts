/**
 * Consultations on draft agreements (migrations/0011_policy.sql). Row-level security decides what each
 * tenant sees: its own rows, open consultations, comments on its consultations (agency), answers to
 * its comments (commenter).
 */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Orm } from '../database';
import { policyConsultationComments, policyConsultationResponses, policyConsultations } from '../schema-policy';

export type ConsultationRow = typeof policyConsultations.$inferSelect;
export type CommentRow = typeof policyConsultationComments.$inferSelect;
export type ResponseRow = typeof policyConsultationResponses.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertConsultation(
  tx: Orm,
  row: typeof policyConsultations.$inferInsert,
): Promise<ConsultationRow> {
  const [out] = await tx.insert(policyConsultations).values(row).returning();
  return out!;
}

export async function listConsultationRows(tx: Orm): Promise<ConsultationRow[]> {
  return tx.select().from(policyConsultations).orderBy(desc(policyConsultations.createdAt));
}

export async function findConsultation(tx: Orm, id: string): Promise<ConsultationRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.select().from(policyConsultations).where(eq(policyConsultations.id, id));
  return row;
}

export async function closeConsultationRow(tx: Orm, id: string): Promise<void> {
  await tx.update(policyConsultations).set({ status: 'closed' }).where(eq(policyConsultations.id, id));
}

export async function insertComment(tx: Orm, row: typeof policyConsultationComments.$inferInsert): Promise<CommentRow> {
  const [out] = await tx.insert(policyConsultationComments).values(row).returning();
  return out!;
}

export async function findComment(tx: Orm, id: string): Promise<CommentRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.select().from(policyConsultationComments).where(eq(policyConsultationComments.id, id));
  return row;
}

export async function commentsOn(tx: Orm, consultationId: string): Promise<CommentRow[]> {
  return tx
    .select()
    .from(policyConsultationComments)
    .where(eq(policyConsultationComments.consultationId, consultationId))
    .orderBy(asc(policyConsultationComments.createdAt));
}

export async function insertResponse(
  tx: Orm,
  row: typeof policyConsultationResponses.$inferInsert,
): Promise<ResponseRow> {
  const [out] = await tx.insert(policyConsultationResponses).values(row).returning();
  return out!;
}

export async function responsesTo(tx: Orm, commentIds: readonly string[]): Promise<ResponseRow[]> {
  if (!commentIds.length) return [];
  return tx
    .select()
    .from(policyConsultationResponses)
    .where(inArray(policyConsultationResponses.commentId, [...commentIds]))
    .orderBy(asc(policyConsultationResponses.createdAt));
}
