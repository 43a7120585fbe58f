/**
 * US EAR scope beyond US origin: the foreign direct product (FDP) rules of 15 CFR 734.9 and the
 * exclusions of 734.7 (published) and 734.8 (fundamental research). "Direct product of US
 * technology or software" is what the transaction states (`made_with_us_technology`); which
 * ECCNs of technology/software each FDP rule names is not re-checked here (see `unverified`).
 */
import type { LicensingRule, RuleCondition } from '../model';
import { FR_81_35586, FR_88_2821 } from './sources-us';

const AC_2022 = '87 FR 62186 (13 Oct 2022), effective 21 Oct 2022';
const AC_2023 = '88 FR 73458 (25 Oct 2023), effective 17 Nov 2023';
const RUSSIA = '87 FR 12226 (3 Mar 2022), effective 24 Feb 2022; Belarus 87 FR 13048 (8 Mar 2022)';
const SME_2024 = '89 FR 96790 (5 Dec 2024), effective 2 Dec 2024';

const foreignMade: RuleCondition = { not: { originIn: ['US'] } };
const directProduct: RuleCondition = { itemFlag: 'made_with_us_technology' };
/**
 * Technology and software only (product groups D and E, or EAR99); an unknown classification does not qualify (fail
 * closed).
 */
const notHardware: RuleCondition = { not: { codeMatches: '^\\d[ABC]\\d{3}' } };

/**
 * Supp. No. 3 to part 746: countries with substantially similar Russia/Belarus controls, excluded from the
 * Russia/Belarus FDP rules.
 */
export const RUSSIA_PARTNER_COUNTRIES = [
  'AT',
  'AU',
  'BE',
  'BG',
  'CA',
  'CH',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GB',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'JP',
  'KR',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'NZ',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'TW',
];

