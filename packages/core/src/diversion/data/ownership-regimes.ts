/**
 * Ownership rules that extend a listing to what listed parties own, as data with their
 * sources and the periods they apply. Percentages are aggregated across listed owners and
 * carried whole through every owned-and-therefore-listed intermediary (no dilution along a
 * chain: A listed owns 60 % of B, B 60 % of C → C is covered, not "36 %").
 */

import type { Provenanced } from '../../common/evidence';
import { AFFILIATES_2025 } from '../../licensing/data/sources-us';

export interface OwnershipRegime extends Provenanced {
  id: string;
  title: string;
  /** Threshold as a fraction; `inclusive` = "or more" (≥), otherwise "more than" (>). */
  threshold: number;
  inclusive: boolean;
  /** Control without majority ownership (a `control` edge) also extends the listing. */
  controlCounts: boolean;
  /**
   * Lists (ids of data/ownership-lists.ts) whose members count as owners under this regime: a
   * party on another list is not an owner the rule looks through (an SDN-only owner does not
   * trigger the BIS rule, whose text names the Entity List).
   */
  lists: readonly string[];
  periods: readonly { from: string; to?: string; note: string }[];
  citations: readonly string[];
  verify?: boolean;
}

export const OWNERSHIP_REGIMES: readonly OwnershipRegime[] = [
  {
    id: 'ofac_50_percent',
    title: 'OFAC 50 Percent Rule',
    threshold: 0.5,
    inclusive: true,
    controlCounts: false,
    // "persons whose property and interests in property are blocked": the SDN list.
    lists: ['us_ofac_sdn'],
    periods: [{ from: '2014-08-13', note: 'revised guidance of 13 Aug 2014 (aggregation across blocked persons)' }],
    citations: [
      'OFAC, Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are Blocked, 13 Aug 2014',
      '31 CFR 589.406 / 587.411',
    ],
  },
  {
    id: 'eu_ownership_control',
    title: 'EU ownership (> 50 %) or control',
    threshold: 0.5,
    inclusive: false,
    controlCounts: true,
    // Persons listed for an asset freeze (Reg. 269/2014 Annex I and the other regimes): the EU consolidated list.
    lists: ['eu_fsf'],
    periods: [{ from: '2014-03-17', note: 'Reg. (EU) 269/2014 Art. 2; Reg. 833/2014 Art. 5' }],
    citations: [
      'EU Best Practices for the effective implementation of restrictive measures (Council doc. 10572/22), paras 62–66',
      'Commission FAQ on Art. 2 of Reg. 269/2014 (aggregation of listed holdings: verify)',
    ],
    verify: true,
  },
  {
    id: 'bis_affiliates_rule',
    title: 'BIS Affiliates Rule (Entity List / MEU, 50 %)',
    threshold: 0.5,
    inclusive: true,
    controlCounts: false,
    // "owned by one or more entities on the Entity List" (evidence below); the MEU List per the rule's title.
    lists: ['us_bis_entity_list', 'us_bis_meu'],
    periods: [
      { from: '2025-09-29', to: '2025-11-09', note: 'IFR 90 FR 47201, effective 29 Sep 2025' },
      { from: '2026-11-10', note: 'suspension of 10 Nov 2025 – 9 Nov 2026 ends' },
    ],
    citations: [
      'BIS interim final rule "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities", 90 FR 47201 (FR Doc. 2025-19001, published 30 Sep 2025, effective 29 Sep 2025), 15 CFR 744.11 (paragraph not pinned: no eCFR text of § 744.11 is stored; the stored CCL text, pre-rule vintage, already uses "§ 744.11(a)(2)(v) and (a)(3)" for other Entity List controls, e.g. ECCN 3D993)',
      'BIS final rule "One Year Suspension of Expansion of End-User Controls for Affiliates of Certain Listed Entities", Federal Register vol. 90 no. 216 (12 Nov 2025; page to verify): suspended 10 Nov 2025 – 9 Nov 2026, reimposed 10 Nov 2026 absent extension',
    ],
    verified: true,
    evidence: AFFILIATES_2025,
  },
];

/**
 * Significant-minority indicator (RED-FLAGS #6): listed holdings at or above this, below the rule.
 * Product heuristic, not law: the guidance names "significant minority ownership" without a figure; 25 % is ours.
 */
export const SIGNIFICANT_MINORITY = 0.25;
export const SIGNIFICANT_MINORITY_BASIS = `significant minority = ${SIGNIFICANT_MINORITY * 100} % or more held by listed parties — product heuristic, not law`;

export const regimeInForce = (r: OwnershipRegime, date: string) =>
  r.periods.find((p) => p.from <= date && (!p.to || date <= p.to));
