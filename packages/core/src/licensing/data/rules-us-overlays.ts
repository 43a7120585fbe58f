/**
 * US EAR requirements that are not Country Chart columns: text-only controls of the CCL
 * (advanced computing 742.6(a)(6), SME 742.4(a)(4), encryption 742.15), end-user and end-use
 * controls (part 744) and embargoes (part 746, in rules-us-embargoes.ts). Requirements of 744
 * and 746 block every licence exception (740.2(a)(6) and each section's own licence-exception
 * paragraph).
 */
import type { LicensingRule } from '../model';
import { US_EMBARGO_RULES } from './rules-us-embargoes';
import { US_MILITARY_END_USE_RULES } from './rules-us-military-end-use';
import { EAR_1996_SOURCE, FR_88_2821, MEU_LIST_2020 } from './sources-us';

// Effective dates checked against the Federal Register metadata (FR Doc. 2022-21658, 2023-23055, 2023-00888).
const AC22 = '87 FR 62186 (13 Oct 2022), effective 7 Oct 2022';
const AC23 = '88 FR 73458 (25 Oct 2023), effective 17 Nov 2023';
// Items whose RS control the Oct-2023 rule keyed on 3A090/4A090 and the ".z" paragraphs.
const AC_ITEMS = [
  '3A090.a',
  '3A090.b',
  '4A090.a',
  '4A090.b',
  '3A001.z',
  '4A003.z',
  '4A004.z',
  '4A994.z',
  '5A002.z',
  '5A004.z',
  '5A992.z',
  '5D002.z',
  '5D992.z',
];

