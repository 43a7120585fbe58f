/**
 * Signed coalition notices (migrations/0012_coalition.sql): the ones an agency issued to partners on other
 * deployments and the ones it imported from them, one row per (issuer key, notice id); and the partners' keys.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Orm } from '../database';
import { coalitionNotices, coalitionPartnerKeys } from '../schema-coalition';

export type NoticeRow = typeof coalitionNotices.$inferSelect;

export async function findNoticeRow(tx: Orm, issuerKeyId: string, noticeId: string): Promise<NoticeRow | undefined> {
  const rows = await tx
    .select()
    .from(coalitionNotices)
    .where(and(eq(coalitionNotices.issuerKeyId, issuerKeyId), eq(coalitionNotices.noticeId, noticeId)));
  return rows[0];
}

/** Notices in the order they were stored (the order a receiver applied them in). */
export const listNoticeRows = (tx: Orm, kind?: string) =>
  tx
    .select()
    .from(coalitionNotices)
    .where(kind ? eq(coalitionNotices.kind, kind) : undefined)
    .orderBy(asc(coalitionNotices.importedAt), asc(coalitionNotices.id));

export const listPartnerKeyRows = (tx: Orm) =>
  tx.select().from(coalitionPartnerKeys).orderBy(asc(coalitionPartnerKeys.name));
