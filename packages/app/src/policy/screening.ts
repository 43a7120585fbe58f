/**
 * Investment screening cases (issue 15 item 3): screen a proposed transaction against CFIUS, EU FDI
 * and UK NSI with the licensing engine on the control data and EAR country tables in force on the
 * case's date; store the case with its answer; an officer records the decision. All audited.
 */
import { authorise, invalidInput, notFound, type ControlEntry, type Json, type Principal } from '@dualuse/core';
import {
  parseInvestmentCase,
  screenInvestment,
  type InvestmentCase,
  type InvestmentScreening,
} from '@dualuse/core/policy';
import { determine } from '@dualuse/core';
import {
  controlVersionsAsOf,
  decideScreeningCase,
  findControlEntries,
  findScreeningCase,
  inTenant,
  insertScreeningCase,
  listScreeningCases,
  type ScreeningCaseRow,
} from '@dualuse/store';
import { earTablesAsOf } from '../regulations/tables';
import { record } from '../audit/index';
import { actorOf, type AppContext } from '../common';

export interface ScreeningCaseView {
  id: string;
  reference: string;
  filing: string;
  result: InvestmentScreening;
  /** The case as screened: the validated input, defaults filled in. */
  input: InvestmentCase;
  decision: string | null;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdBy: string;
  createdAt: string;
}

const view = (r: ScreeningCaseRow): ScreeningCaseView => ({
  id: r.id,
  reference: r.reference,
  filing: r.filing,
  result: r.result as InvestmentScreening,
  input: r.input as InvestmentCase,
  decision: r.decision ?? null,
  decisionNote: r.decisionNote ?? null,
  decidedBy: r.decidedBy ?? null,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  createdBy: r.createdBy,
  createdAt: r.createdAt.toISOString(),
});

export async function screenInvestmentCase(ctx: AppContext, p: Principal, input: unknown, requestId?: string | null) {
  authorise(p, 'policy:run');
  const c = parseInvestmentCase(input);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const versions = await controlVersionsAsOf(tx, c.date, 'US');
    const ids = versions.map((v) => v.id);
    const entries = new Map<string, ControlEntry | undefined>();
    for (const prod of c.target.products) {
      const code = prod.classification.US?.split('.')[0]?.toUpperCase();
      if (code && code !== 'EAR99' && !entries.has(code))
        entries.set(code, (await findControlEntries(tx, ids, code))[0]?.entry as ControlEntry | undefined);
    }
    const tables = await earTablesAsOf(tx, c.date);
    const result = screenInvestment(c, {
      determine: (t, hits) =>
        determine(t, {
          controls: (j, code) => (j === 'US' ? entries.get(code) : undefined),
          hits,
          screened: true,
          tables,
          jurisdictions: ['US'],
        }),
      entry: (eccn) => entries.get(eccn),
    });
    if (!versions.length)
      result.regimes[0]!.openQuestions.push('no US control list imported: reasons for control unknown');
    if (!tables.ref) result.regimes[0]!.openQuestions.push('no EAR country tables imported: US answers fail closed');
    const row = await insertScreeningCase(tx, {
      tenantId: p.tenantId,
      reference: c.id,
      input: c as unknown as Json,
      result: result as unknown as Json,
      filing: result.filing,
      createdBy: actorOf(p).name,
    });
    await record(tx, ctx, p, {
      action: 'policy.investment.screen',
      subject: { type: 'policy_screening_case', id: row.id },
      details: {
        reference: c.id,
        filing: result.filing,
        regimes: result.regimes.map((r) => `${r.regime}:${r.filing}`),
      },
      inputVersions: {
        ...Object.fromEntries(versions.map((v) => [v.list, v.id])),
        ...(tables.ref ? { 'ear-country-tables': tables.ref.id } : {}),
      },
      requestId: requestId ?? null,
    });
    return view(row);
  });
}

export async function screeningCases(ctx: AppContext, p: Principal): Promise<ScreeningCaseView[]> {
  authorise(p, 'policy:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listScreeningCases(tx)).map(view));
}

export async function screeningCase(ctx: AppContext, p: Principal, id: string): Promise<ScreeningCaseView> {
  authorise(p, 'policy:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await findScreeningCase(tx, id);
    if (!row) throw notFound(`screening case ${id}`);
    return view(row);
  });
}

const DECISIONS = ['file', 'do_not_file', 'escalate'];

export async function decideScreening(
  ctx: AppContext,
  p: Principal,
  id: string,
  d: { decision: string; note?: string | undefined; requestId?: string | null },
) {
  authorise(p, 'policy:decide');
  if (!DECISIONS.includes(d.decision)) throw invalidInput(`/decision: one of ${DECISIONS.join(', ')}`, '/decision');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await findScreeningCase(tx, id);
    if (!row) throw notFound(`screening case ${id}`);
    if (row.decision) throw invalidInput(`case ${id} was already decided (${row.decision})`, '/decision');
    const out = await decideScreeningCase(tx, id, {
      decision: d.decision,
      decisionNote: d.note ?? null,
      decidedBy: actorOf(p).name,
      decidedAt: ctx.now(),
    });
    await record(tx, ctx, p, {
      action: 'policy.investment.decide',
      subject: { type: 'policy_screening_case', id },
      details: { decision: d.decision, filing: row.filing, note: d.note ?? null },
      requestId: d.requestId ?? null,
    });
    return view(out!);
  });
}
