/**
 * A party's ownership from the companies and links the tenant imported (records.ts, companies.ts):
 * coverage is answered as of a date under each regime with its chain (core/src/diversion/ownership.ts).
 * The party's network is in party-network.ts.
 */
import { authorise, invalidInput, notFound, type Principal } from '@dualuse/core';
import {
  computeCoverage,
  describeChain,
  explainCoverage,
  OWNERSHIP_REGIMES,
  unnamedListWarnings,
  type ChainStep,
  type OwnershipEdge,
} from '@dualuse/core/diversion';
import { inTenant, listCompanyLinkRows, listCompanyRows, type CompanyLinkRow } from '@dualuse/store';
import type { AppContext } from '../common';
import { ownershipInputs } from './registry';

export { partyNetwork, type NetworkEdge, type NetworkNode, type PartyNetwork } from './party-network';

async function load(ctx: AppContext, p: Principal) {
  const [companies, links] = await inTenant(
    ctx.db,
    p.tenantId,
    async (tx) => [await listCompanyRows(tx), await listCompanyLinkRows(tx)] as const,
  );
  return { companies, links, byRef: new Map(companies.map((c) => [c.ref, c])) };
}

export interface PartyOwnership {
  party: { id: string; name: string; listed: boolean };
  asOf: string;
  regimes: {
    regime: string;
    title: string;
    inForce: boolean;
    covered: boolean;
    aggregate: number;
    basis: string;
    chain: string;
    evidence: ChainStep | null;
    unknownStakes: string[];
  }[];
  /** Direct holders of the party live on the date, listed or not. */
  owners: {
    id: string;
    name: string;
    listed: boolean;
    percentage: number | null;
    startDate: string | null;
    endDate: string | null;
    source: string;
  }[];
  warnings: string[];
}

export async function partyOwnership(
  ctx: AppContext,
  p: Principal,
  party: string,
  asOf: string,
): Promise<PartyOwnership> {
  authorise(p, 'diversion:read');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw invalidInput(`as_of "${asOf}": expected YYYY-MM-DD`, '/as_of');
  const { companies, links, byRef } = await load(ctx, p);
  const start = byRef.get(party);
  if (!start) throw notFound(`party "${party}" among the imported companies`);
  const name = (id: string) => byRef.get(id)?.name ?? id;
  const own = links.filter((l) => l.kind === 'ownership');
  const { edges, listed } = ownershipInputs(companies, links);
  // A bare listed flag up the party's ownership tree counts under no regime: said, not silently dropped.
  const warnings: string[] = unnamedListWarnings(listed.filter((l) => upstream(edges, party).has(l.id)));
  const regimes = OWNERSHIP_REGIMES.map((r) => {
    const answer = computeCoverage(edges, listed, asOf, r.id);
    warnings.push(...answer.warnings.map((w) => `${r.id}: ${w}`));
    const c = answer.covered.get(party);
    const evidence = c ? (explainCoverage(answer, party) ?? null) : null;
    return {
      regime: r.id,
      title: r.title,
      inForce: answer.inForce,
      covered: !!c?.covered,
      aggregate: c?.aggregate ?? 0,
      basis: c?.basis ?? 'none',
      chain: evidence ? describeChain(evidence, name) : '',
      evidence,
      unknownStakes: c?.unknownStakes ?? [],
    };
  });
  const live = (l: CompanyLinkRow) => (!l.startDate || l.startDate <= asOf) && (!l.endDate || asOf <= l.endDate);
  const owners = own
    .filter((l) => l.toRef === party && live(l))
    .map((l) => ({
      id: l.fromRef,
      name: name(l.fromRef),
      listed: !!byRef.get(l.fromRef)?.listed,
      percentage: l.percentage,
      startDate: l.startDate,
      endDate: l.endDate,
      source: l.ref,
    }));
  return { party: { id: start.ref, name: start.name, listed: start.listed }, asOf, regimes, owners, warnings };
}

/** Every party holding a stake in `party`, directly or through others (any date). */
function upstream(edges: readonly OwnershipEdge[], party: string): Set<string> {
  const owners = new Map<string, string[]>();
  for (const e of edges) owners.set(e.asset, [...(owners.get(e.asset) ?? []), e.owner]);
  const seen = new Set<string>();
  const todo = [party];
  while (todo.length)
    for (const o of owners.get(todo.pop()!) ?? []) {
      if (seen.has(o)) continue;
      seen.add(o);
      todo.push(o);
    }
  return seen;
}
