/**
 * The legal effect of each vendor-restriction and research-security list, as cited data: what
 * is prohibited, for whom, from when, with a quoted passage and where it was read. A date we
 * could not verify is null with the reason (`fromNote`), never guessed. Quotes are verbatim
 * from the source named in `quotedFrom`; `citation` is the legal instrument.
 */
export interface LegalEffect {
  id: string;
  list: string;
  prohibits: string;
  appliesTo: string;
  /** ISO date the prohibition applies from; null when not verified (see fromNote). */
  from: string | null;
  fromNote?: string;
  citation: string;
  quote: string;
  quotedFrom: string;
  /** 'law' for statutes and regulations; 'indicator' for lists that prohibit nothing by themselves. */
  kind: 'law' | 'indicator';
}

const PL115_232 = 'https://www.congress.gov/115/plaws/publ232/PLAW-115publ232.pdf';
const OS = 'OpenSanctions program metadata (shared fixture programs/';

export const LEGAL_EFFECTS: readonly LegalEffect[] = [
  {
    id: '889-a1A',
    list: 'us-ndaa-889',
    prohibits:
      'procuring or obtaining equipment, systems or services that use covered telecommunications equipment or services as a substantial or essential component',
    appliesTo:
      'US executive agencies (and their contracts); covered equipment includes that of the named companies and their subsidiaries and affiliates',
    from: '2019-08-13',
    citation: `NDAA FY2019 (Pub. L. 115-232) §889(a)(1)(A); FAR 52.204-25(b)(1); ${PL115_232}`,
    quote:
      'any equipment, system, or service that uses covered telecommunications equipment or services as a substantial or essential component of any system, or as critical technology as part of any system',
    quotedFrom:
      'Pub. L. 115-232 §889(a)(1) as restated in FAR 52.204-25 (date: FAR 4.2102, Part A "Effective August 13, 2019")',
    kind: 'law',
  },
  {
    id: '889-a1B',
    list: 'us-ndaa-889',
    prohibits:
      'entering into, extending or renewing a contract with an entity that uses covered telecommunications equipment or services',
    appliesTo:
      'US executive agencies contracting with any entity, whether or not the use is in performance of a federal contract',
    from: '2020-08-13',
    citation: `NDAA FY2019 (Pub. L. 115-232) §889(a)(1)(B); FAR 52.204-25(b)(2); ${PL115_232}`,
    quote:
      'from contracting with any entity that itself uses such covered equipment or services. The prohibitions, phased in between 2019 and 2020, apply government-wide and extend to contract renewals and extensions',
    quotedFrom: `${OS}US-MCCAIN-889.yml) summary; date: FAR 4.2102, Part B "Effective August 13, 2020"`,
    kind: 'law',
  },
  {
    id: 'fcc-2.903',
    list: 'us-fcc-covered',
    prohibits:
      'FCC equipment authorisation of covered equipment, and its importation and marketing in the United States',
    appliesTo:
      'producers, importers and marketers of equipment on the Covered List (per entry: from its date of inclusion)',
    from: '2023-02-06',
    citation:
      '47 CFR 2.903 (FCC 22-84, ET Docket 21-232, 88 FR 7592, effective February 6, 2023); list kept under 47 CFR 1.50002 and the Secure and Trusted Communications Networks Act of 2019 §2 (Pub. L. 116-124)',
    quote: "prohibit authorization of equipment that has been identified on the Commission's Covered List",
    quotedFrom:
      'Federal Register 88 FR 7592 (February 6, 2023), summary of FCC 22-84; https://www.govinfo.gov/content/pkg/FR-2023-02-06/html/2022-28263.htm',
    kind: 'law',
  },
  {
    id: '1260H-805-entity',
    list: 'us-dod-1260h',
    prohibits: 'DoD entering into a contract with a listed entity or an entity under its control',
    appliesTo: 'US Department of Defense',
    from: '2026-06-30',
    citation: 'NDAA FY2024 (Pub. L. 118-31) §805, referring to the list under NDAA FY2021 (Pub. L. 116-283) §1260H',
    quote:
      'since June 2026 the Department is prohibited from contracting directly with listed entities and entities under their control',
    quotedFrom: `${OS}US-DOD-1260H.yml) summary; day: Crowell & Moring, Government Contracts Legal Forum (Feb. 2024): "Section 805's Entity Prohibition becomes effective on June 30, 2026"`,
    kind: 'law',
  },
  {
    id: '1260H-805-goods',
    list: 'us-dod-1260h',
    prohibits:
      'DoD procuring goods or services produced or developed by a listed entity or an entity under its control',
    appliesTo: 'US Department of Defense (directly or indirectly)',
    from: '2027-06-30',
    citation: 'NDAA FY2024 (Pub. L. 118-31) §805',
    quote: 'from June 2027 the prohibition extends to procuring goods and services produced or developed by them',
    quotedFrom: `${OS}US-DOD-1260H.yml) summary; day: Crowell & Moring, Government Contracts Legal Forum (Feb. 2024): "its Goods and Services Prohibition becomes effective on June 30, 2027"`,
    kind: 'law',
  },
  {
    id: '5949',
    list: 'us-ndaa-5949',
    prohibits:
      'procuring or obtaining electronic parts, products or services that include covered semiconductor products or services, and contracting with entities that use them in what they supply',
    appliesTo: 'US executive agencies; the named companies, their subsidiaries and affiliates',
    from: null,
    fromNote: 'the program summary says "December 2027"; the exact day was not verified here',
    citation: 'NDAA FY2023 (Pub. L. 117-263) §5949; https://www.congress.gov/117/plaws/publ263/PLAW-117publ263.pdf',
    quote: 'The prohibitions take effect in December 2027.',
    quotedFrom: `${OS}US-5949LIST.yml) summary`,
    kind: 'law',
  },
  {
    id: '154',
    list: 'us-ndaa-154',
    prohibits: 'DoD using appropriated funds to procure a battery produced by a listed entity',
    appliesTo: 'US Department of Defense',
    from: '2027-10-01',
    citation: 'NDAA FY2024 (Pub. L. 118-31) §154; https://www.congress.gov/118/plaws/publ31/PLAW-118publ31.pdf',
    quote:
      'Beginning on October 1, 2027, none of the funds authorized to be appropriated or otherwise made available for the Department of Defense may be obligated or expended to procure a battery produced by the entity.',
    quotedFrom: 'section_154.csv notes column (statute text as transcribed by OpenSanctions)',
    kind: 'law',
  },
  {
    id: '1286',
    list: 'us-dod-1286',
    prohibits:
      'nothing by itself: DoD-funded research proposals involving a listed institution or talent program are reviewed and may need risk mitigation',
    appliesTo: 'institutions proposing DoD-funded fundamental research',
    from: null,
    fromNote: 'the date DoD began applying the list in proposal reviews was not verified here',
    citation:
      'NDAA FY2019 (Pub. L. 115-232) §1286; https://basicresearch.defense.gov/Programs/Academic-Research-Security/',
    quote:
      'The lists support security reviews of Department-funded fundamental research, informing whether proposals involving listed institutions or programs require risk mitigation. Listing itself imposes no asset freeze or trade restriction.',
    quotedFrom: `${OS}US-MCCAIN-1286.yml) summary`,
    kind: 'indicator',
  },
  {
    id: 'inksna',
    list: 'us-dos-inksna',
    prohibits:
      'the measures of the Federal Register determination (typically two years: US government procurement, assistance, arms and dual-use licences)',
    appliesTo: 'the designated foreign person (per entry: from its start date, for the period stated)',
    from: null,
    fromNote: 'per designation: the entry remarks give the start and end dates of its measures',
    citation: 'Iran, North Korea, and Syria Nonproliferation Act (INKSNA); the Federal Register notice in each entry',
    quote:
      'Measures vary by authority and can include bans on US government procurement and assistance, denial of arms and dual-use export licenses, import bans, and the blocking of assets.',
    quotedFrom: `${OS}US-DOS-ISN.yml) summary`,
    kind: 'law',
  },
  {
    id: '353',
    list: 'us-dos-353',
    prohibits: 'unknown: the legal effect of a §353 listing was not verified here (not a trade or procurement measure)',
    appliesTo: 'the listed person',
    from: null,
    fromNote: 'not verified',
    citation: 'United States–Northern Triangle Enhanced Engagement Act §353(b)',
    quote: 'Section 353: the designation authority expired in December 2023, so no further report is expected.',
    quotedFrom: 'us_special_leg.yml manual_check message (fixture)',
    kind: 'indicator',
  },
  {
    id: 'aspi',
    list: 'aspi-china-defence-universities',
    prohibits: 'nothing: a non-government research-security indicator',
    appliesTo: 'research-security review of collaborations',
    from: null,
    fromNote: 'no legal effect',
    citation: 'ASPI ICPC China Defence Universities Tracker (https://unitracker.aspi.org.au/), November 2019',
    quote: 'ASPI’s risk ratings (very high / high / medium / low) are not in the galaxy',
    quotedFrom: 'aspi-defence-universities SOURCE.md caveat (fixture)',
    kind: 'indicator',
  },
];

/** Every effect of a list; an empty array means we hold no cited effect for it (say so, do not guess). */
export const effectsOf = (list: string): LegalEffect[] => LEGAL_EFFECTS.filter((e) => e.list === list);

/** Whether an effect applies on a date: unknown start dates are reported as such, never as in force. */
export function inForce(e: LegalEffect, on: string): 'in_force' | 'not_yet' | 'unknown' {
  if (!e.from) return 'unknown';
  return e.from <= on ? 'in_force' : 'not_yet';
}

export const VENDOR_LISTS = [
  'us-ndaa-889',
  'us-fcc-covered',
  'us-dod-1260h',
  'us-ndaa-5949',
  'us-ndaa-154',
  'us-dos-inksna',
];
export const RESEARCH_LISTS = ['us-dod-1286', 'aspi-china-defence-universities'];
