/**
 * Every built-in licensing rule, in evaluation order (exceptions are tried in this order): the jurisdictions' rule
 * modules.
 */
import { BUILT_IN_JURISDICTIONS } from './jurisdictions/builtin';
import type { LicensingRule } from './model';

export const ALL_RULES: readonly LicensingRule[] = BUILT_IN_JURISDICTIONS.flatMap((j) => j.rules.flat());

/** The rule ids must be unique: the determination names rules by id. */
const ids = new Set<string>();
for (const r of ALL_RULES) {
  if (ids.has(r.id)) throw new Error(`duplicate licensing rule id ${r.id}`);
  ids.add(r.id);
}