export const US_OVERLAY_RULES: LicensingRule[] = [
  {
    id: 'US-742.6(a)(6)(i)-2022',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Advanced computing (Oct 2022): 3A090 / 4A090 items to China (incl. Hong Kong)',
    citation: '15 CFR 742.6(a)(6)(i) (2022 text)',
    source: AC22,
    effectiveFrom: '2022-10-07',
    effectiveTo: '2023-11-17',
    when: { all: [{ eccnIn: ['3A090', '4A090'] }, { destinationIn: ['CN'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', reasons: ['RS'] },
  },
  {
    id: 'US-742.6(a)(6)(i)-2023-Macau',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Advanced computing (Jan 2023): the 2022 controls extended to Macau',
    citation: '15 CFR 742.6(a)(6)(i) (Jan-2023 text)',
    source: '88 FR 2821 (18 Jan 2023), effective 17 Jan 2023',
    effectiveFrom: '2023-01-17',
    effectiveTo: '2023-11-17',
    when: { all: [{ eccnIn: ['3A090', '4A090'] }, { destinationIn: ['MO'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', reasons: ['RS'] },
    verified: true,
    evidence: FR_88_2821,
  },
  {
    id: 'US-742.6(a)(6)(iii)-D5',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Advanced computing (Oct 2023): 3A090.a/.b, 4A090.a/.b and .z items to Macau or Country Group D:5',
    citation: '15 CFR 742.6(a)(6)(iii); review policy 742.6(b)(10)',
    source: AC23,
    effectiveFrom: '2023-11-17',
    when: { all: [{ eccnIn: AC_ITEMS }, { destinationIn: ['D:5', 'MO'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', reasons: ['RS'] },
    unverified:
      'the Jan-2026 case-by-case policy for H200-class exports to China with certifications (91 FR 1684) is not encoded',
  },
  {
    id: 'US-742.6(a)(6)(iii)-D1-D4',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Advanced computing (Oct 2023): the same items to Country Groups D:1 or D:4, excluding A:5 / A:6',
    citation: '15 CFR 742.6(a)(6)(iii); review policy 742.6(b)(10)',
    source: AC23,
    effectiveFrom: '2023-11-17',
    when: {
      all: [
        { eccnIn: AC_ITEMS },
        { destinationIn: ['D:1', 'D:4'] },
        { not: { destinationIn: ['D:5', 'MO', 'A:5', 'A:6'] } },
      ],
    },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_approval', reasons: ['RS'] },
    unverified: 'policy for D:1/D:4 parties headquartered in D:5 or Macau (presumption of denial) is not distinguished',
  },
  {
    id: 'US-742.6(a)(6)(i)(B)-HBM',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'High-bandwidth memory 3A090.c to Macau or Country Group D:5',
    citation: '15 CFR 742.6(a)(6)(i)(B)',
    source: '89 FR 96790 (5 Dec 2024), effective 2 Dec 2024',
    effectiveFrom: '2024-12-02',
    when: { all: [{ eccnIn: ['3A090.c'] }, { destinationIn: ['D:5', 'MO'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', reasons: ['RS'] },
  },
  {
    // Off by default: BIS announced on 13 May 2025 it would not enforce the AI-diffusion rule (90 FR 4544).
    id: 'US-742.6(a)(6)(iii)(A)-AI-diffusion',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'AI diffusion (Jan 2025): 3A090.a / 4A090.a worldwide',
    citation: '15 CFR 742.6(a)(6)(iii)(A) (Jan-2025 text)',
    source: '90 FR 4544 (15 Jan 2025); non-enforcement announced 13 May 2025',
    effectiveFrom: '2025-01-13',
    optIn: true,
    when: { all: [{ eccnIn: ['3A090.a', '4A090.a'] }, { not: { destinationIn: ['US'] } }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['RS'] },
  },
  {
    id: 'US-742.4(a)(4)-SME',
    jurisdiction: 'US',
    stage: 'requirement',
    title:
      'Advanced semiconductor manufacturing equipment (3B001.a.4, c, d, f.1, f.5, f.6, k-n, p.2, p.4, r) to Macau or D:5',
    citation: '15 CFR 742.4(a)(4); 742.6(a)(6)',
    source: '88 FR 73424 (25 Oct 2023), effective 17 Nov 2023',
    effectiveFrom: '2023-11-17',
    when: {
      all: [
        {
          eccnIn: [
            '3B001.a.4',
            '3B001.c',
            '3B001.d',
            '3B001.f.1',
            '3B001.f.5',
            '3B001.f.6',
            '3B001.k',
            '3B001.l',
            '3B001.m',
            '3B001.n',
            '3B001.p.2',
            '3B001.p.4',
            '3B001.r',
          ],
        },
        { destinationIn: ['D:5', 'MO'] },
      ],
    },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', reasons: ['NS', 'RS'] },
    unverified:
      'paragraph list read from the CCL snapshot of Jan 2025; earlier paragraph sets of 2023-2024 not modelled',
  },
  {
    id: 'US-742.15(a)-EI',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Encryption items (5A002, 5B002, 5D002, 5E002): licence to all destinations except Canada',
    citation: '15 CFR 742.15(a)',
    source: '81 FR 64656 (2016)',
    effectiveFrom: '2016-09-20',
    when: { all: [{ eccnIn: ['5A002', '5B002', '5D002', '5E002'] }, { not: { destinationIn: ['CA'] } }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'case_by_case', reasons: ['EI'] },
  },
  {
    id: 'US-744.11-entity-list',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'A party is on the Entity List: licence required per its entry; review policy per its entry',
    citation: '15 CFR 744.11; 744 Supp. 4',
    source: 'Entity List as screened (list version in the rule trace)',
    effectiveFrom: '2008-08-21',
    when: { partyOnList: ['us-bis-entity-list'] },
    effect: { decision: 'LICENCE_REQUIRED', policyFromList: true, blocksExceptions: true, reasons: ['744'] },
  },
  {
    id: 'US-744.21-MEU-list',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'A party is on the Military End-User List',
    citation: '15 CFR 744.21(b), (e); 744 Supp. 7',
    source: '85 FR 83793 (23 Dec 2020)',
    effectiveFrom: '2020-12-23',
    when: { all: [{ partyOnList: ['us-bis-meu'] }, { any: [{ listed: true }, { destinationIn: ['RU', 'BY'] }] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', blocksExceptions: true, reasons: ['744'] },
    unverified:
      'scope to China/Venezuela etc. is the items of 744 Supp. 2; "listed" over-approximates it (fails closed)',
    verified: true,
    evidence: [MEU_LIST_2020],
  },
  ...US_MILITARY_END_USE_RULES,
  {
    id: 'US-744.23-advanced-computing-end-use',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Supercomputer or advanced-node IC production end use in China or Country Group D:5',
    citation: '15 CFR 744.23(a)',
    source: AC22,
    effectiveFrom: '2022-10-07',
    when: { all: [{ endUseIn: ['supercomputer', 'advanced_node_ic_production'] }, { destinationIn: ['D:5'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', blocksExceptions: true, reasons: ['744'] },
    unverified:
      'whether the Oct-2022 text reached all of D:5 or China only is not checked (D:5 applied throughout: fails closed)',
  },
  {
    id: 'US-744.23-advanced-computing-end-use-Macau',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Supercomputer or advanced-node IC production end use in Macau (added by 88 FR 2821)',
    citation: '15 CFR 744.23(a)',
    source: '88 FR 2821 (18 Jan 2023), effective 17 Jan 2023',
    effectiveFrom: '2023-01-17',
    when: { all: [{ endUseIn: ['supercomputer', 'advanced_node_ic_production'] }, { destinationIn: ['MO'] }] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', blocksExceptions: true, reasons: ['744'] },
    verified: true,
    evidence: FR_88_2821,
  },
  {
    id: 'US-744.2-744.4-WMD-end-use',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'Nuclear, missile, chemical or biological weapons end use',
    citation: '15 CFR 744.2, 744.3, 744.4',
    source: `EAR part 744 (${EAR_1996_SOURCE})`,
    effectiveFrom: '1996-04-24',
    when: { endUseIn: ['wmd', 'nuclear', 'missile', 'chemical_biological'] },
    effect: { decision: 'LICENCE_REQUIRED', policy: 'presumption_of_denial', blocksExceptions: true, reasons: ['744'] },
    unverified:
      'the destination carve-outs of 744.2(a) / 744.3(a) (e.g. Supp. 3 countries) are not applied (fails closed)',
  },
  {
    id: 'US-764-denied-persons',
    jurisdiction: 'US',
    stage: 'requirement',
    title: 'A party is a denied person: no one may take part in the transaction',
    citation: '15 CFR 736.2(b)(4) (General Prohibition 4); 764.3(a)(2)',
    source: 'Denied Persons List as screened',
    effectiveFrom: '1996-04-24',
    when: { partyOnList: ['us-bis-dpl'] },
    effect: { decision: 'PROHIBITED', policy: 'denial', blocksExceptions: true, reasons: ['764'] },
  },
  {
    id: 'US-744.8-SDN',
    jurisdiction: 'US',
    stage: 'requirement',
    title: "A party is on OFAC's SDN list (EAR 744.8/744.12-744.14 and OFAC blocking)",
    citation: '15 CFR 744.8, 744.12-744.14; 31 CFR 501.805 et seq.',
    source: 'SDN list as screened',
    effectiveFrom: '1996-04-24',
    when: { partyOnList: ['us-ofac-sdn'] },
    effect: { decision: 'PROHIBITED', policy: 'denial', blocksExceptions: true, reasons: ['744', 'OFAC'] },
    unverified:
      'EAR licence requirement applies to the SDGT/SDT/FTO/NPWMD programmes; other programmes prohibit under OFAC rules only',
  },
  // Embargoes (part 746) last, as they always were in this list.
  ...US_EMBARGO_RULES,
];
