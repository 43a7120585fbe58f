/**
 * US licence exceptions (15 CFR 740). An exception applies to an item when its condition holds
 * and it covers every reason for which the item needs a licence; it never applies when a
 * part 744 / 746 requirement fired (740.2(a)) — the engine enforces both.
 */
import type { LicensingRule } from '../model';
import { EAR_1996_SOURCE } from './sources-us';

export const US_EXCEPTION_RULES: LicensingRule[] = [
  {
    id: 'US-740.17-ENC',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception ENC for encryption items',
    citation: '15 CFR 740.17(a)-(b)',
    source: '81 FR 64656 (2016); 86 FR 16482 (2021)',
    effectiveFrom: '2016-09-20',
    when: {
      all: [
        { eccnIn: ['5A002', '5B002', '5D002', '5E002'] },
        { itemFlag: 'enc_eligible' },
        { not: { destinationIn: ['E:1', 'E:2'] } },
      ],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'ENC',
      reasons: ['NS', 'EI'],
      conditions: [
        '740.17(b)(1): annual self-classification report, or (b)(2)/(b)(3): classification request and 30-day wait',
        '740.17(b)(2): to government end users outside Supp. 3 countries a licence is still needed',
      ],
    },
  },
  {
    id: 'US-740.3-LVS',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception LVS (limited value shipments) to Country Group B',
    citation: '15 CFR 740.3(a)-(d)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { all: [{ exceptionLine: 'LVS' }, { withinLvsLimit: true }, { destinationIn: ['B'] }] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'LVS',
      reasons: ['NS'],
      conditions: ['740.3(d): no splitting of orders to stay under the value limit'],
    },
  },
  {
    id: 'US-740.4-GBS',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception GBS (shipments to Country Group B) for items controlled for NS only',
    citation: '15 CFR 740.4',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { all: [{ exceptionLine: 'GBS' }, { destinationIn: ['B'] }] },
    effect: { decision: 'LICENCE_EXCEPTION', authorisation: 'GBS', reasons: ['NS'] },
  },
  {
    id: 'US-740.20(c)(1)-STA-A5',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception STA to Country Group A:5',
    citation: '15 CFR 740.20(c)(1), (d)',
    source: '76 FR 35276 (16 Jun 2011)',
    effectiveFrom: '2011-06-16',
    when: {
      all: [
        { destinationIn: ['A:5'] },
        { itemFlag: 'sta_consignee_statement' },
        { not: { eccnIn: ['3A090', '4A090', '9A515', '0A501'] } },
        { not: { exceptionLineExcludes: 'STA' } },
      ],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'STA',
      reasons: ['NS', 'CB', 'NP', 'RS', 'CC', 'SL'],
      conditions: [
        '740.20(d)(1): give the consignee the ECCN; (d)(2): prior consignee statement; (d)(3): notify of STA use',
      ],
    },
    unverified:
      "the exclusions of 740.20(b)(2) are read from each ECCN's STA line, plus 3A090, 4A090, 9A515 and 0A501; an exclusion's own exceptions (e.g. civil telecommunications) are not applied",
  },
  {
    id: 'US-740.20(c)(2)-STA-A6',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception STA to Country Group A:6 (items controlled for NS only)',
    citation: '15 CFR 740.20(c)(2), (d)',
    source: '76 FR 35276 (16 Jun 2011)',
    effectiveFrom: '2011-06-16',
    when: {
      all: [
        { destinationIn: ['A:6'] },
        { itemFlag: 'sta_consignee_statement' },
        { not: { eccnIn: ['3A090', '4A090', '9A515', '0A501'] } },
        { not: { exceptionLineExcludes: 'STA' } },
      ],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'STA',
      reasons: ['NS'],
      conditions: ['740.20(d): consignee statement and notification'],
    },
  },
];
