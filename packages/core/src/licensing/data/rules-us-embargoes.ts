/**
 * US EAR embargoes and country-wide controls (15 CFR part 746): Cuba, North Korea, Iran, Syria, Russia and Belarus.
 * Each blocks every licence exception (740.2(a)(6) and the section's own licence-exception paragraph).
 */
import type { LicensingRule } from '../model';
import { EAR_1996_SOURCE } from './sources-us';

const RU22 = '87 FR 12226 (3 Mar 2022), effective 24 Feb 2022';

export const US_EMBARGO_RULES: LicensingRule[] = [
  {
    id: 'US-746.2-Cuba',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Cuba embargo: licence for all items subject to the EAR',
    citation: '15 CFR 746.2(a), (b)',
    source: `EAR part 746 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { destinationIn: ['CU'] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
  },
  {
    id: 'US-746.4-North-Korea',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'North Korea: licence for all items subject to the EAR except food and medicine classified EAR99',
    citation: '15 CFR 746.4(a), (b)(1)',
    source: 'EAR part 746',
    effectiveFrom: '2008-06-26',
    when: { destinationIn: ['KP'] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
    unverified: 'the food/medicine EAR99 carve-out is not modelled (fails closed)',
  },
  {
    id: 'US-746.7-Iran',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Iran: EAR licence for CCL items; OFAC ITSR prohibits exports of other items from the US',
    citation: '15 CFR 746.7(a); 31 CFR 560.204',
    source: 'EAR part 746; ITSR',
    effectiveFrom: '1997-05-06',
    when: { destinationIn: ['IR'] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
  },
  {
    id: 'US-746.9-Syria',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Syria: licence for items on the CCL and for US products other than food and medicine',
    citation: '15 CFR 746.9(a); 746.1(a)(3) (Syria Accountability Act, since 14 May 2004)',
    source: 'EAR part 746',
    effectiveFrom: '2004-05-14',
    when: { destinationIn: ['SY'] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
    unverified:
      'the food/medicine carve-out and the 2025 easing of Syria controls are not modelled (fails closed: every item is treated as licensed)',
  },
  {
    id: 'US-746.8(a)(1)-Russia-Belarus-CCL',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Russia and Belarus: licence for every item on the CCL',
    citation: '15 CFR 746.8(a)(1); policy 746.8(b)(1)',
    source: RU22,
    effectiveFrom: '2022-02-24',
    when: { all: [{ destinationIn: ['RU', 'BY'] }, { listed: true }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
  },
  {
    id: 'US-746.8(a)(2)-Russia-Belarus-HTS',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Russia and Belarus: licence for EAR99 items in HTS chapters 84 and 85 (Supp. 4 to part 746)',
    citation: '15 CFR 746.8(a)(2); 746 Supp. 4',
    source: '88 FR 12150 (27 Feb 2023), effective 24 Feb 2023',
    effectiveFrom: '2023-02-24',
    when: { all: [{ destinationIn: ['RU', 'BY'] }, { listed: false }, { hsPrefixIn: ['84', '85'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
    unverified:
      'Supp. 4 is transcribed only as HTS chapters 84 and 85; Supps. 2, 6 and 7 (other chapters) are not yet encoded',
  },
];
