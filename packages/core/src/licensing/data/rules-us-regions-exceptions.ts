/**
 * The covered regions of Ukraine (15 CFR 746.6) and License Exceptions TSU and APR (740.13,
 * 740.16). Kept apart from the country-based embargo rules because a region is not a country:
 * the transaction names it in `destination_region`.
 */
import type { LicensingRule } from '../model';
import { EAR_1996_SOURCE } from './sources-us';

export const US_REGION_RULES: LicensingRule[] = [
  {
    id: 'US-746.6-Crimea',
    jurisdiction: 'US',
    stage: 'requirement',
    title:
      'Crimea region of Ukraine: licence for all items subject to the EAR except food and medicine designated EAR99',
    citation: '15 CFR 746.6(a)(1), (b)',
    source: '80 FR 2286 (16 Jan 2015), implementing E.O. 13685 (19 Dec 2014)',
    effectiveFrom: '2015-01-16',
    when: {
      all: [
        { destinationIn: ['UA'] },
        { regionIn: ['crimea'] },
        { not: { all: [{ eccnIn: ['EAR99'] }, { endUseIn: ['food_or_medicine'] }] } },
      ],
    },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
    unverified:
      'the food/medicine carve-out is stated by the caller only through end_use; 746.6(c) exceptions (e.g. software updates for civil end users) are not modelled',
  },
  {
    id: 'US-746.6-DNR-LNR',
    jurisdiction: 'US',
    stage: 'requirement',
    title:
      "So-called Donetsk and Luhansk People's Republics: licence for all items subject to the EAR except food and medicine designated EAR99",
    citation: '15 CFR 746.6(a)(1), (b)',
    source: '87 FR 12856 (8 Mar 2022), effective 22 Feb 2022, implementing E.O. 14065',
    effectiveFrom: '2022-02-22',
    when: { all: [{ destinationIn: ['UA'] }, { regionIn: ['dnr', 'lnr'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'denial', blocksExceptions: true, reasons: ['746'] },
    unverified:
      'Federal Register citation and effective date to be checked; the food/medicine carve-out is not modelled for these regions',
  },
];

export const US_TSU_APR_RULES: LicensingRule[] = [
  {
    id: 'US-740.13(c)-TSU-updates',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception TSU: software updates that fix errors in software lawfully exported before',
    citation: '15 CFR 740.13(c)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: {
      all: [
        { itemFlag: 'software_update' },
        { codeMatches: '^\\d[D]\\d{3}' },
        { not: { destinationIn: ['E:1', 'E:2'] } },
      ],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'TSU',
      reasons: ['NS', 'MT', 'NP', 'CB', 'RS', 'CC', 'AT', 'EI', 'SL'],
      conditions: [
        '740.13(c): the update only corrects errors ("fixes") and goes to the same consignee; it does not enhance the software',
      ],
    },
    unverified:
      'the 740.13(c) limits for updates that enhance functionality, and the Russia/Belarus rules of 746.8(c), are not modelled',
  },
  {
    id: 'US-740.16(a)-APR',
    jurisdiction: 'US',
    stage: 'exception',
    title:
      'License Exception APR: reexport from Country Group A:1 of items controlled for national security to destinations not in D:1, E:1 or E:2',
    citation: '15 CFR 740.16(a)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: {
      all: [
        { exporterIn: ['A:1'] },
        { not: { exporterIn: ['US'] } },
        { not: { destinationIn: ['D:1', 'E:1', 'E:2'] } },
      ],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'APR',
      reasons: ['NS'],
      conditions: [
        '740.16(a)(1): the reexporting country could export the item to the destination without its own licence',
      ],
    },
    unverified:
      "the 740.16(a)(2) condition (the reexporting country's own licence requirement) is left to the exporter; 600-series and 9x515 exclusions are not modelled",
  },
];
