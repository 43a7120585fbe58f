/**
 * The denials an agency can see: its own (denials table) and those its coalitions share
 * (coalition_shares, kind 'denial' — visible through the partner policy of migration 0012).
 * Reading partners' shares is audited in both chains, one record per owning agency.
 */
import type { Principal } from '@dualuse/core';
import { DenialMatcher, type DenialNotice } from '@dualuse/core/coalition';
import { listDenialRows, listShares, type Orm } from '@dualuse/store';
import type { AppContext } from '../common';
import { recordInBoth } from './audit-both';
import { importedDenials } from './notices';

export interface VisibleDenial {
  notice: DenialNotice;
  /** The share row it came through; absent for the agency's own denials. */
  shareId?: string;
  coalitionId?: string;
  /** Imported as a signed notice from a partner on another deployment (notices.ts). */
  imported?: boolean;
}

export async function visibleDenials(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  purpose: string,
): Promise<VisibleDenial[]> {
  const own = (await listDenialRows(tx)).map((r) => ({
    notice: { ...(r.notice as DenialNotice), id: r.id, status: r.status as DenialNotice['status'] },
  }));
  const shared = (await listShares(tx, 'denial')).filter((s) => s.tenantId !== p.tenantId);
  const seen = new Set<string>();
  const out: VisibleDenial[] = [...own];
  for (const s of shared) {
    const n = s.payload as unknown as DenialNotice;
    if (seen.has(n.id)) continue; // shared to several coalitions we are both in
    seen.add(n.id);
    out.push({ notice: n, shareId: s.id, coalitionId: s.coalitionId });
  }
  for (const n of await importedDenials(tx, p)) if (!seen.has(n.id)) out.push({ notice: n, imported: true });
  const byOwner = new Map<string, string[]>();
  for (const s of shared) byOwner.set(s.tenantId, [...(byOwner.get(s.tenantId) ?? []), s.id]);
  for (const [owner, ids] of byOwner)
    await recordInBoth(tx, ctx, p, {
      other: owner,
      action: 'coalition.denials.read',
      subject: { type: 'agency', id: owner },
      details: { purpose, shares: ids },
    });
  return out;
}

export const matcherOf = (denials: readonly VisibleDenial[]) => new DenialMatcher(denials.map((d) => d.notice));
