/**
 * UK rules. Exports from Great Britain: the Export Control Order 2008 (S.I. 2008/3231) art. 3 — military goods of
 * Schedule 2 (ML1-ML22 and the national PL5xxx entries) and UK national dual-use goods of Schedule 3 (PL9xxx, e.g.
 * PL9010 non-military firearms) need a licence — and the retained Dual-Use Regulation (Reg. (EC) 428/2009 as retained,
 * art. 3(1)): Annex I items need a licence to every destination outside the UK, EU member states included since 1 Jan
 * 2021. Northern Ireland still applies Reg. (EU) 2021/821 (Windsor Framework): not modelled. Russia: the Russia
 * (Sanctions) (EU Exit) Regulations 2019 (S.I. 2019/855) Part 5 — reg. 22 prohibits the export of military goods "to,
 * or for use in, Russia" (in force 31 Dec 2020), extended to dual-use and critical-industry goods (Schedule 2A) by S.I.
 * 2022/195 (1 Mar 2022). Exceptions: open general export licences (OGELs) and the retained general authorisations.
 */
import type { LicensingRule, RuleCondition } from '../model';
import { EU_ANNEX_IV } from './rules-eu-catchall';

const ECO = 'Export Control Order 2008 (S.I. 2008/3231), in force 6 Apr 2009';
const RETAINED = 'Reg. (EC) 428/2009 as retained in UK law (European Union (Withdrawal) Act 2018), from 1 Jan 2021';
const RUSSIA = 'Russia (Sanctions) (EU Exit) Regulations 2019 (S.I. 2019/855)';
/**
 * Schedule 2 (UK Military List): ML entries and national PL5xxx entries; Schedule 3: national dual-use PL9xxx
 * (controls/data/uk.ts).
 */
const MILITARY: RuleCondition = { codeMatches: '^(ML\\d|PL5\\d)' };
const NATIONAL: RuleCondition = { codeMatches: '^PL9\\d' };
const FOR_RUSSIA: RuleCondition = {
  any: [
    { destinationIn: ['RU'] },
    { partyCountryIn: ['RU'], roles: ['end_user', 'consignee'] },
    { knows: ['diversion_to_russia'] },
  ],
};
const NOT_UK: RuleCondition = { not: { destinationIn: ['GB'] } };
/** Destinations under a UK, UN or OSCE arms embargo (approximation, see the catch-all rule's note). */
const UK_ARMS_EMBARGOED = ['RU', 'BY', 'IR', 'KP', 'SY', 'MM', 'VE', 'SS', 'SD', 'LY', 'SO', 'CF', 'CD', 'ZW', 'CN'];
const BANNED = {
  decision: 'PROHIBITED' as const,
  policy: 'denial' as const,
  blocksExceptions: true,
  reasons: ['Russia regs'],
};

