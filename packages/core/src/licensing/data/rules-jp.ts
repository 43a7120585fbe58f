/**
 * Japan: list control under the Foreign Exchange and Foreign Trade Act (FEFTA) art. 48(1) and the
 * Export Trade Control Order (Cabinet Order No. 378 of 1 Dec 1949) art. 1(1), Appended Table 1:
 * goods in its middle column need the permission of the Minister of Economy, Trade and Industry
 * for export to the regions in its right-hand column — every region. Bulk licences (包括許可) are
 * licences too: they change the procedure, not the requirement.
 *
 * 2023 chip-equipment controls: the amendment of the goods ordinance (貨物等省令, Art. 6 item 17
 * (ya)-(ke), (re)-(o), (ku), (ru)-(wa), item 17-2, (ka)-(ta), (fu)) promulgated 23 May 2023, in force
 * 23 Jul 2023, added 23 types of semiconductor manufacturing equipment. All destinations need a
 * licence; for 42 countries and regions a bulk licence can be used, elsewhere (e.g. China) only an
 * individual licence (METI announcement; Hogan Lovells, Baker McKenzie summaries).
 */
import { JP_SME_2023 } from '../../controls/data/jp';
import type { LicensingRule, RuleCondition } from '../model';

const ETCO = 'Export Trade Control Order (Cabinet Order No. 378 of 1949), Appended Table 1';
/**
 * The 42 destinations for which bulk licences cover the 2023 SME items: Appended Table 3 ("Group A",
 * 27 incl. KR from 21 Jul 2023) and 15 more. Reconstructed, not checked against the METI notice.
 */
/**
 * Export Trade Control Order Appended Table 3 ("Group A", white countries): 27, South Korea restored from 21 Jul 2023
 * (reconstructed).
 */
export const JP_GROUP_A = [
  'AR',
  'AU',
  'AT',
  'BE',
  'BG',
  'CA',
  'CZ',
  'DK',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'KR',
  'LU',
  'NL',
  'NZ',
  'NO',
  'PL',
  'PT',
  'ES',
  'SE',
  'CH',
  'GB',
  'US',
];
export const JP_SME_BULK_42 = [
  ...JP_GROUP_A,
  'HR',
  'CY',
  'EE',
  'IS',
  'IN',
  'IL',
  'LV',
  'LI',
  'LT',
  'MT',
  'RO',
  'SG',
  'SK',
  'SI',
  'TW',
];
/**
 * The 23 items of 2023: keyed by their goods-ordinance provision in controls/data/jp.ts (JP6-17-KA =
 * Art. 6 item 17 (ka)); the former group codes JP2023CLN / DEP / ANL / LIT / ETC / INS still name them.
 */
const SME: RuleCondition = { codeMatches: `^(JP2023[A-Z]{3}|${JP_SME_2023.map((x) => x.code).join('|')})$` };
const NOT_JP: RuleCondition = { not: { destinationIn: ['JP'] } };

export const JP_RULES: LicensingRule[] = [
  {
    id: 'JP-FEFTA-exporter',
    jurisdiction: 'JP',
    stage: 'jurisdiction',
    title: 'Export from Japan',
    citation: 'Foreign Exchange and Foreign Trade Act art. 48(1); Export Trade Control Order art. 1(1)',
    source: ETCO,
    effectiveFrom: '1949-12-01',
    when: { exporterIn: ['JP'] },
    effect: { subject: true },
  },
  {
    id: 'JP-ETCO-art.1-list',
    jurisdiction: 'JP',
    stage: 'requirement',
    title:
      'Goods on Appended Table 1: export permission of the Minister of Economy, Trade and Industry required (all regions)',
    citation: 'FEFTA art. 48(1); Export Trade Control Order art. 1(1), Appended Table 1',
    source: ETCO,
    effectiveFrom: '1949-12-01',
    when: { all: [{ listed: true }, NOT_JP] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'case_by_case',
      reasons: ['JP list'],
      conditions: [
        'individual licence, or a bulk licence where the exporter holds one covering the item and destination',
      ],
    },
  },
  {
    id: 'JP-SME-2023-bulk-42',
    jurisdiction: 'JP',
    stage: 'requirement',
    title:
      '2023 chip-making equipment to one of the 42 destinations: licence required; a general bulk licence may be used',
    citation:
      'Goods ordinance (貨物等省令) Art. 6 item 17 and 17-2 as amended 23 May 2023; METI bulk-licence guideline',
    source: 'METI ordinance amendment promulgated 23 May 2023, in force 23 Jul 2023',
    effectiveFrom: '2023-07-23',
    when: { all: [{ listed: true }, SME, { destinationIn: JP_SME_BULK_42 }] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'case_by_case',
      reasons: ['JP list'],
      conditions: [
        'a general bulk licence (一般包括許可) covers these destinations if the exporter holds one and meets the exporter compliance standards',
      ],
    },
    unverified: 'the 42 destinations (JP_SME_BULK_42) were reconstructed, not checked against the METI notice',
  },
  {
    id: 'JP-SME-2023-individual',
    jurisdiction: 'JP',
    stage: 'requirement',
    title: '2023 chip-making equipment to a destination outside the 42: individual licence required (no bulk licence)',
    citation:
      'Goods ordinance (貨物等省令) Art. 6 item 17 and 17-2 as amended 23 May 2023; METI bulk-licence guideline',
    source: 'METI ordinance amendment promulgated 23 May 2023, in force 23 Jul 2023',
    effectiveFrom: '2023-07-23',
    when: { all: [{ listed: true }, SME, NOT_JP, { not: { destinationIn: JP_SME_BULK_42 } }] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'case_by_case',
      reasons: ['JP list'],
      conditions: ['individual licence only: bulk licences do not cover the 2023 items to this destination'],
    },
    unverified:
      'the 42 destinations (JP_SME_BULK_42) were reconstructed, not checked against the METI notice; 2025 additions not encoded',
  },
  {
    id: 'JP-catch-all-WMD',
    jurisdiction: 'JP',
    stage: 'requirement',
    title:
      'Catch-all: an unlisted item the exporter knows, or is informed by METI, may be used for WMD, to a destination outside Group A',
    citation:
      'FEFTA art. 48(1); Export Trade Control Order Appended Table 1 row 16 (catch-all) and the "end-use / end-user" requirements of the METI ordinance',
    source: 'WMD catch-all control in force since 2002 (METI)',
    effectiveFrom: '2002-04-01',
    when: { all: [{ listed: false }, { knows: ['wmd'] }, { not: { destinationIn: [...JP_GROUP_A, 'JP'] } }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', reasons: ['JP catch-all'] },
    unverified:
      "row / article numbers and the 2002 start from the reviewer's knowledge of the catch-all, not read in the Order; the conventional-weapons catch-all (informed, or aware for UN arms-embargoed destinations) is not modelled; Group A (JP_GROUP_A) reconstructed",
  },
];
