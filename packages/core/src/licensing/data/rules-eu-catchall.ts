/**
 * EU catch-alls and intra-EU transfers under Reg. (EU) 2021/821:
 * - Art. 4(1): an authorisation is required for a non-listed item when the competent authority
 *   has informed the exporter that it is or may be intended for (a) WMD / missiles, (b) a military
 *   end use in a country under an EU, OSCE or UN arms embargo, (c) parts of military items exported
 *   illegally. Art. 4(2): an exporter *aware* of such a use must notify the authority, which decides
 *   whether to require an authorisation — modelled as a requirement until it has decided.
 * - Art. 5: the same for non-listed cyber-surveillance items intended for internal repression or
 *   serious violations of human rights (5(1) informed, 5(2) aware → notify).
 * - Art. 11(1): an authorisation is required for intra-Union transfers of Annex IV items.
 * Listed items keep their Art. 3 requirement; being informed or aware also bars the Union general
 * authorisations (Annex II, each GEA's conditions), hence `blocksExceptions`.
 */
import type { LicensingRule } from '../model';
import { EU_ARMS_EMBARGOED, R821 } from './rules-eu';

/**
 * Annex IV (intra-EU transfer controls), transcribed in part: Category 0 nuclear entries of Part II,
 * stealth materials 1C001 / 1C101, high explosives 1C239 and cryptanalytic items 5A004.a of Part I.
 */
export const EU_ANNEX_IV = [
  '0A001',
  '0B001',
  '0B002',
  '0B003',
  '0B004',
  '0B005',
  '0B006',
  '0B007',
  '0B008',
  '0B009',
  '0C001',
  '0C002',
  '0C003',
  '0C004',
  '0C005',
  '0C006',
  '0C201',
  '0D001',
  '0E001',
  '1C001',
  '1C101',
  '1C239',
  '5A004.a',
];
const ANNEX_IV_UNVERIFIED =
  'Annex IV transcribed in part (EU_ANNEX_IV): the MTCR entries of Part I (e.g. 7A117, 9A004-9A011) and the Part II quantity exemptions for 0C001/0C002 are not yet in the list';
const NOT_EU = { not: { destinationIn: ['EU'] } };
const NOTIFY =
  'Art. 4(2) / 5(2): notify the competent authority of the Member State where established and do not export until it has decided whether an authorisation is required';

export const EU_CATCHALL_RULES: LicensingRule[] = [
  {
    id: 'EU-2021/821-Art.4(1)-informed',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Catch-all: the authority has informed the exporter of a WMD / missile use or of illegally exported military parts',
    citation: 'Reg. (EU) 2021/821 Art. 4(1)(a), (c)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ knows: ['wmd', 'illicit_military_parts'], how: 'informed' }, NOT_EU] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'presumption_of_denial',
      blocksExceptions: true,
      reasons: ['Art. 4'],
    },
  },
  {
    id: 'EU-2021/821-Art.4(1)(b)-informed',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Catch-all: the authority has informed the exporter of a military end use in an arms-embargoed country',
    citation: 'Reg. (EU) 2021/821 Art. 4(1)(b)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ knows: ['military_end_use'], how: 'informed' }, { destinationIn: EU_ARMS_EMBARGOED }] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'presumption_of_denial',
      blocksExceptions: true,
      reasons: ['Art. 4'],
    },
    unverified: 'arms-embargoed destinations transcribed from the Council decisions in part (EU_ARMS_EMBARGOED)',
  },
  {
    id: 'EU-2021/821-Art.4(2)-aware',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Catch-all: the exporter is aware of an Art. 4(1) use — notify; the authority decides whether an authorisation is required',
    citation: 'Reg. (EU) 2021/821 Art. 4(2)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: {
      all: [
        NOT_EU,
        {
          any: [
            { knows: ['wmd', 'illicit_military_parts'], how: 'aware' },
            { all: [{ knows: ['military_end_use'], how: 'aware' }, { destinationIn: EU_ARMS_EMBARGOED }] },
          ],
        },
      ],
    },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'case_by_case',
      blocksExceptions: true,
      reasons: ['Art. 4'],
      conditions: [NOTIFY],
    },
  },
  {
    id: 'EU-2021/821-Art.5(1)-informed',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Cyber-surveillance catch-all: the authority has informed the exporter of a use for internal repression / serious human-rights violations',
    citation: 'Reg. (EU) 2021/821 Art. 5(1)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ listed: false }, { knows: ['cyber_surveillance'], how: 'informed' }, NOT_EU] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'presumption_of_denial',
      blocksExceptions: true,
      reasons: ['Art. 5'],
    },
  },
  {
    id: 'EU-2021/821-Art.5(2)-aware',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Cyber-surveillance catch-all: the exporter is aware (due diligence findings) — notify; the authority decides',
    citation: 'Reg. (EU) 2021/821 Art. 5(2)',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ listed: false }, { knows: ['cyber_surveillance'], how: 'aware' }, NOT_EU] },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'case_by_case',
      blocksExceptions: true,
      reasons: ['Art. 5'],
      conditions: [NOTIFY],
    },
  },
  {
    id: 'EU-2021/821-Art.11(1)',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Intra-Union transfer of an Annex IV item: authorisation required',
    citation: 'Reg. (EU) 2021/821 Art. 11(1), Annex IV',
    source: R821,
    effectiveFrom: '2021-09-09',
    when: { all: [{ destinationIn: ['EU'] }, { eccnIn: EU_ANNEX_IV }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['Annex IV'] },
    unverified: ANNEX_IV_UNVERIFIED,
  },
];
