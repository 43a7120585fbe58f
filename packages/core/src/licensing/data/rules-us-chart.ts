/**
 * US EAR jurisdiction rules (15 CFR 734) and the Country Chart requirements (738.4, part 742):
 * one requirement rule per chart column, fired when a reason for control of the item's ECCN
 * names the column and the destination has an X in it.
 */
import type { ChartColumn } from '../../controls/model';
import type { LicensingRule, Policy } from '../model';
import {
  DE_MINIMIS_2014,
  DE_MINIMIS_2014_EXCLUDED,
  DE_MINIMIS_2015,
  EAR_1996,
  EAR_1996_SOURCE,
  FR_81_35586,
} from './sources-us';

/** Effective date of the AUKUS rule, 89 FR 28594 (19 Apr 2024). */
const AUKUS = '2024-04-19';
/**
 * Part 738 as first published: "Source: 61 FR 12756, Mar. 25, 1996, unless otherwise noted." (15 CFR part 738).
 * Published 25 Mar 1996 but in force from 24 Apr 1996: "This interim rule is effective April 24, 1996, except part 752"
 * (61 FR 12714, DATES).
 */
const PART_738 = '1996-04-24';

const FDP_FN1 = '85 FR 51596 (17 Aug 2020)';
/**
 * eCFR text of 15 CFR 734.4 as of 2026-09-01 (content date), read through a public verbatim extract of the eCFR XML.
 */
const ECFR_2026 = 'eCFR 15 CFR 734.4 (content date 2026-09-01)';
const BIS_GUIDELINES = 'BIS "De minimis Rules Guidelines" (bis.doc.gov, as modified 29 Oct 2015)';
const foreign = { not: { originIn: ['US'] } };

/**
 * 15 CFR 734.4(a): US-origin content for which there is no de minimis level — a foreign-made item
 * incorporating any of it is subject to the EAR whatever its share. The content's ECCNs come from
 * `items[].us_content_eccns`. Not encoded, because no reachable source gave their current text:
 * - a 0 % level for foreign-made items incorporating US-origin 3A090 / 4A090 ICs (no such paragraph
 *   was found; those items are reached through the FDP rules 734.9(h), (i) instead);
 * - the de minimis provisions the Dec 2024 IFR (89 FR 96790) added alongside the SME and footnote-5
 *   FDP rules (reported by law-firm alerts, text not read);
 * - the 734.4(a) paragraphs on 9E003 technology, 6A003.b.4.b cameras in military commodities, QRS11
 *   sensors and high-performance computers (seen in earlier CFR editions only).
 * Counting (Supp. 2 to part 734 (a)(1)): content needing a licence under the Country Chart or part 746
 * (e.g. every CCL item to Russia, 746.8) counts; part 744 does not — `us_content_percent` is that share.
 */
