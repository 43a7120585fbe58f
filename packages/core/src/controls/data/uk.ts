/**
 * UK Strategic Export Control List: the UK dual-use list is the assimilated (retained) Annex I
 * of Council Regulation (EC) No 428/2009 as the UK keeps amending it, so its entries carry the
 * same numbers as EU Annex I (derived in derive.ts); national "PL" entries sit in the Export
 * Control Order 2008: Schedule 2 (UK Military List, PL5xxx) and Schedule 3 (UK dual-use list, PL9xxx).
 */
import type { CuratedItem } from './curated';

const ECO = 'Export Control Order 2008 (S.I. 2008/3231)';

/** Why UK dual-use entries are derived by number (verified on legislation.gov.uk and gov.uk). */
export const UK_DUAL_USE_BASIS = {
  text: 'UK dual-use items are those of the assimilated dual-use Regulation — Council Regulation (EC) No 428/2009 as retained and amended in UK law (Export Control Order 2008 art. 2, "the assimilated dual-use Regulation"); their numbering follows Annex I. The UK amends that Annex I by statutory instrument (e.g. S.I. 2023/302 reg. 5), so UK and EU texts can drift apart; the UK announced it would mirror the EU 2025 "500-series" (CLECAT, late 2025; not transcribed). The UK Strategic Export Control Lists comprise the UK Military List (ECO 2008 Schedule 2), the UK Dual-Use List (Schedule 3), the UK National Security and Paramilitary List (art. 9) and the assimilated Annex I.',
  citation: `${ECO} art. 2 and Schedules 2-3`,
  source:
    'https://www.legislation.gov.uk/uksi/2008/3231 (art. 2 definition) ; https://www.legislation.gov.uk/uksi/2023/302/regulation/5/made (the UK amends Annex I of Reg. 428/2009 itself, e.g. 2D352, GAAFET definition) ; https://www.gov.uk/uk-strategic-export-control-lists-the-consolidated-list-of-strategic-military-and-dual-use-items',
  // Read on those pages, but no passage was quoted into the data: not `verified` (issue 11 item 6).
  verified: false,
  verify:
    'Quote the definition of "the assimilated dual-use Regulation" in art. 2 of the Export Control Order 2008 (legislation.gov.uk, current version) into `quote`.',
} as const;

export const UK_NATIONAL: readonly CuratedItem[] = [
  {
    code: 'PL9010',
    heading: 'Non-military firearms, their parts and essential components and ammunition',
    summary:
      'UK national dual-use entry in Schedule 3 for firearms, parts, essential components and ammunition that are not military goods (the entries ML1-ML3 of Schedule 2 refer to it). Category B goods under Schedule 1 Part 2 para. 10A.',
    citation: `${ECO} Sch. 3 entry PL9010, inserted by the Export Control (Amendment) (No. 2) Order 2015 (S.I. 2015/940) art. 2(5)-(6)`,
    effectiveFrom: '2015-04-17',
    // Read in S.I. 2015/940 as made, but the passage was not quoted into the data (issue 11 item 6).
    verified: false,
    verify:
      'Quote art. 2(5)-(6) of S.I. 2015/940 (the insertion of PL9010 and its heading) and its commencement article into `quote`; then check the current Schedule 3 wording.',
    source: 'http://legislation.gov.uk/uksi/2015/940/made (S.I. 2015/940, in force 17 Apr 2015)',
    usCounterparts: ['0A501', '0A502', '0A505'],
    notes: [
      'Verified as inserted in 2015; whether PL9010 is still worded the same today was not checked against the current Schedule 3.',
    ],
  },
  {
    code: 'PL5001',
    heading: 'Other security and para-military police goods (UK Military List national entry)',
    summary:
      'National entry of the UK Military List for security and para-military police equipment not covered by the ML entries.',
    citation: `${ECO} Sch. 2 entry PL5001`,
    effectiveFrom: '2009-04-06',
    verified: false,
    verify:
      'PL5xxx entries are in Schedule 2 (UK Military List), not Schedule 3: check the heading and paragraphs of PL5001 in the current Schedule 2 on legislation.gov.uk, and the date it took its present form (6 Apr 2009 = commencement of the Order).',
    source: 'memory of the UK Strategic Export Control List; not seen in a source searched here',
  },
  {
    code: 'PL5017',
    heading: 'UK Military List national entry PL5017 (content to check)',
    summary:
      'National entry of the UK Military List (Schedule 2) named in issue 4; its text was not found in the sources searched.',
    citation: `${ECO} Sch. 2 entry PL5017`,
    effectiveFrom: '2009-04-06',
    verified: false,
    verify:
      'Transcribe heading and paragraphs of PL5017 from the current Schedule 2 (legislation.gov.uk/uksi/2008/3231/schedule/2) and its date; until then this entry only records that the code exists.',
    source: 'issue 4 of the project (entry named there); no official text found',
  },
];
