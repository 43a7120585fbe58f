/**
 * US EAR jurisdiction rules (15 CFR 734) and the Country Chart requirements (738.4, part 742):
 * one requirement rule per chart column, fired when a reason for control of the item's ECCN
 * names the column and the destination has an X in it.
 */
import type { ChartColumn } from '../../controls/model';
import type { LicensingRule, Policy } from '../model';

const FDP_FN1 = '85 FR 51596 (17 Aug 2020)';

export const US_JURISDICTION_RULES: LicensingRule[] = [
  {
    id: 'US-734.3(a)(1)', jurisdiction: 'US', stage: 'jurisdiction', title: 'Items in the United States are subject to the EAR',
    citation: '15 CFR 734.3(a)(1)', source: 'EAR as revised 1996 (61 FR 12714)', effectiveFrom: '1996-03-25',
    when: { exporterIn: ['US'] }, effect: { subject: true },
  },
  {
    id: 'US-734.3(a)(2)', jurisdiction: 'US', stage: 'jurisdiction', title: 'US-origin items wherever located are subject to the EAR',
    citation: '15 CFR 734.3(a)(2)', source: 'EAR as revised 1996 (61 FR 12714)', effectiveFrom: '1996-03-25',
    when: { originIn: ['US'] }, effect: { subject: true },
  },
  {
    // 734.4(c): 10 % for Country Group E:1/E:2; 734.4(d): 25 % elsewhere. "Controlled" US content
    // is what the user states; computing it from a bill of materials is left to a later session.
    id: 'US-734.4-de-minimis', jurisdiction: 'US', stage: 'jurisdiction', title: 'Foreign-made item with more than de minimis controlled US-origin content',
    citation: '15 CFR 734.3(a)(3), 734.4(c)-(d)', source: '15 CFR 734.4 as amended by 81 FR 35586 (2016)', effectiveFrom: '2016-07-01',
    when: { all: [{ not: { originIn: ['US'] } }, { usContentAboveDeMinimis: { lowerFor: ['E:1', 'E:2'], lower: 10, standard: 25 } }] }, effect: { subject: true },
  },
  {
    // Seagate (BIS settlement, 19 Apr 2023): foreign-made hard drives, direct products of US
    // technology/equipment, sold to Huawei (Entity List footnote 1) — subject via 734.9(e)(1).
    id: 'US-734.9(e)(1)-FDP-footnote-1', jurisdiction: 'US', stage: 'jurisdiction', title: 'Entity List FDP rule (footnote 1): foreign-produced direct product of US technology or software, or of a plant built with it, when a footnote-1 entity is a party',
    citation: '15 CFR 734.9(e)(1); 744.11(a)(2)(i)', source: FDP_FN1, effectiveFrom: '2020-08-17',
    when: { all: [{ itemFlag: 'made_with_us_technology' }, { partyOnList: ['us-bis-entity-list'], requirementMatches: '734\\.9\\(e\\)' }] }, effect: { subject: true },
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

const COLUMNS: ChartColumn[] = ['NS1', 'NS2', 'MT1', 'NP1', 'NP2', 'CB1', 'CB2', 'CB3', 'RS1', 'RS2', 'CC1', 'CC2', 'CC3', 'FC1', 'AT1', 'AT2'];

export const US_CHART_RULES: LicensingRule[] = COLUMNS.map((column) => {
  const r = REASON_OF[column.replace(/\d$/, '')]!;
  return {
    id: `US-738-${column}`, jurisdiction: 'US', stage: 'requirement', title: `${r.title} (${column}): licence required where the Country Chart marks ${column} for the destination`,
    citation: `${r.citation}; 15 CFR 738.4; 738 Supp. 1 column ${column}`, source: 'Commerce Country Chart (738 Supp. 1) as transcribed in data/country-chart.ts', effectiveFrom: '2015-01-01',
    when: { chartColumn: column }, effect: { decision: 'LICENCE_REQUIRED', policy: r.policy, reasons: [r.reason] },
  };
});
