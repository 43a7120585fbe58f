/** What the exporter states or knows about the end use: stated end uses, knowledge or notice, contract clauses. */
import { define } from './types';

export const endUseIn = define<string[]>()({
  kind: 'endUseIn',
  reads: ['end_use'],
  evaluate(c, ctx, e) {
    const u = ctx.tx.end_use.filter((x) => c.endUseIn.includes(x));
    return u.length
      ? { holds: true, why: !e ? '' : `stated end use ${u.join(', ')}` }
      : { holds: false, why: !e ? '' : `no stated end use among ${c.endUseIn.join(', ')}` };
  },
});

/**
 * The exporter was informed by the authority of (`informed`), or is aware of (`aware`), one of these grounds
 * (`KNOWLEDGE_GROUNDS`); either when `how` is absent.
 */
export const knows = define<string[], { how?: 'informed' | 'aware' }>()({
  kind: 'knows',
  reads: ['informed_by_authority', 'exporter_aware'],
  evaluate(c, ctx, e) {
    const informed = c.how === 'aware' ? [] : (ctx.tx.informed_by_authority ?? []).filter((g) => c.knows.includes(g));
    const aware = c.how === 'informed' ? [] : (ctx.tx.exporter_aware ?? []).filter((g) => c.knows.includes(g));
    if (informed.length)
      return {
        holds: true,
        why: !e
          ? ''
          : `the exporter was informed by the competent authority of ${informed.join(', ').replace(/_/g, ' ')}`,
      };
    if (aware.length)
      return { holds: true, why: !e ? '' : `the exporter is aware of ${aware.join(', ').replace(/_/g, ' ')}` };
    return {
      holds: false,
      why: !e
        ? ''
        : `the exporter is not stated to be ${c.how === 'informed' ? 'informed of' : c.how === 'aware' ? 'aware of' : 'informed of or aware of'} ${c.knows.join(' / ').replace(/_/g, ' ')}`,
    };
  },
});

/** The transaction states that the contract carries this clause (`no_re_export_to_russia`, Reg. 833/2014 Art. 12g). */
export const contractClause = define<string>()({
  kind: 'contractClause',
  reads: ['contract_clauses'],
  evaluate(c, ctx, e) {
    const has = (ctx.tx.contract_clauses ?? []).includes(c.contractClause);
    return {
      holds: has,
      why: !e
        ? ''
        : has
          ? `the contract carries the ${c.contractClause.replace(/_/g, ' ')} clause`
          : `contract_clauses does not state a ${c.contractClause.replace(/_/g, ' ')} clause`,
    };
  },
});
