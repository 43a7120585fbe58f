/**
 * Shared list additions and indicators (issue 14 item 6). An agency publishes a party or an indicator to every
 * coalition it belongs to that shares that kind (coalition_shares, read by partners through the partner policy of
 * migration 0012); retracting it withdraws it everywhere. Members consume them with provenance: parties screened by
 * the screening matcher (core SharedPartyScreener), trade records checked against indicators (core indicatorHits).
 * Every read of a partner's shared records is audited in both chains.
 */
import { randomUUID } from 'node:crypto';
import { authorise, notFound, type Json, type Principal } from '@dualuse/core';
import {
  indicatorHits,
  parseParty,
  parseSharedIndicator,
  parseSharedParty,
  SharedPartyScreener,
  text,
  type IndicatorSubject,
  type Provenance,
  type SharedIndicator,
  type SharedParty,
} from '@dualuse/core/coalition';
import { findAgency, findCoalition, inTenant, insertShare, listShares, type Orm } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { recordInBoth } from './audit-both';
import { myCoalitions, retract } from './publish';

export type SharedKind = 'list_addition' | 'indicator';

export async function publishShared(ctx: AppContext, p: Principal, kind: SharedKind, input: unknown) {
  authorise(p, 'denials:write');
  const item = kind === 'list_addition' ? parseSharedParty(input) : parseSharedIndicator(input);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const recordId = randomUUID();
    const coalitions = (await myCoalitions(tx, p.tenantId)).filter((c) => c.shares.includes(kind));
    for (const c of coalitions)
      await insertShare(tx, {
        tenantId: p.tenantId,
        coalitionId: c.id,
        kind,
        recordId,
        payload: item as unknown as Json,
      });
    await record(tx, ctx, p, {
      action: `coalition.publish.${kind}`,
      subject: { type: kind, id: recordId },
      details: { coalitions: coalitions.map((c) => c.id), reason: item.reason },
    });
    return { recordId, kind, coalitions: coalitions.map((c) => c.id), item };
  });
}

export async function retractShared(ctx: AppContext, p: Principal, kind: SharedKind, recordId: string) {
  authorise(p, 'denials:write');
  const id = text(recordId, '/recordId', 64);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = await retract(tx, ctx, p, { kind, recordId: id });
    if (!rows.length) throw notFound(`${kind} ${id} published by this agency`);
    return { recordId: id, retracted: rows.length };
  });
}

/** Shared records of a kind visible to this agency (own and partners'), one per record, with provenance. */
export async function visibleShared<T>(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  q: { kind: SharedKind; purpose: string; audited?: Set<string> },
) {
  const { kind, purpose, audited } = q;
  const rows = await listShares(tx, kind);
  const byRecord = new Map<string, { item: T; provenance: Provenance }>();
  const agencies = new Map<string, string>();
  const coalitions = new Map<string, string>();
  for (const s of rows) {
    if (!coalitions.has(s.coalitionId))
      coalitions.set(s.coalitionId, (await findCoalition(tx, s.coalitionId))?.name ?? s.coalitionId);
    const via = { id: s.coalitionId, name: coalitions.get(s.coalitionId)! };
    const seen = byRecord.get(s.recordId);
    if (seen) {
      seen.provenance.coalitions.push(via);
      continue;
    }
    if (!agencies.has(s.tenantId)) agencies.set(s.tenantId, (await findAgency(tx, s.tenantId))?.name ?? s.tenantId);
    const item = s.payload as unknown as T & { reason: string };
    byRecord.set(s.recordId, {
      item,
      provenance: {
        agencyId: s.tenantId,
        agencyName: agencies.get(s.tenantId)!,
        coalitions: [via],
        publishedAt: s.publishedAt.toISOString(),
        reason: item.reason,
        recordId: s.recordId,
      },
    });
  }
  // A long-lived reader (the stream worker, refreshing every few seconds) passes `audited`: the records whose read it
  // has already recorded, so each record's first use by that reader is audited once instead of on every refresh.
  const fresh = audited ? rows.filter((r) => !audited.has(r.recordId)) : rows;
  for (const owner of new Set(fresh.map((r) => r.tenantId)))
    await recordInBoth(tx, ctx, p, {
      other: owner,
      action: `coalition.${kind}.read`,
      subject: { type: 'agency', id: owner },
      details: { purpose, records: [...new Set(fresh.filter((r) => r.tenantId === owner).map((r) => r.recordId))] },
    });
  for (const r of fresh) audited?.add(r.recordId);
  return [...byRecord.values()];
}

export async function listShared(ctx: AppContext, p: Principal, kind: SharedKind) {
  authorise(p, 'denials:read');
  return inTenant(ctx.db, p.tenantId, (tx) =>
    visibleShared<SharedParty | SharedIndicator>(tx, ctx, p, { kind, purpose: `${kind} register` }),
  );
}

/** Screens parties against the coalition's shared parties: each hit with who published it, when and why. */
export async function screenSharedParties(ctx: AppContext, p: Principal, parties: unknown[]) {
  authorise(p, 'denials:read');
  const queries = parties.map((x, i) => parseParty(x, `/parties/${i}`));
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const shared = await visibleShared<SharedParty>(tx, ctx, p, { kind: 'list_addition', purpose: 'screening' });
    const screener = new SharedPartyScreener(shared.map((s) => ({ party: s.item, provenance: s.provenance })));
    return queries.map((q) => ({ party: q, hits: screener.screen(q) }));
  });
}

/** Checks a trade record's addresses, phones, e-mails, payer accounts and HS codes against shared indicators. */
export async function checkSharedIndicators(ctx: AppContext, p: Principal, subject: IndicatorSubject) {
  authorise(p, 'denials:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const shared = await visibleShared<SharedIndicator>(tx, ctx, p, {
      kind: 'indicator',
      purpose: 'diversion indicators',
    });
    return indicatorHits(
      subject,
      shared.map((s) => ({ indicator: s.item, provenance: s.provenance })),
    );
  });
}
