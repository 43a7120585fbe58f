/**
 * The criteria an agency refuses a licence on, per criteria set, as data. An EU member state
 * assesses dual-use applications under Reg. (EU) 2021/821 Art. 15(1), which makes it take into
 * account "the considerations covered by" Common Position 2008/944/CFSP (Art. 2, criteria 1–8);
 * the UK refuses under the Strategic Export Licensing Criteria announced on 8 December 2021.
 *
 * `heading` is the criterion's heading as the source words it. `verified: true` only where the heading was compared
 * with a quoted official text, named in `verification`; `verified: false` means it was transcribed without that check
 * (the same convention as controls/data). Review of 2026-12-07: EUR-Lex and the UK written statement could not be
 * reached; criterion 1 of the Common Position was read in the official reproduction named below. Criteria 2–8 of
 * the Common Position and all eight UK criteria remain unverified: see VERIFICATION_NOTES.
 */
export interface RefusalCriterion {
  /** Stable id, e.g. "EU-CP-2008/944-2" (set id + number). */
  id: string;
  number: number;
  heading: string;
  citation: string;
  verified: boolean;
  /** Where a verified heading was read: the passage as quoted, the document and its address. */
  verification?: { quote: string; document: string; url: string; note?: string };
}

export interface CriteriaSet {
  id: 'EU-CP-2008/944' | 'UK-SELC-2021';
  title: string;
  citation: string;
  url: string;
  effectiveFrom: string;
  criteria: RefusalCriterion[];
}

const eu = (number: number, heading: string, verification?: RefusalCriterion['verification']): RefusalCriterion => ({
  id: `EU-CP-2008/944-${number}`,
  number,
  heading,
  citation: `Council Common Position 2008/944/CFSP, Art. 2, Criterion ${number}`,
  verified: !!verification,
  ...(verification ? { verification } : {}),
});

const uk = (number: number, heading: string): RefusalCriterion => ({
  id: `UK-SELC-2021-${number}`,
  number,
  heading,
  citation: `Strategic Export Licensing Criteria (HCWS449, 8 December 2021), Criterion ${number}`,
  verified: false,
});

export const EU_COMMON_POSITION: CriteriaSet = {
  id: 'EU-CP-2008/944',
  title: 'Council Common Position 2008/944/CFSP defining common rules governing control of exports',
  citation:
    'OJ L 335, 13.12.2008, p. 99, as amended by Council Decision (CFSP) 2019/1560; applied to dual-use items by Reg. (EU) 2021/821 Art. 15(1)(a)',
  url: 'https://eur-lex.europa.eu/eli/compos/2008/944/oj',
  effectiveFrom: '2008-12-08',
  criteria: [
    eu(
      1,
      'Respect for the international obligations and commitments of Member States, in particular the sanctions adopted by the UN Security Council or the European Union, agreements on non-proliferation and other subjects, as well as other international obligations.',
      {
        quote:
          'Article 2 Criteria 1. Criterion One: Respect for the international obligations and commitments of Member States, in particular the sanctions adopted by the UN Security Council or the European Union, agreements on non-proliferation and other subjects, as well as other international obligations.',
        document:
          'Council Common Position 2008/944/CFSP of 8 December 2008 [Extract], reproduced as Annex 2 of a House of Commons Foreign Affairs Committee report (HC 686, session 2010–11)',
        url: 'https://publications.parliament.uk/pa/cm201011/cmselect/cmfaff/686/68616.htm',
        note: 'The text as adopted in 2008. Council Decision (CFSP) 2019/1560 amended Art. 2(1) (new points (ba), (bb), (ca) on the CCW, the Arms Trade Treaty and the UN Programme of Action on small arms); the consolidated heading was not seen.',
      },
    ),
    eu(
      2,
      'Respect for human rights in the country of final destination as well as respect by that country of international humanitarian law.',
    ),
    eu(
      3,
      'Internal situation in the country of final destination, as a function of the existence of tensions or armed conflicts.',
    ),
    eu(4, 'Preservation of regional peace, security and stability.'),
    eu(
      5,
      'National security of the Member States and of territories whose external relations are the responsibility of a Member State, as well as that of friendly and allied countries.',
    ),
    eu(
      6,
      'Behaviour of the buyer country with regard to the international community, as regards in particular its attitude to terrorism, the nature of its alliances and respect for international law.',
    ),
    eu(
      7,
      'Existence of a risk that the military technology or equipment will be diverted within the buyer country or re-exported under undesirable conditions.',
    ),
    eu(
      8,
      'Compatibility of the exports of the military technology or equipment with the technical and economic capacity of the recipient country, taking into account the desirability that states should meet their legitimate security and defence needs with the least diversion of human and economic resources for armaments.',
    ),
  ],
};

export const UK_SELC: CriteriaSet = {
  id: 'UK-SELC-2021',
  title: 'Strategic Export Licensing Criteria',
  citation:
    'Written Ministerial Statement HCWS449, 8 December 2021 (replacing the Consolidated EU and National Arms Export Licensing Criteria of 25 March 2014)',
  url: 'https://questions-statements.parliament.uk/written-statements/detail/2021-12-08/hcws449',
  effectiveFrom: '2021-12-08',
  criteria: [
    uk(
      1,
      "Respect for the UK's international obligations and commitments, in particular sanctions adopted by the UN Security Council, agreements on non-proliferation and other subjects, as well as other international obligations.",
    ),
    uk(2, 'Respect for human rights and international humanitarian law.'),
    uk(
      3,
      'Internal situation in the country of final destination, as a function of the existence of tensions or armed conflicts.',
    ),
    uk(4, 'Preservation of regional peace, security and stability.'),
    uk(
      5,
      'The national security of the UK and territories whose external relations are the UK’s responsibility, as well as that of friendly and allied countries.',
    ),
    uk(
      6,
      'The behaviour of the buyer country with regard to the international community, as regards in particular its attitude to terrorism, the nature of its alliances and respect for international law.',
    ),
    uk(7, 'The risk that the items will be diverted to an undesirable end-user or for an undesirable end-use.'),
    uk(
      8,
      'The compatibility of the transfer with the technical and economic capacity of the recipient country, taking into account the desirability that states should achieve their legitimate needs of security and defence with the least diversion for armaments of human and economic resources.',
    ),
  ],
};

/**
 * What the review of 2026-12-07 found and could not settle, kept with the data so nobody mistakes silence for a
 * check. Secondary sources word several UK headings differently from the ones above (e.g. criterion 2 "Respect for
 * human rights and fundamental freedoms in the country of final destination as well as respect by that country for
 * international humanitarian law", criterion 3 "Preservation of internal peace and security", criterion 4
 * "Preservation of peace and security", criterion 7 "The existence of a risk that the items will be diverted to an
 * undesirable end-user or for an undesirable end-use": respectus.space, "The UK has updated its Export Control
 * Regime"; proeliumlaw.com, "UK Strategic Export Licencing Criteria"). The UK headings above follow the 2014
 * Consolidated Criteria more closely and may be out of date; only the written statement HCWS449 settles it.
 */
export const VERIFICATION_NOTES = {
  'EU-CP-2008/944':
    'Criterion 1 verified against the 2008 text (official reproduction); criteria 2–8 not verified: the official text could not be retrieved.',
  'UK-SELC-2021':
    'Not verified: HCWS449 could not be retrieved; secondary sources word criteria 1–4, 6 and 7 differently from these headings.',
} as const;

/** EU member states (ISO alpha-2) whose agencies refuse under the Common Position. */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const; // prettier-ignore
