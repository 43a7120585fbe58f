/** Every licensing rule, in evaluation order (exceptions are tried in this order). */
import { AU_RULES } from './data/rules-au';
import { EU_RULES } from './data/rules-eu';
import { EU_CATCHALL_RULES } from './data/rules-eu-catchall';
import { EU_GEA_RULES } from './data/rules-eu-gea';
import { EU_RUSSIA_RULES } from './data/rules-eu-russia';
import { JP_RULES } from './data/rules-jp';
import { NL_RULES } from './data/rules-nl';
import { UK_RULES } from './data/rules-uk';
import { US_CHART_RULES, US_JURISDICTION_RULES } from './data/rules-us-chart';
import { US_EXCEPTION_RULES } from './data/rules-us-exceptions';
import { US_MORE_EXCEPTION_RULES } from './data/rules-us-exceptions-more';
import { US_AFFILIATES_RULES } from './data/rules-us-affiliates';
import { US_FDP_RULES } from './data/rules-us-fdp';
import { US_REGION_RULES, US_TSU_APR_RULES } from './data/rules-us-regions-exceptions';
import { US_OVERLAY_RULES } from './data/rules-us-overlays';
import type { LicensingRule } from './model';

export const ALL_RULES: readonly LicensingRule[] = [
  ...US_JURISDICTION_RULES,
  ...US_FDP_RULES,
  ...US_CHART_RULES,
  ...US_OVERLAY_RULES,
  ...US_AFFILIATES_RULES,
  ...US_REGION_RULES,
  ...US_EXCEPTION_RULES,
  ...US_MORE_EXCEPTION_RULES,
  ...US_TSU_APR_RULES,
  ...EU_RULES,
  ...EU_CATCHALL_RULES,
  ...EU_RUSSIA_RULES,
  ...EU_GEA_RULES,
  ...UK_RULES,
  ...NL_RULES,
  ...JP_RULES,
  ...AU_RULES,
];

/** The rule ids must be unique: the determination names rules by id. */
const ids = new Set<string>();
for (const r of ALL_RULES) {
  if (ids.has(r.id)) throw new Error(`duplicate licensing rule id ${r.id}`);
  ids.add(r.id);
}
