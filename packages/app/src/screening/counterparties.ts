/**
 * A tenant's stored counterparties: imported from the tenant's files, screened on demand,
 * and re-screened automatically when a list changes (list-rescreen.ts).
 */
import { authorise, notFound, type Json, type Principal } from '@dualuse/core';
import { partyFingerprint, type PartyInput } from '@dualuse/core/screening';
import {
  countCounterparties,
  findCounterparty,
  inTenant,
  listCounterparties,
  upsertCounterparty,
  type CounterpartyPageQuery,
  type CounterpartyRow,
} from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { screenWith, type PartyResult } from './screen';
import { screeningData } from './data';
import { screenOnWorkers, type DistributedRequest, type DistributedRun } from './distributed';

export { COUNTERPARTY_SORTS, type CounterpartySort } from '@dualuse/store';

export interface CounterpartyView {
  id: string;
  externalId: string | null;
  name: string;
  party: PartyInput;
  fingerprint: string;
  updatedAt: string;
}

const view = (r: CounterpartyRow): CounterpartyView => ({
  id: r.id,
  externalId: r.externalId,
  name: r.name,
  party: r.party as PartyInput,
  fingerprint: r.fingerprint,
  updatedAt: r.updatedAt.toISOString(),
});
const partyOf = (r: CounterpartyRow): PartyInput => ({
  ...(r.party as PartyInput),
  ...(r.externalId ? { externalId: r.externalId } : {}),
});

export async function importCounterparties(
  ctx: AppContext,
  p: Principal,
  parties: PartyInput[],
  requestId: string | null = null,
): Promise<{ created: number; updated: number; unchanged: number }> {
  authorise(p, 'counterparties:write');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const party of parties) {
      const { source: _source, externalId, ...stored } = party;
      const { change } = await upsertCounterparty(tx, {
        tenantId: p.tenantId,
        externalId: externalId ?? null,
        name: party.name,
        party: stored as unknown as Json,
        fingerprint: partyFingerprint(party),
      });
      counts[change]++;
    }
    await record(tx, ctx, p, {
      action: 'counterparties.import',
      subject: null,
      details: { ...counts, rows: parties.length },
      requestId,
    });
    return counts;
  });
}

export async function getCounterparties(
  ctx: AppContext,
  p: Principal,
  q: CounterpartyPageQuery,
): Promise<{ total: number; counterparties: CounterpartyView[] }> {
  authorise(p, 'counterparties:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => ({
    total: await countCounterparties(tx),
    counterparties: (await listCounterparties(tx, q)).map(view),
  }));
}

export async function getCounterparty(ctx: AppContext, p: Principal, id: string): Promise<CounterpartyView> {
  authorise(p, 'counterparties:read');
  const row = await inTenant(ctx.db, p.tenantId, (tx) => findCounterparty(tx, id));
  if (!row) throw notFound(`counterparty ${id}`);
  return view(row);
}

/** Screens every stored counterparty of the tenant against all current lists. */
export async function screenCounterparties(
  ctx: AppContext,
  p: Principal,
  options: { threshold?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<PartyResult[]> {
  authorise(p, 'screening:run');
  const data = await screeningData(ctx);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = await listCounterparties(tx, { limit: 1_000_000 });
    return screenWith(tx, ctx, p, {
      data,
      parties: rows.map(partyOf),
      origin: 'counterparty',
      counterpartyIds: rows.map((r) => r.id),
      threshold: options.threshold,
      onProgress: options.onProgress,
    });
  });
}

/** The same screening of every stored counterparty, spread over `dualuse worker --screening` processes. */
export async function screenCounterpartiesOnWorkers(
  ctx: AppContext,
  p: Principal,
  options: Omit<DistributedRequest, 'origin' | 'counterpartyIds' | 'lists'> = {},
): Promise<DistributedRun> {
  authorise(p, 'screening:run');
  const rows = await inTenant(ctx.db, p.tenantId, (tx) => listCounterparties(tx, { limit: 1_000_000 }));
  return screenOnWorkers(ctx, p, rows.map(partyOf), {
    ...options,
    origin: 'counterparty',
    counterpartyIds: rows.map((r) => r.id),
  });
}
