/**
 * EU rules: Reg. (EU) 2021/821 (dual-use) and the Russia / Belarus measures. The EU controls
 * exports by exporters established in the Union (Art. 2(3)) of Annex I items (Art. 3), and
 * Reg. 833/2014 Art. 2 forbids dual-use items to Russia "directly or indirectly".
 */
import type { LicensingRule } from '../model';

export const R821 = 'Reg. (EU) 2021/821 (OJ L 206, 11.6.2021), applicable 9 Sep 2021';
/** Annex IIa Part 2 (EU001 destinations), as in Reg. 2021/821: Iceland is included. */
export const EU001_DESTINATIONS = ['AU', 'CA', 'IS', 'JP', 'NZ', 'NO', 'CH', 'LI', 'GB', 'US'];
/**
 * Annex IIa Part 1 / Annex IIg: items no Union GEA covers — all of Annex IV, plus the listed
 * entries. Transcribed in part (unverified): the nuclear Category 0 entries and Annex IV items.
 */
export const EU001_EXCLUDED = [
  '0A001',
  '0B001',
  '0C001',
  '0C002',
  '0D001',
  '0E001',
  '1A102',
  '1C012',
  '1C239',
  '1C240',
  '3A229',
  '3A231',
  '3A232',
  '5A002.a.2',
  '6A002.a.3.d',
  '9A009.a',
  '9A117',
];
export const EU_ARMS_EMBARGOED = ['RU', 'BY', 'IR', 'KP', 'SY', 'MM', 'VE', 'SS', 'SD', 'LY', 'SO', 'CF', 'CD', 'ZW'];

export const EU_RULES: LicensingRule[] = [
  {
    id: 'EU-2021/821-Art.2',
    jurisdiction: 'EU',
    stage: 'jurisdiction',
    title: 'Exporter established in the Union: export from the customs territory of the Union',
    citation: 'Reg. (EU) 2021/821 Art. 2(1), 2(3)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { exporterIn: ['EU'] },
    effect: { subject: true },
  },
  {
    id: 'EU-2021/821-Art.3',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Annex I dual-use item exported outside the Union: authorisation required',
    citation: 'Reg. (EU) 2021/821 Art. 3(1)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ listed: true }, { not: { destinationIn: ['EU'] } }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['Annex I'] },
  },
  {
    id: 'EU-2021/821-Art.4(1)(a)',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Catch-all: non-listed item intended for WMD or missile use (exporter informed or aware)',
    citation: 'Reg. (EU) 2021/821 Art. 4(1)(a), 4(2)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: {
      all: [{ endUseIn: ['wmd', 'nuclear', 'missile', 'chemical_biological'] }, { not: { destinationIn: ['EU'] } }],
    },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'presumption_of_denial',
      blocksExceptions: true,
      reasons: ['Art. 4'],
    },
  },
  {
    id: 'EU-2021/821-Art.4(1)(b)',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Catch-all: military end use in a country under an EU, OSCE or UN arms embargo',
    citation: 'Reg. (EU) 2021/821 Art. 4(1)(b)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ endUseIn: ['military', 'military_end_user'] }, { destinationIn: EU_ARMS_EMBARGOED }] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'presumption_of_denial',
      blocksExceptions: true,
      reasons: ['Art. 4'],
    },
    unverified:
      'arms-embargoed destinations transcribed from the Council decisions in part; China (1989 declaration) is not included',
  },
  {
    id: 'EU-833/2014-Art.2(1)',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Russia: sale, supply, transfer or export of dual-use goods to any person in Russia or for use in Russia is prohibited',
    citation: 'Reg. (EU) 833/2014 Art. 2(1), as replaced by Reg. (EU) 2022/328',
    source: 'Reg. (EU) 2022/328 (OJ L 49, 25.2.2022), in force 26 Feb 2022',
    effectiveFrom: '2022-02-26',
    when: {
      all: [
        { listed: true },
        {
          any: [
            { destinationIn: ['RU'] },
            { partyCountryIn: ['RU'], roles: ['end_user', 'consignee'] },
            { knows: ['diversion_to_russia'] },
          ],
        },
      ],
    },
    effect: { decision: 'PROHIBITED', policy: 'denial', blocksExceptions: true, reasons: ['833/2014'] },
    unverified: 'the derogations of Art. 2(3)-(4) (humanitarian, medical, pre-existing contracts) are not modelled',
  },
  {
    id: 'EU-765/2006-Art.1e',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Belarus: dual-use goods to any person in Belarus or for use in Belarus are prohibited',
    citation: 'Reg. (EC) 765/2006 Art. 1e(1), as inserted by Reg. (EU) 2022/355',
    source: 'Reg. (EU) 2022/355 (OJ L 67, 2.3.2022), in force on publication',
    effectiveFrom: '2022-03-02',
    when: {
      all: [
        { listed: true },
        {
          any: [
            { destinationIn: ['BY'] },
            { partyCountryIn: ['BY'], roles: ['end_user', 'consignee'] },
            { knows: ['diversion_to_belarus'] },
          ],
        },
      ],
    },
    effect: { decision: 'PROHIBITED', policy: 'denial', blocksExceptions: true, reasons: ['765/2006'] },
  },
  {
    id: 'EU-asset-freeze',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'A party is listed under an EU asset freeze: no economic resources may be made available to it',
    citation: 'e.g. Reg. (EU) 269/2014 Art. 2(2); Reg. (EU) 2021/821 Art. 4 does not displace it',
    source: 'EU consolidated financial sanctions list as screened',
    effectiveFrom: '2014-03-17',
    when: { partyOnList: ['eu-fsf'] },
    effect: { decision: 'PROHIBITED', policy: 'denial', blocksExceptions: true, reasons: ['asset freeze'] },
  },
  {
    id: 'EU-EU001',
    jurisdiction: 'EU',
    stage: 'exception',
    title: 'Union general export authorisation EU001 (Annex IIa) to AU, CA, IS, JP, NZ, NO, CH, LI, GB, US',
    citation: 'Reg. (EU) 2021/821 Art. 12(1)(e), Annex IIa',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ destinationIn: EU001_DESTINATIONS }, { not: { eccnIn: EU001_EXCLUDED } }] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'EU001',
      reasons: ['Annex I'],
      conditions: [
        'Annex IIa Part 3: register before first use and report as the member state requires',
        'customs declaration states X002 and EU001',
        'not usable if informed or aware of an Art. 4 end use',
      ],
    },
    unverified: 'Annex IIa Part 1 exclusions are transcribed in part (EU001_EXCLUDED)',
  },
];
