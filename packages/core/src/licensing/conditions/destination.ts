/**
 * Where the transaction goes and comes from: destination, exporter, origin, the nationality a
 * technology is released to, a sanctioned region of the destination, and the Country Chart.
 */
import type { ChartColumn } from '../../controls/model';
import { isUnlisted, type ItemFacts } from '../facts';
import { matchPlace, place } from './places';
import { define } from './types';

/** The country of ultimate destination (for a release of technology, the foreign national's citizenship, 734.13(b)). */
export const destinationIn = define<string[]>()({
  kind: 'destinationIn',
  reads: ['destination', 'tables'],
  evaluate: (c, ctx, e) => place(ctx, 'destination', c.destinationIn, e),
});

export const exporterIn = define<string[]>()({
  kind: 'exporterIn',
  reads: ['exporter', 'tables'],
  evaluate: (c, ctx, e) => place(ctx, 'exporter', c.exporterIn, e),
});

export const originIn = define<string[]>()({
  kind: 'originIn',
  reads: ['origin', 'tables'],
  evaluate: (c, ctx, e) => place(ctx, 'origin', c.originIn, e),
});

/**
 * Technology is released to a foreign person whose nationality is not one of these (false when there is no release).
 */
export const releaseToNotIn = define<string[]>()({
  kind: 'releaseToNotIn',
  reads: ['release_to', 'tables'],
  evaluate(c, ctx, e) {
    const to = ctx.tx.technology_release_to;
    if (!to) return { holds: false, why: !e ? '' : 'no release of technology to a foreign person' };
    const m = matchPlace(ctx, to, c.releaseToNotIn);
    return m
      ? {
          holds: false,
          why: !e ? '' : `technology released to a national of ${to} (among ${c.releaseToNotIn.join(', ')})`,
        }
      : { holds: true, why: !e ? '' : `technology released to a national of ${to}` };
  },
});

/** The destination is one of these sanctioned regions (`Transaction.destination_region`). */
export const regionIn = define<string[]>()({
  kind: 'regionIn',
  reads: ['destination_region'],
  evaluate(c, ctx, e) {
    const r = ctx.tx.destination_region;
    return r && c.regionIn.includes(r)
      ? { holds: true, why: !e ? '' : `the destination is the ${r} region` }
      : {
          holds: false,
          why: !e
            ? ''
            : r
              ? `the destination region ${r} is not among ${c.regionIn.join(', ')}`
              : 'no sanctioned region of the destination is stated',
        };
  },
});

/** A reason for control of the item's ECCN points to this Country Chart column, and the destination has an X in it. */
export const chartColumn = define<ChartColumn>()({
  kind: 'chartColumn',
  reads: ['code', 'entry', 'destination', 'tables'],
  evaluate(c, ctx, e) {
    const code = ctx.facts.code ?? 'the item';
    const row = ctx.facts.columns.find((x) => x.column === c.chartColumn);
    if (!row && !reasonsUnknown(ctx.facts))
      return { holds: false, why: !e ? '' : `${code} has no reason for control in column ${c.chartColumn}` };
    const fact = ctx.tables.cell(ctx.destination, c.chartColumn, ctx.asOf);
    const basis = !e ? '' : chartBasis(c.chartColumn, code, row, ctx.facts);
    if (fact.marked === undefined) {
      const q = `Country Chart column ${c.chartColumn} for ${ctx.destination} is not known (${fact.note ?? fact.citation}): assumed marked`;
      if (!ctx.open.includes(q)) ctx.open.push(q);
      return { holds: true, why: !e ? '' : `${basis}; ${q}` };
    }
    const from = !e
      ? ''
      : ` (${fact.source === 'imported' ? fact.citation : `${fact.source}: ${fact.note ?? ''}; ${fact.citation}`})`;
    return fact.marked
      ? {
          holds: true,
          why: !e ? '' : `${basis}, and the Country Chart has an X in ${c.chartColumn} for ${ctx.destination}${from}`,
        }
      : {
          holds: false,
          why: !e ? '' : `${basis}, but the Country Chart has no X in ${c.chartColumn} for ${ctx.destination}${from}`,
        };
  },
});

/** Reasons for control unknown (no classification, or a listed code without its entry): fail closed. */
function reasonsUnknown(facts: ItemFacts): boolean {
  const unknownEntry = facts.code !== undefined && !isUnlisted(facts.code) && !facts.entry;
  return unknownEntry || facts.code === undefined;
}

/** Why the item is taken to be controlled in the column: its entry's License Requirements row, or fail-closed. */
function chartBasis(
  column: ChartColumn,
  code: string,
  row: ItemFacts['columns'][number] | undefined,
  facts: ItemFacts,
) {
  return row
    ? `${code} is controlled ${column} (${facts.entry!.code} License Requirements: ${row.appliesTo}${row.note ? `; ${row.note}` : ''})`
    : `${code}: reasons for control unknown, ${column} assumed`;
}
