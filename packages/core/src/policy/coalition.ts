/**
 * Who counts as an ally and who as a country of concern: a coalition the user defines (ISO codes),
 * or EAR Country Groups read from an imported version of 15 CFR 740 Supp. 1 (e.g. allies = A:1, the
 * Wassenaar participating states; concern = D:5, the US arms embargoed countries). Each answer names its basis.
 */
import type { EarTables } from '../regulations/tables';

export interface Coalition {
  name: string;
  /** The basis of membership, or undefined when the country is not an ally. */
  ally(country: string): string | undefined;
  concern(country: string): string | undefined;
}

export function listCoalition(name: string, allies: readonly string[], concern: readonly string[]): Coalition {
  const a = new Set(allies.map((c) => c.toUpperCase()));
  const k = new Set(concern.map((c) => c.toUpperCase()));
  return {
    name,
    ally: (c) => (a.has(c) ? `member of the coalition "${name}"` : undefined),
    concern: (c) => (k.has(c) ? `named a country of concern in "${name}"` : undefined),
  };
}

export function groupsCoalition(
  tables: EarTables,
  o: { allies: readonly string[]; concern: readonly string[]; asOf: string },
): Coalition {
  const version = tables.ref
    ? `EAR country groups version ${tables.ref.contentDate}`
    : 'no EAR country groups imported';
  const basis = (c: string, groups: readonly string[]) => {
    const hit = tables.match(c, groups, o.asOf);
    return hit ? `in Country Group ${hit} (15 CFR 740 Supp. 1; ${version})` : undefined;
  };
  return {
    name: `allies ${o.allies.join('+')}, concern ${o.concern.join('+')} (EAR country groups)`,
    ally: (c) => basis(c, o.allies),
    concern: (c) => basis(c, o.concern),
  };
}
