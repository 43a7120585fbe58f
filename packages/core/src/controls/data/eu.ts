/**
 * EU Annex I of Reg. (EU) 2021/821: the versions we model and the entries that DIFFER from
 * "same number as the US CCL" (the derivation in derive.ts). Annex I is replaced as a whole by
 * each annual delegated regulation; an entry here applies from the day that act entered into force.
 */
import type { CuratedItem } from './curated';

export interface AnnexIAct {
  act: string;
  effectiveFrom: string;
  verified: boolean;
  verify?: string;
  source: string;
}

/** Acts that replaced Annex I, oldest first: each one is a version of the list `eu-annex-i`. */
export const EU_ANNEX_I_ACTS: readonly AnnexIAct[] = [
  {
    act: 'Commission Delegated Regulation (EU) 2024/2547 of 5 September 2024 amending Reg. (EU) 2021/821 as regards the list of dual-use items',
    effectiveFrom: '2024-11-15',
    verified: false,
    verify:
      'Title and date of adoption (5 Sep 2024) seen in the ESU dual-use inventory and the Baker McKenzie note (enters into force the day after OJ publication); check the OJ L publication date (14.11.2024?) on EUR-Lex, CELEX 32024R2547.',
    source:
      'https://www.esu.ulg.ac.be/dual-use-database/ ; https://sanctionsnews.bakermckenzie.com/eu-updates-list-of-items-subject-to-dual-use-export-controls-2/',
  },
  {
    act: 'Commission Delegated Regulation (EU) 2025/2003 amending Reg. (EU) 2021/821 as regards the list of dual-use items (adopted 8 Sep 2025)',
    effectiveFrom: '2025-11-15',
    verified: false,
    verify:
      'Adoption on 8 Sep 2025 and content (quantum, semiconductor manufacturing/test equipment, advanced-computing ICs incl. FPLDs, high-temperature coatings, additive manufacturing, peptide synthesisers; uniform EU controls for items WA members accepted but the WA could not adopt) from secondary sources; OJ publication 14.11.2025 and entry into force 15.11.2025 per aussenwirtschaftsrecht.eu (citing EUR-Lex). Check CELEX 32025R2003 itself.',
    source:
      'https://aussenwirtschaftsrecht.eu/eu-aktualisiert-dual-use-liste-delegierte-verordnung-eu-2025-2003-ersetzt-anhang-i-der-dual-use-vo ; Confindustria and ChemRadar notes on the 2025 update ; EPRS briefing 17-10-2025 (2025 update includes items Russia blocks multilaterally)',
  },
];

const DR_2025 = 'Reg. (EU) 2021/821 Annex I as replaced by Delegated Reg. (EU) 2025/2003';
const SRC_2025 =
  'secondary: CLECAT newsletter (new EU "500-series": advanced chips, semiconductor-manufacturing equipment, cryogenic cooling, additive manufacturing), REGULATORY-FACTS.md (entry numbers), Confindustria/ChemRadar summaries';
const VERIFY_2025 =
  'Entry number and scope from secondary sources only: check the entry text and paragraph numbering in Annex I as replaced by Delegated Reg. (EU) 2025/2003 (EUR-Lex CELEX 32025R2003).';

/**
 * EU-autonomous entries agreed outside the regimes (the EU "500-series" of the 2025 update).
 * They are EU-only items, NOT counterparts of the US-unilateral 3A090/4A090/3B090: their
 * parameters are the EU's own, so the mapping reports the US entries as us_unilateral.
 */
export const EU_AUTONOMOUS: readonly CuratedItem[] = [
  {
    code: '3A501',
    heading: 'Advanced-computing integrated circuits (EU-autonomous entry)',
    summary:
      'Integrated circuits for advanced computing, including field-programmable logic devices, controlled by the EU outside the multilateral regimes; reported to include AI accelerators at 3A501.a.16.',
    citation: DR_2025,
    effectiveFrom: '2025-11-15',
    verified: false,
    verify: VERIFY_2025,
    source: SRC_2025,
    usCounterparts: ['3A090'],
    notes: [
      'Not the same item as US 3A090: different thresholds; an exporter must classify against this entry separately.',
    ],
  },
  {
    code: '4A507',
    heading: 'Computers and electronic assemblies containing advanced-computing ICs (EU-autonomous entry)',
    summary: 'Electronic assemblies and computers containing integrated circuits specified by 3A501.',
    citation: DR_2025,
    effectiveFrom: '2025-11-15',
    verified: false,
    verify: VERIFY_2025,
    source: SRC_2025,
    usCounterparts: ['4A090'],
  },
  {
    code: '3B501',
    heading: 'Semiconductor manufacturing and test equipment (EU-autonomous entry)',
    summary:
      'Semiconductor production equipment agreed outside Wassenaar: atomic layer deposition, epitaxial deposition, lithography equipment, EUV pellicles, masks and reticles, scanning-electron-microscope equipment, etching equipment.',
    citation: DR_2025,
    effectiveFrom: '2025-11-15',
    verified: false,
    verify: VERIFY_2025,
    source: SRC_2025,
    usCounterparts: ['3B001', '3B090', '3B993'],
  },
];

