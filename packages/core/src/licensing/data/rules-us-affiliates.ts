/**
 * The BIS affiliates rule: entities 50 % or more owned, directly or indirectly, individually or in
 * aggregate, by Entity List or MEU List parties (or by SDNs under 744.8(a)(1)) carry the owners'
 * licence requirements. In force 29 Sep 2025; suspended for one year from 10 Nov 2025; the
 * suspension rule reimposes it on 10 Nov 2026 unless BIS extends the suspension.
 */
import type { LicensingRule } from '../model';
import { AFFILIATES_2025 } from './sources-us';

const AFFILIATES =
  'Interim final rule 90 FR 47201 (FR Doc. 2025-19001, 30 Sep 2025), "Expansion of End-User Controls To Cover Affiliates of Certain Listed Entities", effective 29 Sep 2025';
const SUSPENSION =
  'Final rule of 10 Nov 2025 (90 FR, No. 216, 12 Nov 2025) suspending the affiliates rule until 9 Nov 2026';

const base = {
  jurisdiction: 'US' as const,
  stage: 'requirement' as const,
  title:
    'Affiliates rule: a party at least 50 % owned by Entity List / MEU List parties (or SDNs under 744.8(a)(1)) takes their licence requirement for all items subject to the EAR',
  citation: '15 CFR 744.11(a)(3); 744.21(a)(3); Supp. No. 3 to part 732, red flag 29',
  when: { partyOwnedByListed: { lists: ['us-bis-entity-list', 'us-bis-meu', 'us-ofac-sdn'], atLeast: 50 } },
  effect: {
    decision: 'LICENCE_REQUIRED' as const,
    policy: 'presumption_of_denial' as const,
    blocksExceptions: true,
    reasons: ['744'],
  },
  // The dates: in force 29 Sep 2025, suspended 10 Nov 2025 to 9 Nov 2026, reimposed 10 Nov 2026.
  verified: true,
  evidence: AFFILIATES_2025,
};

export const US_AFFILIATES_RULES: LicensingRule[] = [
  {
    ...base,
    id: 'US-744.11(a)(3)-affiliates-2025',
    source: AFFILIATES,
    effectiveFrom: '2025-09-29',
    effectiveTo: '2025-11-10',
    unverified:
      'paragraph numbers; the review policy is that of the most restrictive listed owner (presumption of denial assumed); the temporary general licence of the IFR is not modelled',
  },
  {
    ...base,
    id: 'US-744.11(a)(3)-affiliates-reimposed',
    source: `${AFFILIATES}; reimposed by ${SUSPENSION}`,
    effectiveFrom: '2026-11-10',
    unverified:
      'reimposed on 10 Nov 2026 as the suspension rule provides; an extension of the suspension published after this data was reviewed would end it — check the Federal Register',
  },
];
