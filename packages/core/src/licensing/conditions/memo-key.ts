/**
 * The memo key of a condition, built from what its handler declares it reads. A fact is keyed at
 * one of two levels: the place key (destination, exporter, origin, release, HS code, control code
 * and list entry, the tables version) or the stated key (end uses, knowledge, contract clauses,
 * sanctions annexes, region, and the item flags the rules name). `party_hits` is read only when no
 * party was hit; with hits the condition is evaluated every time. Any other fact (content shares,
 * values, parameters, parties) leaves the condition unkeyed. A condition made only of keyed facts
 * has one outcome per key, and a batch re-uses it, explanation included (item-context.ts).
 */
import type { EvalContext } from './types';

const list = (x: readonly string[] | undefined) => (x ? x.join('\u0002') : '');

/** The place key's facts, in key order. */
const PLACE = {
  tables: (ctx: EvalContext) => ctx.tables.ref?.id ?? '',
  destination: (ctx: EvalContext) => ctx.destination,
  exporter: (ctx: EvalContext) => ctx.tx.exporter.country,
  origin: (ctx: EvalContext) => ctx.item.origin,
  release_to: (ctx: EvalContext) => ctx.tx.technology_release_to ?? '',
  hs: (ctx: EvalContext) => ctx.item.hs ?? '',
  code: (ctx: EvalContext) => ctx.facts.code ?? '\u0000',
  // A number per control-list entry object (entries are immutable versions); its rows give the chart columns.
  entry: (ctx: EvalContext) => String(ctx.cache.entryId(ctx.facts.entry)),
};
/** The stated key's facts beyond the place key, in key order (the item flags are added after them). */
const STATED = {
  end_use: (ctx: EvalContext) => list(ctx.tx.end_use),
  informed_by_authority: (ctx: EvalContext) => list(ctx.tx.informed_by_authority),
  exporter_aware: (ctx: EvalContext) => list(ctx.tx.exporter_aware),
  contract_clauses: (ctx: EvalContext) => list(ctx.tx.contract_clauses),
  sanctions_lists: (ctx: EvalContext) => list(ctx.item.sanctions_lists),
  destination_region: (ctx: EvalContext) => ctx.tx.destination_region ?? '',
};
/** Facts no key holds: a condition reading one is evaluated every time. */
type Unkeyed = 'parties' | 'us_content_percent' | 'us_content_eccns' | 'value' | 'parameters';

export type Fact = keyof typeof PLACE | keyof typeof STATED | 'item_flags' | 'party_hits' | Unkeyed;

/** 0 unkeyed, 1 place key, 2 stated key, 3 stated key when no party was hit. */
export type KeyLevel = 0 | 1 | 2 | 3;

/** The level of a handler's declared reads: the widest of its facts, 0 if one is unkeyed. */
export function levelOf(reads: readonly Fact[]): KeyLevel {
  let level: KeyLevel = 1;
  for (const f of reads) {
    const l: KeyLevel = f in PLACE ? 1 : f in STATED || f === 'item_flags' ? 2 : f === 'party_hits' ? 3 : 0;
    if (l === 0) return 0;
    if (l > level) level = l;
  }
  return level;
}

const PLACE_READERS = Object.values(PLACE);
const STATED_READERS = Object.values(STATED);

/** What the place-level facts are for this item, as one string. Reads the item's facts. */
export function placeKey(ctx: EvalContext): string {
  let key = '';
  for (const read of PLACE_READERS) key += `${read(ctx)}\u0001`;
  return key;
}

/** What the stated-level facts are beyond `placeKey`; `flags` are the item flags the rules name. */
export function statedKey(ctx: EvalContext, flags: readonly string[]): string {
  let key = '';
  for (const read of STATED_READERS) key += `${read(ctx)}\u0001`;
  for (const flag of flags) key += (ctx.item as unknown as Record<string, unknown>)[flag] === true ? '1' : '0';
  return key;
}