/**
 * US ECCNs with a same-number Annex I entry that nevertheless differs. Today: paragraphs the US
 * added unilaterally inside multilateral entries (".z" = items containing 3A090 ICs, 15 CFR 774
 * Supp. 1, e.g. 5A992.z; Oct-2023 SME paragraphs of 3B001), which the EU entry does not have.
 */
export const EU_DIFFERS: ReadonlyArray<{
  usCode: string;
  how: string;
  citation: string;
  verified: boolean;
  verify: string;
}> = [
  {
    usCode: '3B001',
    how: 'The US 3B001 carries paragraphs added outside Wassenaar by the Oct-2023 and Dec-2024 semiconductor-equipment rules (RS control to Macau and D:5); the EU 3B001 has only the Wassenaar paragraphs — EU-only equipment controls sit in 3B501 (2025) and the Dutch national list.',
    citation: 'Reg. (EU) 2021/821 Annex I 3B001; 15 CFR 774 Supp. 1 ECCN 3B001 (88 FR 73424; 89 FR 96790)',
    verified: false,
    verify:
      'List which 3B001 paragraphs (a.4, c.1.a, c.1.c, d.12-d.19, f.1.b, j-p?) are US-unilateral by comparing with Annex I 3B001 of Delegated Reg. (EU) 2024/2547.',
  },
  // Category 0: the US kept only ITAR placeholders; the regime-numbered lists keep the nuclear entries.
  {
    usCode: '0D001',
    how: 'US 0D001 covers only software for the 0A002 items (subject to the ITAR); the regime-numbered 0D001 covers software "for the \u201cdevelopment\u201d, \u201cproduction\u201d or \u201cuse\u201d of goods specified in this Category" — all of Category 0, the nuclear (NSG) category (wording of the DSGL 2024, which numbers as Annex I).',
    citation:
      'Reg. (EU) 2021/821 Annex I 0D001; Defence and Strategic Goods List 2024 (F2024L01024) 0D001; 15 CFR 774 Supp. 1 ECCN 0D001',
    verified: false,
    verify:
      'The EU wording is not loaded here: check Annex I 0D001 of Delegated Reg. (EU) 2024/2547 against the DSGL wording quoted.',
  },
  {
    usCode: '0E001',
    how: 'US 0E001 covers technology for 0A002 and 0D001 only (ITAR); the regime-numbered 0E001 covers technology "according to the Nuclear Technology Note" for all goods of Category 0 (wording of the DSGL 2024, which numbers as Annex I).',
    citation:
      'Reg. (EU) 2021/821 Annex I 0E001; Defence and Strategic Goods List 2024 (F2024L01024) 0E001; 15 CFR 774 Supp. 1 ECCN 0E001',
    verified: false,
    verify:
      'The EU wording is not loaded here: check Annex I 0E001 of Delegated Reg. (EU) 2024/2547 against the DSGL wording quoted.',
  },
  {
    usCode: '3D001',
    how: 'US 3D001 also covers software for the US-unilateral paragraphs of 3B001; the EU entry does not.',
    citation: 'Reg. (EU) 2021/821 Annex I 3D001',
    verified: false,
    verify: 'Compare the "for" clauses of US 3D001 with Annex I 3D001.',
  },
  {
    usCode: '3E001',
    how: 'US 3E001 also covers technology for 3A090 and the US-unilateral 3B001 paragraphs (RS); the EU 3E001 covers the Annex I items only.',
    citation: 'Reg. (EU) 2021/821 Annex I 3E001',
    verified: false,
    verify: 'Compare the scope sentences of US 3E001 with Annex I 3E001.',
  },
];