const NO_DE_MINIMIS_RULES: LicensingRule[] = [
  {
    id: 'US-734.4(a)(6)-9x515-D5',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'No de minimis level: foreign-made item incorporating US-origin 9x515 content (other than .y), destined for Country Group D:5',
    citation: '15 CFR 734.4(a)(6)',
    source: `${ECFR_2026}; ${BIS_GUIDELINES}: "9x515 .a - .x items: 0% to Country Group D:5"`,
    effectiveFrom: '2014-11-10',
    when: { all: [foreign, { destinationIn: ['D:5'] }, { usContentEccnMatches: '^\\d[A-E]515(?!\\.y)' }] },
    effect: { subject: true },
    unverified:
      'whether 9x515 is (a)(6)(i) or (ii); start date taken as the 9x515 rule (79 FR 27418, effective 10 Nov 2014)',
  },
  {
    id: 'US-734.4(a)(6)-600-series-D5',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'No de minimis level: foreign-made item incorporating US-origin "600 series" content (other than .y), destined for Country Group D:5',
    citation: '15 CFR 734.4(a)(6)',
    source: `${ECFR_2026}; ${BIS_GUIDELINES}: "600 series .a - .x items: 0% to Country Group D:5"`,
    effectiveFrom: '2013-10-15',
    when: { all: [foreign, { destinationIn: ['D:5'] }, { usContentEccnMatches: '^\\d[A-E]6\\d\\d(?!\\.y)' }] },
    effect: { subject: true },
    unverified:
      'whether 600 series is (a)(6)(i) or (ii); start date taken as the first 600-series rule (78 FR 22660, effective 15 Oct 2013)',
  },
  {
    id: 'US-734.4-600y-9x515y-CN-E1-E2',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'No de minimis level: foreign-made item incorporating US-origin 600-series or 9x515 .y content, destined for China or Country Group E:1 / E:2',
    citation: '15 CFR 734.4 (as summarised in the BIS De minimis Rules Guidelines)',
    source: `${BIS_GUIDELINES}: "600 series & 9x515 .y items: 0% to China or Country Groups E:1 or E:2"`,
    effectiveFrom: '2015-10-29',
    when: {
      all: [foreign, { destinationIn: ['CN', 'E:1', 'E:2'] }, { usContentEccnMatches: '^\\d[A-E](?:515|6\\d\\d)\\.y' }],
    },
    effect: { subject: true },
    unverified:
      'the regulation paragraph (read from BIS guidance, not from 734.4 itself); whether later rules added destinations (e.g. Russia, Venezuela); start date taken as the guidance version date',
  },
  {
    id: 'US-734.4(a)(2)-5E002',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title: 'No de minimis level: foreign-produced encryption technology incorporating US-origin 5E002 technology',
    citation: '15 CFR 734.4(a)(2)',
    source: `15 CFR 734.4(a)(2) (CFR editions read: "Foreign produced encryption technology that incorporates U.S. origin encryption technology controlled by ECCN 5E002 is subject to the EAR regardless of the amount of U.S. origin content"); ${BIS_GUIDELINES}`,
    effectiveFrom: '2014-07-10',
    when: { all: [foreign, { codeMatches: '^\\dE' }, { usContentEccnMatches: '^5E002' }] },
    effect: { subject: true },
    // From the BIS guidance of 10 Jul 2014, which lists "Encryption 5E002" among content not eligible for de minimis
    // treatment; before it, the any-content rule above applies.
    unverified:
      'paragraph number in the current text (read from earlier CFR editions); in force before 2014, but modelled only from the guidance of 10 Jul 2014',
    evidence: [DE_MINIMIS_2014_EXCLUDED],
  },
  {
    id: 'US-734.4(a)(3)-3B993.f.1-advanced-node',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'No de minimis level: foreign-made 3B993.f.1 equipment destined for the development or production of advanced-node ICs',
    citation: '15 CFR 734.4(a)(3)',
    source: `${ECFR_2026}: "There is no de minimis level for equipment meeting the parameters in ECCN 3B993.f.1 ... when the equipment is destined for use in the 'development' or 'production' of 'advanced-node integrated circuits' ..."`,
    effectiveFrom: '2024-12-02',
    // Any US-origin content: a level of 0 % (a missing figure is treated as content, with an open question).
    when: {
      all: [
        foreign,
        { eccnIn: ['3B993.f.1'] },
        { endUseIn: ['advanced_node_ic_production'] },
        { usContentAboveDeMinimis: { lowerFor: [], lower: 0, standard: 0 } },
      ],
    },
    effect: { subject: true },
    unverified:
      'start date (3B993 added by 89 FR 96790, 2 Dec 2024); the carve-out "unless the country from which the foreign-made item was first exported has this commodity specified on an export control list" is not modelled (fails closed)',
  },
];

