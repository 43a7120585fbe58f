/**
 * What the tenant's imported companies add to scoring on import: how many firms share a
 * party's registered office (the mass-registration red flag reads `registryAddresses`) and
 * who is covered through ownership by listed parties on the shipment's date (the ownership red
 * flags read `ownership`, matched by the `id` a party carries = the company's source id).
 */
import { createHash } from 'node:crypto';
import type { Principal } from '@dualuse/core';
import {
  computeCoverage,
  counterpartyKey,
  ListedAddressIndex,
  OWNERSHIP_REGIMES,
  type OwnershipAnswer,
  type OwnershipEdge,
  type ListedOwner,
  type Activity,
  type Party,
  type ScoringContext,
  type Shipment,
} from '@dualuse/core/diversion';
import { inTenant, listCompanyLinkRows, listCompanyRows, type CompanyLinkRow, type CompanyRow } from '@dualuse/store';
import type { AppContext } from '../common';

/**
 * The activities a company file gives a record's party: by the party's id (= the company's source id), else by its
 * name and country as the alert grouping keys them (core counterpartyKey).
 */
function activitiesOf(companies: readonly CompanyRow[]): (party: Party) => readonly Activity[] {
  const byKey = new Map<string, Activity[]>();
  for (const c of companies.filter((x) => x.activities.length)) {
    byKey.set(`id:${c.ref}`, c.activities);
    byKey.set(counterpartyKey(c.name, c.country ?? undefined), c.activities);
  }
  return (party) =>
    (party.id ? byKey.get(`id:${party.id}`) : undefined) ?? byKey.get(counterpartyKey(party.name, party.country)) ?? [];
}

/** Imported ownership links as core ownership edges, and the listed companies with the lists they are on. */
export function ownershipInputs(
  companies: readonly CompanyRow[],
  links: readonly CompanyLinkRow[],
): { edges: OwnershipEdge[]; listed: ListedOwner[] } {
  const edges: OwnershipEdge[] = links
    .filter((l) => l.kind === 'ownership')
    .map((l) => ({
      id: l.ref,
      owner: l.fromRef,
      asset: l.toRef,
      ...(l.percentage !== null ? { percentage: l.percentage } : {}),
      ...(l.startDate ? { startDate: l.startDate } : {}),
      ...(l.endDate ? { endDate: l.endDate } : {}),
    }));
  const listed = companies
    .filter((c) => c.listed)
    .map((c) => ({
      id: c.ref,
      name: c.name,
      lists: c.listedOn,
      ...(c.listedFrom ? { listedFrom: c.listedFrom } : {}),
    }));
  return { edges, listed };
}

export async function registryScoring(
  ctx: AppContext,
  p: Principal,
  base: ScoringContext,
  inputVersions: Record<string, string>,
): Promise<(s: Shipment) => ScoringContext> {
  const [companies, links] = await inTenant(
    ctx.db,
    p.tenantId,
    async (tx) => [await listCompanyRows(tx), await listCompanyLinkRows(tx)] as const,
  );
  if (!companies.length) return () => base;
  const batches = [...new Set([...companies, ...links].map((r) => r.batchId))].sort();
  inputVersions.registry = `sha256:${createHash('sha256').update(batches.join(',')).digest('hex')}`;
  const registryAddresses = new ListedAddressIndex(
    companies
      .filter((c) => c.kind !== 'person' && c.addresses.length)
      .map((c) => ({ id: c.ref, list: 'registry', names: [c.name], addresses: c.addresses })),
  );
  const { edges, listed } = ownershipInputs(companies, links);
  const withRegistry: ScoringContext = { ...base, registryAddresses, activities: activitiesOf(companies) };
  if (!edges.length || !listed.length) return () => withRegistry;
  // Coverage depends on the date (stakes and regimes have dates): computed once per date seen.
  const byDate = new Map<string, ScoringContext>();
  const today = ctx.now().toISOString().slice(0, 10);
  return (s) => {
    const date = base.asOf ?? s.date ?? today;
    let c = byDate.get(date);
    if (!c) {
      const ownership: OwnershipAnswer[] = OWNERSHIP_REGIMES.map((r) => computeCoverage(edges, listed, date, r.id));
      byDate.set(date, (c = { ...withRegistry, ownership }));
    }
    return c;
  };
}
