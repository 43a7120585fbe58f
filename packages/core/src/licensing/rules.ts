/** Every licensing rule, in evaluation order (exceptions are tried in this order). */
import { EU_RULES } from './data/rules-eu';
import { US_CHART_RULES, US_JURISDICTION_RULES } from './data/rules-us-chart';
import { US_EXCEPTION_RULES } from './data/rules-us-exceptions';
import { US_OVERLAY_RULES } from './data/rules-us-overlays';
import type { LicensingRule } from './model';

export const ALL_RULES: readonly LicensingRule[] = [...US_JURISDICTION_RULES, ...US_CHART_RULES, ...US_OVERLAY_RULES, ...US_EXCEPTION_RULES, ...EU_RULES];

/** The rule ids must be unique: the determination names rules by id. */
const ids = new Set<string>();
for (const r of ALL_RULES) {
  if (ids.has(r.id)) throw new Error(`duplicate licensing rule id ${r.id}`);
  ids.add(r.id);
}
