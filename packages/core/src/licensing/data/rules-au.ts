/**
 * Australia. Export of goods on the Defence and Strategic Goods List (DSGL) needs a permit (Customs
 * Act 1901 s 112; Customs (Prohibited Exports) Regulations 1958 reg. 13E), and so does the supply
 * of DSGL technology from Australia (Defence Trade Controls Act 2012 s 10). The Defence Trade
 * Controls Amendment Act 2024 and the Defence Trade Legislation Amendment Regulations 2024,
 * commenced 1 Sep 2024 (Defence, "Changes to export controls"):
 * - a national exemption for the United Kingdom and the United States ("licence-free environment"):
 *   no permit for most DSGL goods and technology supplied to them, except the excluded items;
 * - new offences: s 10A supply of DSGL technology to a non-exempt foreign person *in Australia*,
 *   s 10B re-supply of Sensitive / Very Sensitive items previously exported from Australia, s 10C
 *   DSGL Part 1 services to foreign persons abroad (10B and 10C are not modelled: no input says
 *   "previously exported" or "service").
 * Items carry their DSGL code as `classification.AU` (Part 2 dual-use "3A001.a", Part 1 "ML4.a").
 */
import type { LicensingRule, RuleCondition } from '../model';

const AMENDMENT =
  'Defence Trade Controls Amendment Act 2024 and Defence Trade Legislation Amendment Regulations 2024, commenced 1 Sep 2024';
const DTCA = 'Defence Trade Controls Act 2012; Customs (Prohibited Exports) Regulations 1958';
const RELEASE_IN_AU: RuleCondition = { all: [{ destinationIn: ['AU'] }, { releaseToNotIn: ['AU'] }] };
/** DSGL technology and software: Part 2 "D"/"E" entries, Part 1 ML21 (software) and ML22 (technology). */
const TECHNOLOGY: RuleCondition = { codeMatches: '^(\\d[DE]\\d{3}|ML2[12])' };
const AUKUS = ['GB', 'US'];
/** Items kept under permit for the UK and US (the "excluded" list): approximated, see unverified. */
const AUKUS_EXCLUDED: RuleCondition = {
  any: [{ codeMatches: '^0[A-E]' }, { eccnIn: ['1C350', '1C351', '1C353', '1C354', '9A004', '9A104'] }],
};
const PERMIT = { decision: 'LICENCE_REQUIRED' as const, policy: 'case_by_case' as const };

export const AU_RULES: LicensingRule[] = [
  {
    id: 'AU-exporter-or-release',
    jurisdiction: 'AU',
    stage: 'jurisdiction',
    title: 'Export or supply from Australia, or supply of technology to a foreign person in Australia',
    citation: 'Customs Act 1901 s 112; Defence Trade Controls Act 2012 ss 10, 10A',
    source: DTCA,
    effectiveFrom: '2015-04-02',
    when: { any: [{ exporterIn: ['AU'] }, RELEASE_IN_AU] },
    effect: { subject: true },
    unverified: 'start date taken as the commencement of the DTC Act 2012 offences (2 Apr 2015)',
  },
  {
    id: 'AU-DSGL-export-permit',
    jurisdiction: 'AU',
    stage: 'requirement',
    title: 'DSGL goods exported, or DSGL technology supplied, from Australia: permit required',
    citation: 'Customs (Prohibited Exports) Regulations 1958 reg. 13E; Defence Trade Controls Act 2012 s 10',
    source: DTCA,
    effectiveFrom: '2015-04-02',
    when: { all: [{ listed: true }, { not: { destinationIn: ['AU'] } }] },
    effect: { ...PERMIT, reasons: ['DSGL'] },
  },
  {
    id: 'AU-DTCA-s10A',
    jurisdiction: 'AU',
    stage: 'requirement',
    title: 'Supply of DSGL technology to a foreign person in Australia: permit required (new offence)',
    citation: 'Defence Trade Controls Act 2012 s 10A',
    source: AMENDMENT,
    effectiveFrom: '2024-09-01',
    when: { all: [{ listed: true }, TECHNOLOGY, RELEASE_IN_AU] },
    effect: { ...PERMIT, reasons: ['DSGL s10A'] },
    unverified:
      'transitional provisions for access given before 1 Sep 2024 and the exempt-person categories other than UK/US nationals are not modelled',
  },
  {
    id: 'AU-sanctions-designated',
    jurisdiction: 'AU',
    stage: 'requirement',
    title:
      'A party is a designated person or entity (DFAT Consolidated List): making an asset available to it is prohibited unless DFAT grants a sanctions permit',
    citation:
      'Autonomous Sanctions Regulations 2011 reg. 14; Charter of the United Nations (Dealing with Assets) Regulations 2008',
    source: 'Autonomous Sanctions Regulations 2011 (Cth)',
    effectiveFrom: '2011-06-01',
    when: { partyOnList: ['au-dfat'] },
    effect: { decision: 'PROHIBITED', policy: 'denial', blocksExceptions: true, reasons: ['asset freeze'] },
    unverified: "regulation number and commencement date from the reviewer's knowledge, not read in the instrument",
  },
  {
    id: 'AU-AUKUS-exemption',
    jurisdiction: 'AU',
    stage: 'exception',
    title: 'National exemption for the United Kingdom and the United States (AUKUS licence-free environment)',
    citation:
      'Defence Trade Controls Act 2012 (as amended 2024) national exemption; Customs (Prohibited Exports) Regulations 1958 reg. 13E (as amended); excluded items prescribed by regulation',
    source: AMENDMENT,
    effectiveFrom: '2024-09-01',
    when: { all: [{ destinationIn: AUKUS }, { not: AUKUS_EXCLUDED }, { partyCountryIn: AUKUS, roles: ['end_user'] }] },
    effect: {
      decision: 'LICENCE_EXCEPTION',
      authorisation: 'AUKUS national exemption',
      reasons: ['DSGL'],
      conditions: [
        'supply to a person in the UK or US; excluded DSGL items still need a permit',
        're-supply to third countries is subject to s 10B (Sensitive / Very Sensitive lists) and to UK / US controls',
        'keep records of supplies made under the exemption',
      ],
    },
    unverified:
      'the section number of the exemption and the excluded-items list (AUKUS_EXCLUDED approximates it by Category 0, CW/BW agents and MTCR Category I rockets) were not checked against the Regulations',
  },
  {
    id: 'AU-AUKUS-exemption-s10A',
    jurisdiction: 'AU',
    stage: 'exception',
    title: 'Technology supplied in Australia to a UK or US national: exempt foreign person',
    citation: 'Defence Trade Controls Act 2012 s 10A (exempt foreign persons), as amended 2024',
    source: AMENDMENT,
    effectiveFrom: '2024-09-01',
    when: { all: [{ destinationIn: ['AU'] }, { not: { releaseToNotIn: AUKUS } }, { not: AUKUS_EXCLUDED }] },
    effect: { decision: 'LICENCE_EXCEPTION', authorisation: 'AUKUS exempt foreign person', reasons: ['DSGL s10A'] },
    unverified:
      "that UK / US nationals are exempt foreign persons for s 10A is from Defence guidance summaries, not the Act's text",
  },
];
