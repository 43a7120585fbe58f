/**
 * The official diversion red flags as data (tags from shared/docs/RED-FLAGS.md). Each rule names
 * a check (implemented once, generically, in `../checks.ts`), its parameters, the fields it
 * needs, a weight (how much one firing raises the risk; the guidance says a single flag is an
 * indicator, never proof, so no single weight reaches an alert alone except a listed-party
 * match) and its sources. Weights and the params named in `heuristicParams` are ours — product
 * heuristics, not law — and every flag says so. `verify: true` marks a source not yet checked
 * against the original; `verified: true` needs quoted `evidence`.
 */
import type { Evidence } from '../../common/evidence';
import { CONDUCT_RULES } from './red-flags-conduct';
import { GOODS_ROUTE_RULES } from './red-flags-goods';
import { PARTY_RULES } from './red-flags-parties';
import { SHARED_RULES } from './red-flags-shared';

export type CheckId =
  | 'chpl_to_countries'
  | 'route_via_countries'
  | 'end_user_is_logistics'
  | 'address_in_free_zone'
  | 'payment_third_country'
  | 'incorporated_after'
  | 'listed_name'
  | 'listed_address'
  | 'missing_contract_clause'
  | 'end_user_unverified'
  | 'services_declined'
  | 'phone_country_mismatch'
  | 'free_email'
  | 'quantity_vs_history'
  | 'routing_change'
  | 'previously_russia'
  | 'owned_by_listed'
  | 'listed_contact'
  | 'crowded_address'
  | 'price_vs_reference'
  | 'lc_to_bank'
  | 'structured_payments'
  | 'business_mismatch'
  | 'military_address'
  | 'hs_mismatch'
  | 'denied_before'
  | 'shared_indicator';

export interface RedFlagRule {
  id: string;
  tag: string;
  title: string;
  check: CheckId;
  params: Record<string, unknown>;
  fields: readonly string[];
  /** How much one firing raises the risk: always ours — a product heuristic, not law. */
  weight: number;
  /**
   * The params that are ours too (name-match thresholds, ratios, windows, word lists): product heuristics, not law. The
   * rest come from the cited source.
   */
  heuristicParams: readonly string[];
  citations: readonly string[];
  /** Rule applies to shipments dated on or after this day. */
  effectiveFrom?: string;
  /** A cited source not yet checked against the original. */
  verify?: boolean;
  /** The indicator is checked against `evidence` (a quoted passage with its URL or citation; common/evidence.ts). */
  verified?: boolean;
  evidence?: readonly Evidence[];
  /** A firing of this rule makes an alert whatever the total score. */
  alertAlone?: boolean;
}

export const RED_FLAG_RULES: readonly RedFlagRule[] = [
  ...PARTY_RULES,
  ...GOODS_ROUTE_RULES,
  ...CONDUCT_RULES,
  ...SHARED_RULES,
];
