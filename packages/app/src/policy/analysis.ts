/**
 * Chokepoints and the agreement registry (issue 15 items 2 and 4). Chokepoints are computed over the
 * user's own copy of the supply-chain files (CC BY-NC data is never stored or shipped); allies are a
 * coalition the user names or EAR country groups of the imported tables. The registry is the seeded real
 * agreements plus the tenant's own, each field sourced or "unknown".
 */
import { authorise, invalidInput, type Json, type Principal } from '@dualuse/core';
import {
  analyseAll,
  compareAgreements,
  flagAgreements,
  groupsCoalition,
  listCoalition,
  parseAgreement,
  parseSupplyChain,
  SEED_AGREEMENTS,
  type Agreement,
  type Chokepoint,
} from '@dualuse/core/policy';
import { inTenant, insertAgreement, listAgreementRows } from '@dualuse/store';
import { earTablesAsOf } from '../regulations/tables';
import { record } from '../audit/index';
import { actorOf, uniquely, type AppContext } from '../common';

export interface ChokepointRequest {
  files: { inputs: string; providers: string; provision: string };
  coalition:
    | { kind: 'list'; name: string; allies: string[]; concern: string[] }
    | { kind: 'groups'; allies: string[]; concern: string[]; asOf?: string };
}

export async function chokepoints(
  ctx: AppContext,
  p: Principal,
  req: ChokepointRequest,
  requestId?: string | null,
): Promise<Chokepoint[]> {
  authorise(p, 'policy:run');
  if (!req.files?.inputs || !req.files.providers || !req.files.provision)
    throw invalidInput('/files: inputs, providers and provision are required', '/files');
  const data = parseSupplyChain(req.files);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = req.coalition;
    const coalition =
      c.kind === 'list'
        ? listCoalition(c.name, c.allies, c.concern)
        : groupsCoalition(await earTablesAsOf(tx, c.asOf ?? ctx.now().toISOString().slice(0, 10)), {
            allies: c.allies,
            concern: c.concern,
            asOf: c.asOf ?? ctx.now().toISOString().slice(0, 10),
          });
    const out = analyseAll(data, coalition);
    await record(tx, ctx, p, {
      action: 'policy.chokepoints',
      subject: { type: 'policy_analysis', id: 'chokepoints' },
      details: { inputs: out.length, coalition: coalition.name },
      requestId: requestId ?? null,
    });
    return out;
  });
}

export async function agreements(ctx: AppContext, p: Principal): Promise<Agreement[]> {
  authorise(p, 'policy:read');
  const own = await inTenant(ctx.db, p.tenantId, (tx) => listAgreementRows(tx));
  return [...SEED_AGREEMENTS, ...own.map((r) => r.data as Agreement)];
}

export async function agreementComparison(ctx: AppContext, p: Principal, ids?: string[]) {
  const all = await agreements(ctx, p);
  const chosen = ids?.length ? all.filter((a) => ids.includes(a.id)) : all;
  return { matrix: compareAgreements(chosen), flags: flagAgreements(chosen) };
}

export async function addAgreement(ctx: AppContext, p: Principal, input: unknown, requestId?: string | null) {
  authorise(p, 'policy:run');
  const a = parseAgreement(input);
  if (SEED_AGREEMENTS.some((s) => s.id === a.id)) throw invalidInput(`/id: "${a.id}" is a seeded agreement`, '/id');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await uniquely(`agreement ${a.id}`, () =>
      insertAgreement(tx, {
        tenantId: p.tenantId,
        agreementKey: a.id,
        data: a as unknown as Json,
        createdBy: actorOf(p).name,
      }),
    );
    await record(tx, ctx, p, {
      action: 'policy.agreement.add',
      subject: { type: 'policy_agreement', id: row.id },
      details: { id: a.id, parties: a.parties },
      requestId: requestId ?? null,
    });
    return a;
  });
}