export const US_JURISDICTION_RULES: LicensingRule[] = [
  {
    // First, so that it is the rule that makes the item subject and its question is asked: before 81 FR 35586 the
    // exclusions for published information and fundamental research read differently and are not modelled.
    id: 'US-734.3(b)(3)-before-2016',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Published or fundamental-research technology or software before 1 Sep 2016: the exclusions of the time are not modelled',
    citation: '15 CFR 734.3(b)(3), 734.7-734.10 (text before 81 FR 35586)',
    source: 'EAR part 734 before 81 FR 35586 (history not modelled)',
    effectiveFrom: '1996-04-24',
    effectiveTo: '2016-09-01',
    when: {
      all: [
        { any: [{ itemFlag: 'published' }, { itemFlag: 'fundamental_research' }] },
        { not: { codeMatches: '^\\d[ABC]\\d{3}' } },
        { any: [{ originIn: ['US'] }, { exporterIn: ['US'] }] },
      ],
    },
    effect: { subject: true },
    openQuestion:
      'the exclusions for published information and fundamental research before 81 FR 35586 (effective 1 Sep 2016) are not modelled; the item is treated as subject (fail closed) — check 734.3(b)(3) and 734.7-734.10 as they stood on the transaction date',
    evidence: [FR_81_35586],
  },
  {
    id: 'US-734.3(a)(1)',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title: 'Items in the United States are subject to the EAR',
    citation: '15 CFR 734.3(a)(1)',
    source: EAR_1996_SOURCE,
    effectiveFrom: '1996-04-24',
    evidence: [EAR_1996],
    when: { exporterIn: ['US'] },
    effect: { subject: true },
  },
  {
    id: 'US-734.3(a)(2)',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title: 'US-origin items wherever located are subject to the EAR',
    citation: '15 CFR 734.3(a)(2)',
    source: EAR_1996_SOURCE,
    effectiveFrom: '1996-04-24',
    evidence: [EAR_1996],
    when: { originIn: ['US'] },
    effect: { subject: true },
  },
  {
    // 734.4(c): 10 % for Country Group E:1/E:2; 734.4(d): 25 % elsewhere. "Controlled" US content
    // is what the user states; computing it from a bill of materials is left to a later session.
    // The levels predate 81 FR 35586 (effective 1 Sep 2016), which did not set them: the earliest
    // statement of them we have quoted is BIS's guidance of 10 Jul 2014, so the rule runs from there.
    id: 'US-734.4-de-minimis',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title: 'Foreign-made item with more than de minimis controlled US-origin content',
    citation: '15 CFR 734.3(a)(3), 734.4(c)-(d)',
    source: `15 CFR 734.4(c)-(d) (${ECFR_2026}); levels as stated in ${BIS_GUIDELINES} and its version of 10 Jul 2014`,
    effectiveFrom: '2014-07-10',
    when: {
      all: [
        { not: { originIn: ['US'] } },
        { usContentAboveDeMinimis: { lowerFor: ['E:1', 'E:2'], lower: 10, standard: 25 } },
      ],
    },
    effect: { subject: true },
    unverified:
      'the quoted guidance names the 10 % level for Country Group E:1 only; E:2 (Cuba) is given the 10 % level too (fails closed) — when 734.4(c) came to name E:2 is not checked',
    verified: true,
    evidence: [DE_MINIMIS_2014, DE_MINIMIS_2015],
  },
  {
    // Before the earliest quoted statement of the levels we give no level: any US-origin content makes the item
    // subject, with an open question.
    id: 'US-734.4-de-minimis-before-2014',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title: 'Foreign-made item with US-origin content, before the de minimis levels we can source (10 Jul 2014)',
    citation: '15 CFR 734.3(a)(3), 734.4',
    source: 'EAR part 734 before 10 Jul 2014 (history not modelled)',
    effectiveFrom: '1996-04-24',
    effectiveTo: '2014-07-10',
    when: {
      all: [{ not: { originIn: ['US'] } }, { usContentAboveDeMinimis: { lowerFor: [], lower: 0, standard: 0 } }],
    },
    effect: { subject: true },
    openQuestion:
      'the de minimis levels of 15 CFR 734.4 before 10 Jul 2014 are not modelled; any US-origin content is treated as making the item subject (fail closed) — check the levels in force on the transaction date',
  },
  ...NO_DE_MINIMIS_RULES,
  {
    // Seagate (BIS settlement, 19 Apr 2023): foreign-made hard drives, direct products of US
    // technology/equipment, sold to Huawei (Entity List footnote 1) — subject via 734.9(e)(1).
    id: 'US-734.9(e)(1)-FDP-footnote-1',
    jurisdiction: 'US',
    stage: 'jurisdiction',
    title:
      'Entity List FDP rule (footnote 1): foreign-produced direct product of US technology or software, or of a plant built with it, when a footnote-1 entity is a party',
    citation: '15 CFR 734.9(e)(1); 744.11(a)(2)(i)',
    source: FDP_FN1,
    effectiveFrom: '2020-08-17',
    when: {
      all: [
        { itemFlag: 'made_with_us_technology' },
        { partyOnList: ['us-bis-entity-list'], requirementMatches: '734\\.9\\(e\\)' },
      ],
    },
    effect: { subject: true },
  },
];

