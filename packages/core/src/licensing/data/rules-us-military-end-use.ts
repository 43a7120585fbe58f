/**
 * 15 CFR 744.21(a): "military end use" / "military end user" controls, one rule per rule that put
 * countries under them, from that rule's effective date (issue 11: the single 2020-06-29 date for
 * all seven countries was synthetic). "Supp. 2 to part 744 items" is approximated by `listed`
 * (fails closed). The control's history before 85 FR 23459 (when it reached fewer items and
 * military end uses only) is not modelled: a determination dated before it fails closed and
 * says so as an open question.
 */
import type { LicensingRule, RuleCondition } from '../model';
import { MEU_2020, MEU_BELARUS, MEU_BURMA, MEU_CAMBODIA, MEU_NICARAGUA } from './sources-us';

const MILITARY: RuleCondition = { endUseIn: ['military', 'military_end_user'] };
const EFFECT = {
  decision: 'LICENCE_REQUIRED',
  policy: 'presumption_of_denial',
  blocksExceptions: true,
  reasons: ['744'],
} as const;
const SUPP2_NOTE =
  'Supp. 2 to part 744 is approximated by "the item is on the CCL" (fails closed for listed items outside Supp. 2, misses EAR99 items — none are in Supp. 2)';

const base = ({
  id,
  title,
  source,
  effectiveFrom,
  when,
}: Pick<LicensingRule, 'id' | 'title' | 'source' | 'effectiveFrom' | 'when'>): LicensingRule => ({
  id,
  jurisdiction: 'US',
  stage: 'requirement',
  title,
  citation: '15 CFR 744.21(a)',
  source,
  effectiveFrom,
  when,
  effect: { ...EFFECT, reasons: ['744'] },
});

export const US_MILITARY_END_USE_RULES: LicensingRule[] = [
  {
    ...base({
      id: 'US-744.21-military-end-use',
      title: 'Military end use or end user in China, Russia or Venezuela (Supp. 2 items)',
      source: '85 FR 23459 (28 Apr 2020), effective 29 Jun 2020',
      effectiveFrom: '2020-06-29',
      when: { all: [MILITARY, { destinationIn: ['CN', 'RU', 'VE'] }, { listed: true }] },
    }),
    unverified: SUPP2_NOTE,
    verified: true,
    evidence: MEU_2020,
  },
  {
    ...base({
      id: 'US-744.21-military-end-use-before-2020',
      title: 'Military end use in China, Russia or Venezuela before 85 FR 23459: not modelled, licence assumed',
      source: 'EAR part 744 before 85 FR 23459 (history not modelled)',
      effectiveFrom: '1996-04-24',
      when: { all: [MILITARY, { destinationIn: ['CN', 'RU', 'VE'] }] },
    }),
    effectiveTo: '2020-06-29',
    openQuestion:
      '744.21 as it stood before 85 FR 23459 (effective 29 Jun 2020) is not modelled; a licence is assumed (fail closed) — check the text in force on the transaction date',
  },
  {
    ...base({
      id: 'US-744.21-military-end-use-Burma',
      title: 'Military end use or end user in Burma (Supp. 2 items)',
      source: '86 FR 13173 (8 Mar 2021), effective 8 Mar 2021',
      effectiveFrom: '2021-03-08',
      when: { all: [MILITARY, { destinationIn: ['MM'] }, { listed: true }] },
    }),
    unverified: SUPP2_NOTE,
    verified: true,
    evidence: MEU_BURMA,
  },
  {
    ...base({
      id: 'US-744.21-military-end-use-Cambodia',
      title: 'Military end use or end user in Cambodia (Supp. 2 items)',
      source: '86 FR 70015 (9 Dec 2021)',
      effectiveFrom: '2021-12-09',
      when: { all: [MILITARY, { destinationIn: ['KH'] }, { listed: true }] },
    }),
    unverified: `${SUPP2_NOTE}; effective date taken as the publication date (the DATES section itself was not read); the conforming change for Cambodia effective 3 Feb 2026 (RIN 0694-AK41) is listed as amending 15 CFR part 740 only, so 744.21 is kept unchanged — not read in full`,
    evidence: MEU_CAMBODIA,
  },
  {
    // The Belarus rule "render[s] Belarus subject to the same sanctions that were imposed on Russia under the EAR
    // effective February 24, 2022" — all items subject to the EAR.
    ...base({
      id: 'US-744.21-military-end-use-Russia-all-items',
      title: 'Military end use or end user in Russia: every item subject to the EAR, not only Supp. 2 items',
      source: '87 FR 12226 (3 Mar 2022), effective 24 Feb 2022',
      effectiveFrom: '2022-02-24',
      when: { all: [MILITARY, { destinationIn: ['RU'] }, { listed: false }] },
    }),
    unverified: 'the food and medicine EAR99 carve-out is not modelled (fails closed)',
  },
  {
    ...base({
      id: 'US-744.21-military-end-use-Belarus',
      title: 'Military end use or end user in Belarus: every item subject to the EAR',
      source: '87 FR 13048 (8 Mar 2022), effective 2 Mar 2022',
      effectiveFrom: '2022-03-02',
      when: { all: [MILITARY, { destinationIn: ['BY'] }] },
    }),
    unverified: 'the food and medicine EAR99 carve-out is not modelled (fails closed)',
    verified: true,
    evidence: MEU_BELARUS,
  },
  {
    ...base({
      id: 'US-744.21-military-end-use-Nicaragua',
      title: 'Military end use or end user in Nicaragua (Supp. 2 items)',
      source: '89 FR 18780 (15 Mar 2024), effective 15 Mar 2024',
      effectiveFrom: '2024-03-15',
      when: { all: [MILITARY, { destinationIn: ['NI'] }, { listed: true }] },
    }),
    unverified: SUPP2_NOTE,
    verified: true,
    evidence: MEU_NICARAGUA,
  },
];
