/**
 * More US licence exceptions (15 CFR 740): NAC/ACA for advanced computing, TSR, TMP, RPL, GOV
 * and BAG. The engine applies an exception only when it covers every reason the item needs a
 * licence for, and never over a part 744/746 requirement (740.2(a)); the restrictions of 740.2
 * that are not modelled here are named in each rule's `unverified` note.
 */
import type { LicensingRule, RuleCondition } from '../model';
import { EAR_1996_SOURCE } from './sources-us';

/** 740.8(a): the items NAC/ACA may authorise. */
const NAC_ITEMS = [
  '3A090',
  '4A090',
  '3A001.z',
  '4A003.z',
  '4A004.z',
  '4A005.z',
  '5A002.z',
  '5A004.z',
  '5A992.z',
  '5D002.z',
  '5D992.z',
];
/** 740.8(a): except items designed or marketed for use in a data center and meeting the parameters of 3A090.a. */
const notDatacenter3A090a: RuleCondition = {
  any: [{ not: { eccnIn: ['3A090.a'] } }, { parameterIs: { parameter: 'designed_for_datacenter', equals: false } }],
};
const AC23 = '88 FR 73458 (25 Oct 2023), effective 17 Nov 2023';
const ACA24 = '89 FR 23876 (4 Apr 2024), effective 4 Apr 2024';
const EMBARGOED: RuleCondition = { not: { destinationIn: ['E:1', 'E:2'] } };

export const US_MORE_EXCEPTION_RULES: LicensingRule[] = [
  {
    id: 'US-740.8-NAC',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception NAC (Notified Advanced Computing) to Macau or D:5, after notifying BIS',
    citation: '15 CFR 740.8(a)(1)-(2)',
    source: `${AC23}; NAC/ACA split by ${ACA24}`,
    effectiveFrom: '2023-11-17',
    when: {
      all: [{ eccnIn: NAC_ITEMS }, notDatacenter3A090a, { destinationIn: ['MO', 'D:5'] }, { itemFlag: 'nac_notified' }],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'NAC',
      reasons: ['RS'],
      conditions: [
        '740.8(a)(2): notification in SNAP-R 25 days before the export; BIS did not object; AES licence code C67 with the NAC number',
      ],
    },
    unverified:
      'destinations headquartered in Macau/D:5 wherever located, and the 2025 changes to NAC eligibility, are not modelled',
  },
  {
    id: 'US-740.8-NAC-2023-D1-D4',
    jurisdiction: 'US',
    stage: 'exception',
    title:
      'License Exception NAC to D:1/D:4 (other than Macau and D:5), without notification (before the 2024 split into NAC and ACA)',
    citation: '15 CFR 740.8(a)(1)',
    source: AC23,
    effectiveFrom: '2023-11-17',
    effectiveTo: '2024-04-04',
    when: {
      all: [
        { eccnIn: NAC_ITEMS },
        notDatacenter3A090a,
        { destinationIn: ['D:1', 'D:4'] },
        { not: { destinationIn: ['MO', 'D:5'] } },
      ],
    },
    effect: { decision: 'LICENCE_EXCEPTION', authorisation: 'NAC', reasons: ['RS'] },
  },
  {
    id: 'US-740.8-ACA',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception ACA (Advanced Computing Authorized) to D:1/D:4 other than Macau and D:5, no notification',
    citation: '15 CFR 740.8(b)',
    source: ACA24,
    effectiveFrom: '2024-04-04',
    when: {
      all: [
        { eccnIn: NAC_ITEMS },
        notDatacenter3A090a,
        { destinationIn: ['D:1', 'D:4'] },
        { not: { destinationIn: ['MO', 'D:5'] } },
      ],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'ACA',
      reasons: ['RS'],
      conditions: ['AES licence code C68'],
    },
    unverified: 'paragraph (b) numbering; the January 2025 and later amendments to 740.8 are not modelled',
  },
  {
    id: 'US-740.6-TSR',
    jurisdiction: 'US',
    stage: 'exception',
    title:
      "License Exception TSR: technology and software controlled for national security only, to Country Group B, with the consignee's written assurance",
    citation: '15 CFR 740.6(a)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { all: [{ exceptionLine: 'TSR' }, { destinationIn: ['B'] }, { itemFlag: 'tsr_written_assurance' }] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'TSR',
      reasons: ['NS'],
      conditions: [
        '740.6(a)(1)-(3): written assurance before the export that the technology/software and its direct product will not go to D:1, E:1 or E:2 without BIS authorisation',
      ],
    },
  },
  {
    id: 'US-740.9(a)-TMP',
    jurisdiction: 'US',
    stage: 'exception',
    title:
      'License Exception TMP: temporary exports (tools of trade, exhibitions, inbound repair) returned within one year',
    citation: '15 CFR 740.9(a)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: {
      all: [
        { itemFlag: 'temporary_export' },
        EMBARGOED,
        { not: { eccnIn: ['3A090', '4A090', '0A501', '9A515'] } },
        { not: { destinationIn: ['D:5'] } },
      ],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'TMP',
      reasons: ['NS', 'MT', 'NP', 'CB', 'RS', 'CC', 'AT', 'SL'],
      conditions: [
        '740.9(a)(4): return to the US within one year, or dispose of it under another authorisation; keep it under effective control',
      ],
    },
    unverified:
      'the 740.2 restrictions (e.g. MT-controlled items, 600-series to D:5) are approximated by excluding 3A090/4A090/0A501/9A515 and D:5 destinations; tools of trade for Russia/Belarus are governed by 746.8(c)',
  },
  {
    id: 'US-740.10-RPL',
    jurisdiction: 'US',
    stage: 'exception',
    title: 'License Exception RPL: one-for-one replacement parts and servicing of items lawfully exported',
    citation: '15 CFR 740.10(a)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { all: [{ itemFlag: 'replacement_parts' }, EMBARGOED, { not: { destinationIn: ['D:5', 'RU', 'BY'] } }] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'RPL',
      reasons: ['NS', 'RS', 'CC', 'AT'],
      conditions: ['740.10(a)(3): parts replace broken or worn parts one for one and do not enhance the item'],
    },
    unverified:
      'MT- and NP-controlled parts and the item-specific exclusions of 740.10(a)(3)(v) are not modelled (they are left requiring a licence)',
  },
  {
    id: 'US-740.11(c)-GOV',
    jurisdiction: 'US',
    stage: 'exception',
    title:
      'License Exception GOV: to national governments of cooperating countries (Country Group A:1) for their official use',
    citation: '15 CFR 740.11(c)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { all: [{ itemFlag: 'government_end_user' }, { destinationIn: ['A:1'] }] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'GOV',
      reasons: ['NS', 'RS', 'CC', 'AT'],
      conditions: ['740.11(c)(1): for the official use of the national government agency'],
    },
    unverified:
      'the cooperating governments listed beyond A:1 (740.11(c)(1)) and the MT/NP restrictions are not modelled',
  },
  {
    id: 'US-740.14-BAG',
    jurisdiction: 'US',
    stage: 'exception',
    title: "License Exception BAG: personal effects and tools of trade carried in an individual's baggage",
    citation: '15 CFR 740.14(a)-(b)',
    source: `EAR part 740 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { all: [{ itemFlag: 'personal_baggage' }, EMBARGOED] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'BAG',
      reasons: ['NS', 'RS', 'CC', 'AT', 'EI'],
      conditions: ['740.14(c): owned by the individual, for personal use or as tools of trade, not for sale'],
    },
    unverified: 'the encryption-specific conditions of 740.14(f) and firearms provisions of 740.14(e) are not modelled',
  },
];