export const UK_RULES: LicensingRule[] = [
  {
    id: 'UK-ECO2008-exporter',
    jurisdiction: 'UK',
    stage: 'jurisdiction',
    title: 'Export from the United Kingdom (Great Britain)',
    citation: 'Export Control Order 2008 art. 3; Customs and Excise Management Act 1979',
    source: ECO,
    effectiveFrom: '2009-04-06',
    when: { exporterIn: ['GB'] },
    effect: { subject: true },
  },
  {
    id: 'UK-ECO2008-art.3-military',
    jurisdiction: 'UK',
    stage: 'requirement',
    title: 'Military goods (Schedule 2: ML1-ML22, PL5xxx): export licence required to any destination',
    citation: 'Export Control Order 2008 art. 3(1)(a), Schedule 2',
    source: ECO,
    effectiveFrom: '2009-04-06',
    when: { all: [MILITARY, NOT_UK] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['UK military'] },
  },
  {
    id: 'UK-ECO2008-art.3-national',
    jurisdiction: 'UK',
    stage: 'requirement',
    title: 'UK national dual-use goods (Schedule 3, PL9xxx): export licence required',
    citation: 'Export Control Order 2008 art. 3(1)(b), Schedule 3',
    source: ECO,
    effectiveFrom: '2009-04-06',
    when: { all: [NATIONAL, NOT_UK] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['UK national'] },
    unverified:
      'several Schedule 3 entries apply to listed destinations only; every destination is assumed here (fail closed)',
  },
  {
    id: 'UK-428/2009-art.3',
    jurisdiction: 'UK',
    stage: 'requirement',
    title: 'Dual-use item (retained Annex I) exported from Great Britain: licence required, EU destinations included',
    citation: 'Reg. (EC) 428/2009 (retained) art. 3(1); Export Control Order 2008',
    source: RETAINED,
    effectiveFrom: '2021-01-01',
    when: { all: [{ listed: true }, { not: { any: [MILITARY, NATIONAL] } }, NOT_UK] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['UK dual-use'] },
  },
  {
    id: 'UK-428/2009-art.4',
    jurisdiction: 'UK',
    stage: 'requirement',
    title:
      'Catch-all: the exporter is informed by the Secretary of State, or aware, that items are or may be intended for WMD or missile use, or for a military end use in an arms-embargoed country',
    citation:
      'Reg. (EC) 428/2009 (retained) art. 4(1)-(2); Export Control Order 2008 art. 6 (WMD end-use control, notice by the Secretary of State)',
    source: RETAINED,
    effectiveFrom: '2021-01-01',
    when: {
      all: [
        NOT_UK,
        { any: [{ knows: ['wmd'] }, { all: [{ knows: ['military_end_use'] }, { destinationIn: UK_ARMS_EMBARGOED }] }] },
      ],
    },
    effect: {
      decision: 'LICENCE_REQUIRED',
      policy: 'presumption_of_denial',
      blocksExceptions: true,
      reasons: ['UK catch-all'],
    },
    unverified:
      'ECO 2008 article number of the WMD end-use control and the UK arms-embargoed destinations (UK_ARMS_EMBARGOED) not checked against the current text',
  },
  {
    id: 'UK-Russia-reg.22-military',
    jurisdiction: 'UK',
    stage: 'requirement',
    title: 'Russia: export of military goods to, or for use in, Russia is prohibited',
    citation: 'Russia (Sanctions) (EU Exit) Regulations 2019 reg. 22(1)',
    source: `${RUSSIA}, reg. 22 in force 31 Dec 2020`,
    effectiveFrom: '2020-12-31',
    when: { all: [MILITARY, FOR_RUSSIA] },
    effect: BANNED,
  },
  {
    id: 'UK-Russia-reg.22-restricted',
    jurisdiction: 'UK',
    stage: 'requirement',
    title:
      'Russia: export of restricted goods (dual-use goods; critical-industry goods of Schedule 2A; aviation and space goods of Schedule 2C) to, or for use in, Russia is prohibited',
    citation:
      'Russia (Sanctions) (EU Exit) Regulations 2019 regs. 21(1) ("restricted goods", "critical-industry goods"), 22',
    source: `${RUSSIA} as amended by S.I. 2022/195, in force 1 Mar 2022`,
    effectiveFrom: '2022-03-01',
    when: {
      all: [
        {
          any: [
            { all: [{ listed: true }, { not: MILITARY }] },
            { sanctionsListIn: ['uk-rus-sch-2a', 'uk-rus-sch-2c'] },
          ],
        },
        FOR_RUSSIA,
      ],
    },
    effect: BANNED,
    unverified:
      'S.I. 2022/195 and its date (1 Mar 2022) from the point-in-time history of Part 5 on legislation.gov.uk (Chapter 2 version superseded 1 Mar 2022); Schedule 2C (aviation and space) may date from a later March 2022 amendment; the Part 7 licensing exceptions are not modelled',
  },
  {
    id: 'UK-Russia-reg.22-quantum',
    jurisdiction: 'UK',
    stage: 'requirement',
    title:
      'Russia: export of quantum computing and advanced materials goods (Schedule 2E) to, or for use in, Russia is prohibited',
    citation:
      'Russia (Sanctions) (EU Exit) Regulations 2019 regs. 21(1) ("quantum computing and advanced materials goods"), 22',
    source: `${RUSSIA} as amended by the Russia (Sanctions) (EU Exit) (Amendment) (No. 8) Regulations 2022 (S.I. 2022/452), in force 5 p.m. 14 Apr 2022`,
    effectiveFrom: '2022-04-14',
    when: { all: [{ sanctionsListIn: ['uk-rus-sch-2e'] }, FOR_RUSSIA] },
    effect: BANNED,
  },
  {
    id: 'UK-Russia-reg.14-designated',
    jurisdiction: 'UK',
    stage: 'requirement',
    title:
      'A party is a designated person (UK sanctions list): making economic resources available to it is prohibited',
    citation:
      'Sanctions and Anti-Money Laundering Act 2018 regimes, e.g. Russia (Sanctions) (EU Exit) Regulations 2019 regs. 11-15 (asset freeze; reg. 14 economic resources)',
    source: RUSSIA,
    effectiveFrom: '2020-12-31',
    when: { partyOnList: ['uk-ofsi', 'uk-fcdo'] },
    effect: { ...BANNED, reasons: ['asset freeze'] },
  },
  {
    id: 'UK-OGEL-dual-use-EU',
    jurisdiction: 'UK',
    stage: 'exception',
    title: 'OGEL "Export of dual-use items to EU member states"',
    citation:
      'Open General Export Licence (export of dual-use items to EU member states), issued under the Export Control Order 2008 art. 26',
    source: 'OGEL in force from 1 Jan 2021',
    effectiveFrom: '2021-01-01',
    when: { all: [{ destinationIn: ['EU'] }, { not: { eccnIn: EU_ANNEX_IV } }] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'OGEL dual-use to EU',
      reasons: ['UK dual-use'],
      conditions: [
        'register on LITE/SPIRE before first use',
        'keep records and state the OGEL on the export documents',
        'not usable if informed or aware of a WMD end use (ECO 2008 art. 6)',
      ],
    },
    unverified: "the OGEL's exclusions are approximated by EU Annex IV (EU_ANNEX_IV)",
  },
  {
    id: 'UK-GEA-retained-EU001',
    jurisdiction: 'UK',
    stage: 'exception',
    title: 'Retained general export authorisation (former EU001) to AU, CA, JP, NZ, NO, CH, LI, US',
    citation: 'Reg. (EC) 428/2009 (retained) art. 9(1), Annex IIa (retained EU001)',
    source: RETAINED,
    effectiveFrom: '2021-01-01',
    when: {
      all: [{ destinationIn: ['AU', 'CA', 'JP', 'NZ', 'NO', 'CH', 'LI', 'US'] }, { not: { eccnIn: EU_ANNEX_IV } }],
    },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'UK GEA (retained EU001)',
      reasons: ['UK dual-use'],
      conditions: ['register before first use', 'not usable if informed or aware of a WMD end use'],
    },
    unverified:
      'name and destinations of the retained general authorisation not checked against the ECJU list of open licences; Annex IIa exclusions approximated by Annex IV',
  },
];
