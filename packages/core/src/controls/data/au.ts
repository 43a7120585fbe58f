/**
 * Australia: the Defence and Strategic Goods List (a legislative instrument under s112(2A)(aa)
 * of the Customs Act 1901 and the Defence Trade Controls Act 2012). Part 1 = Munitions List;
 * Part 2 = Dual-Use List, which implements the Wassenaar, NSG, MTCR and Australia Group lists in
 * the same category / group / number scheme as EU Annex I, so a multilateral US ECCN maps to the
 * DSGL Part 2 entry of the same number (derive.ts; numbering not verified). No AU-specific entry
 * could be verified here.
 */
export const AU_DSGL = {
  name: 'Defence and Strategic Goods List 2024, Part 2 (Dual-Use List)',
  citation: 'Defence and Strategic Goods List 2024 (F2024L01024), made under Customs Act 1901 s112(2A)(aa), Part 2',
  effectiveFrom: '2024-09-01',
  /**
   * The instrument, its legal basis and commencement on 1 Sep 2024: read in the instrument itself (sections 1.1-1.3).
   */
  verified: true,
  evidence: [
    {
      quote: 'This instrument is the Defence and Strategic Goods List 2024.',
      citation: 'DSGL 2024 s 1.1',
      url: 'https://www.legislation.gov.au/F2024L01024/asmade',
      from: 'official',
    },
    {
      quote: 'The whole of this instrument\t1 September 2024',
      citation: 'DSGL 2024 s 1.2 (commencement table)',
      url: 'https://www.legislation.gov.au/F2024L01024/asmade',
      from: 'official',
    },
    // a no-break space after "paragraph", as published
    {
      quote: 'This instrument is made under paragraph\u00a0112(2A)(aa) of the Customs Act 1901.',
      citation: 'DSGL 2024 s 1.3',
      url: 'https://www.legislation.gov.au/F2024L01024/asmade',
      from: 'official',
    },
  ],
  source:
    'https://www.legislation.gov.au/F2024L01024/asmade (the instrument, ../shared/data/controls/au-dsgl/2024-09-01/F2024L01024.docx); https://legislation.gov.au/F2024L01024/asmade/2024-08-16/es (Explanatory Statement: made under s112(2A)(aa) Customs Act 1901, commences 1 Sep 2024; largely derived from the control lists of the regimes, "as well as Australia\'s national interests more broadly")',
  /**
   * What is NOT verified: the Sensitive / Very Sensitive designations (the Part 2 texts are imported from the
   * instrument).
   */
  verify:
    'The Part 2 texts are imported from the instrument (dualuse controls import F2024L01024.docx). Not modelled: the Sensitive / Very Sensitive List designations (relevant to DTC Act s10B), and which Part 2 entries are Australia-specific.',
  numbering:
    'DSGL Part 2 uses the category (0-9), group (A-E) and three-digit number of the Wassenaar/EU list: US 3B001 ↔ DSGL 3B001.',
} as const;
