/**
 * Annex IV of Reg. (EU) 2021/821: items whose transfer WITHIN the Union needs an authorisation
 * (Art. 11(1)). Part I: items for which Member States may issue national general authorisations
 * for intra-Union transfers; Part II: items for which they may not. Annex IV was not replaced by
 * the annual Annex I updates (REGULATORY-FACTS.md), so its text applies from the Regulation's
 * entry into force, 9 Sep 2021.
 *
 * Codes below are Annex I entries (often only some paragraphs of them). The MTCR-technology
 * items were read in Annex IV of the predecessor Reg. (EC) 1334/2000 (legislation.gov.uk); none
 * was checked against the 2021/821 text, so every item is `verified: false` with what to check.
 */
import type { CuratedItem } from './curated';

const ANNEX_IV = 'Reg. (EU) 2021/821 Art. 11(1) and Annex IV (OJ L 206, 11.6.2021)';
const SOURCE =
  'recollection of Annex IV of Reg. 428/2009 / 2021/821 (Part I: stealth technology, EU strategic control incl. cryptanalysis, MTCR technology; Part II: NSG items), not seen in a source searched here; Art. 11 / Annex IV relation per the BifrostIndex guide to Reg. 2021/821';
const check = (what: string) =>
  `Check in Annex IV of Reg. (EU) 2021/821 (EUR-Lex CELEX 32021R0821, Annex IV) that ${what} is listed, in which Part, and which paragraphs.`;

const item = (code: string, part: 'I' | 'II', heading: string, summary: string): CuratedItem => ({
  code,
  heading: `${heading} (Annex IV Part ${part})`,
  summary: `${summary} Intra-Union transfer needs an authorisation (Art. 11(1)); Part ${part}${part === 'I' ? ': national general authorisations possible' : ': no national general authorisation'}.`,
  citation: `${ANNEX_IV}, Part ${part}`,
  effectiveFrom: '2021-09-09',
  verified: false,
  verify: check(code),
  source: SOURCE,
  usCounterparts: [code],
});

const MTCR_SRC =
  'https://legislation.gov.uk/eur/2000/1334/annex/IV/part/I/division/4/2007-11-21 (Annex IV Part I "Items of the MTCR technology" of the predecessor Reg. (EC) 1334/2000, text as at 21 Nov 2007)';
const mtcr = (code: string, heading: string, summary: string, paragraphs?: CuratedItem['paragraphs']): CuratedItem => ({
  ...item(code, 'I', `${heading} (MTCR technology)`, summary),
  source: MTCR_SRC,
  verify: `Listed in Annex IV Part I (Items of the MTCR technology) of the predecessor Reg. (EC) 1334/2000 (official text seen on legislation.gov.uk); check that Annex IV of Reg. (EU) 2021/821 still lists ${code} with the same scope.`,
  ...(paragraphs ? { paragraphs } : {}),
});

export const EU_ANNEX_IV: readonly CuratedItem[] = [
  item(
    '0C001',
    'II',
    'Natural or depleted uranium and thorium (NSG items)',
    'Natural uranium, depleted uranium or thorium in the form of metal, alloy, chemical compound or concentrate (NSG Trigger List).',
  ),
  item('0C002', 'II', 'Special fissile materials (NSG items)', 'Special fissile materials.'),
  item(
    '1C001',
    'I',
    'Materials for reduced observables (stealth technology)',
    'Materials specially designed for absorbing electromagnetic radiation, and intrinsically conductive polymers.',
  ),
  item(
    '1C101',
    'I',
    'Materials for reduced observables in missiles (stealth technology)',
    'Materials and devices for reduced observables usable in missiles and their subsystems.',
  ),
  item(
    '1D103',
    'I',
    'Software for analysis of reduced observables',
    'Software specially designed for analysis of reduced observables such as radar reflectivity and UV/IR and acoustic signatures.',
  ),
  item(
    '5A004',
    'I',
    'Cryptanalytic items (EU strategic control)',
    'Systems, equipment and components for defeating, weakening or bypassing information security (cryptanalytic functions).',
  ),
  item(
    '6B008',
    'I',
    'Pulse radar cross-section measurement systems',
    'Pulse radar cross-section measurement systems (stealth technology).',
  ),
  mtcr(
    '7A117',
    'Guidance sets usable in missiles',
    'Guidance sets usable in missiles achieving a system accuracy of 3.33 % of the range or less (e.g. CEP ≤ 10 km at 300 km), except those for missiles with a range under 300 km or manned aircraft.',
  ),
  mtcr(
    '7B001',
    'Test, calibration or alignment equipment for 7A117',
    'Only test, calibration or alignment equipment specially designed for the guidance sets of 7A117 (not Maintenance Level I/II equipment).',
  ),
  mtcr(
    '7B003',
    'Production equipment for 7A117',
    'Only equipment specially designed for the production of the guidance sets of 7A117.',
  ),
  mtcr(
    '7B103',
    'Production facilities for 7A117',
    'Production facilities specially designed for the guidance sets of 7A117.',
  ),
  mtcr(
    '7D101',
    'Software for 7B003/7B103',
    'Software specially designed for the use of equipment of 7B003 or 7B103 (as limited above).',
  ),
  mtcr(
    '7E001',
    'Development technology for 7A117 items',
    'Technology (General Technology Note) for the development of the equipment or software of 7A117, 7B003, 7B103 or 7D101.',
  ),
  mtcr(
    '7E002',
    'Production technology for 7A117 items',
    'Technology (General Technology Note) for the production of the equipment of 7A117, 7B003 and 7B103.',
  ),
  mtcr(
    '7E101',
    'Use technology for 7A117 items',
    'Technology (General Technology Note) for the use of the equipment of 7A117, 7B003, 7B103 and 7D101.',
  ),
  mtcr(
    '9A004',
    'Space launch vehicles',
    'Space launch vehicles capable of delivering at least a 500 kg payload to a range of at least 300 km (payloads not controlled).',
  ),
  mtcr(
    '9A005',
    'Liquid rocket propulsion systems for 9A004/9A104',
    'Liquid rocket propulsion systems containing systems or components of 9A006, usable for the space launch vehicles of 9A004 or sounding rockets of 9A104.',
  ),
  mtcr(
    '9A007',
    'Solid rocket propulsion systems for 9A004/9A104 (paragraph a only)',
    'Only 9A007.a: solid rocket propulsion systems usable for the space launch vehicles of 9A004 or sounding rockets of 9A104, with the characteristics listed there.',
    [
      {
        label: 'a',
        text: 'Solid rocket propulsion systems usable for space launch vehicles of 9A004 or sounding rockets of 9A104, with any of the characteristics of 9A007.a of Annex I.',
      },
    ],
  ),
];