const REASON_OF: Record<string, { reason: string; citation: string; policy: Policy; title: string }> = {
  NS: { reason: 'NS', citation: '15 CFR 742.4(a)', policy: 'case_by_case', title: 'National security' },
  NP: { reason: 'NP', citation: '15 CFR 742.3(a)', policy: 'case_by_case', title: 'Nuclear nonproliferation' },
  MT: { reason: 'MT', citation: '15 CFR 742.5(a)', policy: 'case_by_case', title: 'Missile technology' },
  CB: { reason: 'CB', citation: '15 CFR 742.2(a)', policy: 'case_by_case', title: 'Chemical and biological weapons' },
  RS: { reason: 'RS', citation: '15 CFR 742.6(a)(1)-(2)', policy: 'case_by_case', title: 'Regional stability' },
  CC: { reason: 'CC', citation: '15 CFR 742.7(a)', policy: 'case_by_case', title: 'Crime control' },
  FC: { reason: 'FC', citation: '15 CFR 742.17', policy: 'approval', title: 'Firearms Convention' },
  // AT1 to E:1: 742.8 (Iran), 742.9 (Syria), 742.19 (North Korea) — general policy of denial.
  AT: { reason: 'AT', citation: '15 CFR 742.8, 742.9, 742.19', policy: 'denial', title: 'Anti-terrorism' },
};

const COLUMNS: ChartColumn[] = [
  'NS1',
  'NS2',
  'MT1',
  'NP1',
  'NP2',
  'CB1',
  'CB2',
  'CB3',
  'RS1',
  'RS2',
  'CC1',
  'CC2',
  'CC3',
  'FC1',
  'AT1',
  'AT2',
];

export const US_CHART_RULES: LicensingRule[] = [
  ...COLUMNS.map((column): LicensingRule => {
    const r = REASON_OF[column.replace(/\d$/, '')]!;
    return {
      id: `US-738-${column}`,
      jurisdiction: 'US',
      stage: 'requirement',
      title: `${r.title} (${column}): licence required where the Country Chart marks ${column} for the destination`,
      citation: `${r.citation}; 15 CFR 738.4; 738 Supp. 1 column ${column}`,
      source: `Commerce Country Chart (738 Supp. 1): the imported eCFR version in force on the date (regulations/); 61 FR 12756 (25 Mar 1996); ${EAR_1996_SOURCE}`,
      effectiveFrom: PART_738,
      when: { chartColumn: column },
      effect: { decision: 'LICENCE_REQUIRED', policy: r.policy, reasons: [r.reason] },
    };
  }),
  {
    // The AUKUS rule took the X out of NS1/RS1/MT1 for Australia and the UK but kept, by a chart footnote,
    // NS1/RS1 licences for parts of the 0x5zz firearms entries (corrected May 2024).
    id: 'US-738-fn-AUKUS-0x5zz',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Country Chart footnote (AUKUS): 0x5zz firearms items still need a licence to Australia and the UK',
    citation: '15 CFR 738 Supp. 1, footnote to Australia and United Kingdom; 742.4(a)(1), 742.6(a)(1)',
    source: '89 FR 28594 (19 Apr 2024), corrected May 2024',
    effectiveFrom: AUKUS,
    when: {
      all: [{ destinationIn: ['AU', 'GB'] }, { codeMatches: '^0[A-E]5\\d\\d' }, { not: { codeMatches: '\\.y' } }],
    },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['NS', 'RS'] },
    unverified:
      'which 0x5zz paragraphs the corrected footnote keeps: every 0x5zz item other than .y is kept licensed (fails closed)',
  },
];
