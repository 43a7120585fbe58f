/** Country and Country Group tests shared by the destination and party handlers. */
import type { ConditionOutcome, EvalContext } from './types';

const EAR_GROUP = /^[ABDE](:\d)?$/;

/**
 * A country or one of its groups in `list`. Where the country's EAR groups are not known (no row in
 * the imported Country Groups) and the list names EAR groups, the answer is asked, not assumed.
 */
export function matchPlace(ctx: EvalContext, country: string, list: readonly string[]): string | undefined {
  const m = ctx.tables.match(country, list, ctx.asOf);
  if (m === undefined && list.some((x) => EAR_GROUP.test(x))) {
    const g = ctx.tables.groupsOf(country, ctx.asOf);
    if (!g.known) {
      const q = `the EAR Country Groups of ${country} are not known (${g.note ?? 'no row'}): membership of ${list.filter((x) => EAR_GROUP.test(x)).join(', ')} could not be checked`;
      if (!ctx.open.includes(q)) ctx.open.push(q);
    }
  }
  return m;
}

/** Whether the transaction's destination, exporter or the item's origin is in `list`, and why. */
export function place(
  ctx: EvalContext,
  what: 'destination' | 'exporter' | 'origin',
  list: readonly string[],
  e: boolean,
): ConditionOutcome {
  const country =
    what === 'destination' ? ctx.destination : what === 'exporter' ? ctx.tx.exporter.country : ctx.item.origin;
  const m = matchPlace(ctx, country, list);
  if (m)
    return {
      holds: true,
      why: !e
        ? ''
        : m === country
          ? `${what} ${country}`
          : `${what} ${country} is in ${m === 'EU' ? 'the EU' : `Country Group ${m}`}`,
    };
  return { holds: false, why: !e ? '' : `${what} ${country} is not in ${list.join(', ')}` };
}