export const US_FDP_RULES: LicensingRule[] = [
  {
    id: 'US-734.9(h)-AC-FDP-2022',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Advanced computing FDP rule: foreign-made 3A090/4A090 items that are direct products of US technology or software, destined to China',
    citation: '15 CFR 734.9(h)(1)',
    source: AC_2022,
    effectiveFrom: '2022-10-21',
    effectiveTo: '2023-11-17',
    when: { all: [foreignMade, directProduct, { eccnIn: ['3A090', '4A090'] }, { destinationIn: ['CN'] }] },
    effect: { subject: true },
    unverified:
      'product scope also covers items meeting 3A090/4A090 parameters and computers/components incorporating them',
  },
  {
    id: 'US-734.9(h)-AC-FDP-2023-Macau',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Advanced computing FDP rule (Jan 2023): the same foreign-made 3A090/4A090 direct products, destined to Macau',
    citation: '15 CFR 734.9(h)(1)',
    source: '88 FR 2821 (18 Jan 2023), effective 17 Jan 2023',
    effectiveFrom: '2023-01-17',
    effectiveTo: '2023-11-17',
    when: { all: [foreignMade, directProduct, { eccnIn: ['3A090', '4A090'] }, { destinationIn: ['MO'] }] },
    effect: { subject: true },
    verified: true,
    evidence: FR_88_2821,
  },
  {
    id: 'US-734.9(h)-AC-FDP-2023',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Advanced computing FDP rule: foreign-made 3A090/4A090 items that are direct products of US technology or software, destined to Macau or D:1/D:4 (not A:5/A:6)',
    citation: '15 CFR 734.9(h)(1)',
    source: AC_2023,
    effectiveFrom: '2023-11-17',
    when: {
      all: [
        foreignMade,
        directProduct,
        { eccnIn: ['3A090', '4A090'] },
        { destinationIn: ['MO', 'D:1', 'D:4'] },
        { not: { destinationIn: ['A:5', 'A:6'] } },
      ],
    },
    effect: { subject: true },
    unverified: 'entities headquartered in Macau/D:5 wherever located (734.9(h)(1)(ii)(B)) are not modelled',
  },
  {
    id: 'US-734.9(i)-supercomputer-FDP',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Supercomputer FDP rule: foreign-made direct products of US technology or software for a supercomputer in China, Macau or D:5',
    citation: '15 CFR 734.9(i)',
    source: `${AC_2022}; destinations widened by ${AC_2023}`,
    effectiveFrom: '2022-10-21',
    when: { all: [foreignMade, directProduct, { endUseIn: ['supercomputer'] }, { destinationIn: ['CN', 'D:5'] }] },
    effect: { subject: true },
    unverified:
      'the 2022 version named China only; D:5 is applied from 2022 (fails closed) although it may date from 17 Nov 2023',
  },
  {
    id: 'US-734.9(i)-supercomputer-FDP-Macau',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Supercomputer FDP rule: the same foreign-made direct products for a supercomputer in Macau (added by 88 FR 2821)',
    citation: '15 CFR 734.9(i)',
    source: '88 FR 2821 (18 Jan 2023), effective 17 Jan 2023',
    effectiveFrom: '2023-01-17',
    when: { all: [foreignMade, directProduct, { endUseIn: ['supercomputer'] }, { destinationIn: ['MO'] }] },
    effect: { subject: true },
    verified: true,
    evidence: FR_88_2821,
  },
  {
    id: 'US-734.9(f)-Russia-Belarus-FDP',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Russia/Belarus FDP rule: foreign-made CCL items that are direct products of US technology or software (CCL categories 3–9, D/E), destined to Russia or Belarus, unless exported from a partner country (Supp. 3 to part 746)',
    citation: '15 CFR 734.9(f)(1); 746.8(a)(2)',
    source: RUSSIA,
    effectiveFrom: '2022-02-24',
    when: {
      all: [
        foreignMade,
        directProduct,
        { listed: true },
        { destinationIn: ['RU', 'BY'] },
        { not: { exporterIn: RUSSIA_PARTNER_COUNTRIES } },
      ],
    },
    effect: { subject: true },
    unverified:
      'Belarus applies from 2 Mar 2022; the partner-country list grew over 2022 (e.g. Taiwan, Korea added later) and is applied in its current form',
  },
  {
    id: 'US-734.9(g)-Russia-Belarus-MEU-FDP',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Russia/Belarus military end-user FDP rule: any foreign-made direct product of US technology or software when an Entity List footnote-3 entity is a party',
    citation: '15 CFR 734.9(g); 744.21(a)(2)',
    source: RUSSIA,
    effectiveFrom: '2022-02-24',
    when: {
      all: [
        foreignMade,
        directProduct,
        { partyOnList: ['us-bis-entity-list'], requirementMatches: '734\\.9\\(g\\)|footnote 3' },
      ],
    },
    effect: { subject: true },
  },
  {
    id: 'US-734.9(e)(3)-FN5-FDP',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Entity List footnote-5 FDP rule: foreign-made direct products of US technology or software when a footnote-5 entity (advanced-node fabs and SME makers) is a party',
    citation: '15 CFR 734.9(e)(3); 744.11(a)(2)(iv)',
    source: SME_2024,
    effectiveFrom: '2024-12-02',
    when: {
      all: [
        foreignMade,
        directProduct,
        { partyOnList: ['us-bis-entity-list'], requirementMatches: '734\\.9\\(e\\)\\(3\\)|footnote 5' },
      ],
    },
    effect: { subject: true },
    unverified:
      'product scope (items on the CCL in specified SME ECCNs) and the exclusion of items from Japan and the Netherlands are not checked',
  },
  {
    id: 'US-734.9(k)-SME-FDP',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'SME FDP rule: foreign-made semiconductor manufacturing equipment that is a direct product of US technology or software, destined to Macau or D:5 — not for items from Japan or the Netherlands',
    citation: '15 CFR 734.9(k)',
    source: SME_2024,
    effectiveFrom: '2024-12-02',
    when: {
      all: [
        foreignMade,
        directProduct,
        { eccnIn: ['3B001', '3B002', '3B090', '3B993'] },
        { destinationIn: ['MO', 'D:5'] },
        { not: { originIn: ['JP', 'NL'] } },
      ],
    },
    effect: { subject: true },
    unverified:
      'paragraph letter, the exact SME ECCN paragraphs in scope and the form of the Japan/Netherlands exemption (countries with equivalent controls) to be checked against 89 FR 96790',
  },
  {
    id: 'US-734.7-published',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title: 'Published technology and software are not subject to the EAR',
    citation: '15 CFR 734.3(b)(3)(i); 734.7',
    source: '81 FR 35586 (3 Jun 2016), effective 1 Sep 2016',
    effectiveFrom: '2016-09-01',
    evidence: [FR_81_35586],
    when: { all: [{ itemFlag: 'published' }, notHardware] },
    effect: { excluded: true },
    unverified:
      'the 734.7(b) exception for encryption source code (5D002) made publicly available, which stays subject unless notified under 742.15(b), is not modelled',
  },
  {
    id: 'US-734.8-fundamental-research',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title: 'Technology or software arising during or resulting from fundamental research is not subject to the EAR',
    citation: '15 CFR 734.3(b)(3)(ii); 734.8',
    source: '81 FR 35586 (3 Jun 2016), effective 1 Sep 2016',
    effectiveFrom: '2016-09-01',
    evidence: [FR_81_35586],
    when: { all: [{ itemFlag: 'fundamental_research' }, notHardware, { not: { eccnIn: ['5D002'] } }] },
    effect: { excluded: true },
    unverified:
      'covers technology and software only; the caller states fundamental_research only for research results intended to be published (734.8(a)), not for proprietary research or items',
  },
];
