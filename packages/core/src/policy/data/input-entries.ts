/**
 * Supply-chain inputs (ETO/CSET Chip Explorer input ids) → control-list entries, as cited data.
 * Each link quotes the entry's own text: US from 15 CFR 774 Supp. 1 (eCFR, ECCN 3B001 as amended by
 * 90 FR 1 ... the Jan. 2025 revision, shared/data/controls/us-ccl-ecfr); EU from Annex I to
 * Reg. (EU) 2021/821 as amended by Delegated Reg. (EU) 2024/2547 (Commission list of Sept. 2024,
 * shared/data/controls/eu-annex-i-oca). `coverage`: `full` when every item of the input meets the
 * entry's text; `partial` when only items above the entry's parameters do. `why` says which words
 * decide, and is our reading. An EU paragraph "Not used" is recorded as such: the lists differ there.
 */

export interface EntryLink {
  jurisdiction: 'US' | 'EU';
  entry: string;
  coverage: 'full' | 'partial' | 'none';
  quote: string;
  citation: string;
}

export interface InputEntries {
  input: string;
  inputName: string;
  links: EntryLink[];
  why: string;
}

const US = '15 CFR 774 Supp. 1, ECCN 3B001 (eCFR, Jan. 2025 revision)';
const EU = 'Reg. (EU) 2021/821 Annex I, 3B001 (as amended by Delegated Reg. (EU) 2024/2547)';
const F1 =
  'Align and expose step and repeat (direct step on wafer) or step and scan (scanner) equipment for wafer processing using photo-optical or X-ray methods and having any of the following:';

export const INPUT_ENTRIES: readonly InputEntries[] = [
  {
    input: 'N20',
    inputName: 'EUV lithography tools',
    why: 'EUV scanners expose at 13.5 nm, shorter than 193 nm: every one meets f.1.a in both lists.',
    links: [
      {
        jurisdiction: 'US',
        entry: '3B001.f.1.a',
        coverage: 'full',
        quote: `${F1} f.1.a. A light source wavelength shorter than 193 nm`,
        citation: US,
      },
      {
        jurisdiction: 'EU',
        entry: '3B001.f.1.a',
        coverage: 'full',
        quote: 'A light source wavelength shorter than 193 nm; or',
        citation: EU,
      },
    ],
  },
  {
    input: 'N22',
    inputName: 'ArF immersion (DUV) lithography tools',
    why: 'ArF light is 193 nm, so f.1.b decides: the US adds a dedicated-chuck-overlay limit the EU text does not have.',
    links: [
      {
        jurisdiction: 'US',
        entry: '3B001.f.1.b',
        coverage: 'partial',
        quote:
          'f.1.b. A light source wavelength equal to or longer than 193 nm and having all of the following: f.1.b.1. The capability to produce a pattern with a "Minimum Resolvable Feature size" (MRF) of 45 nm or less; and f.1.b.2. A maximum \'dedicated chuck overlay\' value of less than or equal to 1.50 nm',
        citation: US,
      },
      {
        jurisdiction: 'EU',
        entry: '3B001.f.1.b',
        coverage: 'partial',
        quote: 'Capable of producing a pattern with a ‘Minimum Resolvable Feature size’ (MRF) of 45 nm or less;',
        citation: EU,
      },
    ],
  },
  {
    input: 'N107',
    inputName: 'Imprint lithography',
    why: 'Only imprint tools reaching 45 nm features are listed, in both lists.',
    links: [
      {
        jurisdiction: 'US',
        entry: '3B001.f.2',
        coverage: 'partial',
        quote: 'f.2. Imprint lithography equipment capable of production features of 45 nm or less;',
        citation: US,
      },
      {
        jurisdiction: 'EU',
        entry: '3B001.f.2',
        coverage: 'partial',
        quote: 'Imprint lithography equipment capable of producing features of 45 nm or less;',
        citation: EU,
      },
    ],
  },
  {
    input: 'N17',
    inputName: 'Ion implanters',
    why: 'Only implanters meeting the beam energy / current or direct-write parameters of 3B001.b are listed.',
    links: [
      {
        jurisdiction: 'US',
        entry: '3B001.b',
        coverage: 'partial',
        quote:
          'b. Semiconductor wafer fabrication equipment designed for ion implantation and having any of the following:',
        citation: US,
      },
      {
        jurisdiction: 'EU',
        entry: '3B001.b',
        coverage: 'partial',
        quote: 'Equipment designed for ion implantation and having any of the following:',
        citation: EU,
      },
    ],
  },
  {
    input: 'N48',
    inputName: 'Dry etching and cleaning tools',
    why: 'The US lists dry-etch tools meeting 3B001.c.1; in the EU Annex I paragraph 3B001.c is "Not used": the lists differ.',
    links: [
      {
        jurisdiction: 'US',
        entry: '3B001.c.1',
        coverage: 'partial',
        quote: 'c. Etch equipment. c.1. Equipment designed for dry etching as follows:',
        citation: US,
      },
      { jurisdiction: 'EU', entry: '3B001.c', coverage: 'none', quote: 'Not used;', citation: EU },
    ],
  },
  {
    input: 'N41',
    inputName: 'Atomic layer deposition tools',
    why: 'The US lists deposition tools meeting 3B001.d; in the EU Annex I paragraph 3B001.d is "Not used": the lists differ.',
    links: [
      {
        jurisdiction: 'US',
        entry: '3B001.d',
        coverage: 'partial',
        quote: 'd. Semiconductor manufacturing deposition equipment, as follows:',
        citation: US,
      },
      { jurisdiction: 'EU', entry: '3B001.d', coverage: 'none', quote: 'Not used;', citation: EU },
    ],
  },
  {
    input: 'N29',
    inputName: 'Mask exposure systems - e-beam',
    why: 'Mask writers with a deflected focused electron beam meeting the spot size / overlay limits, in both lists.',
    links: [
      {
        jurisdiction: 'US',
        entry: '3B001.f.3',
        coverage: 'partial',
        quote:
          'f.3. Equipment "specially designed" for mask making having all of the following: f.3.a. A deflected focused electron beam, ion beam or "laser" beam; and',
        citation: US,
      },
      {
        jurisdiction: 'EU',
        entry: '3B001.f.3',
        coverage: 'partial',
        quote:
          'Equipment specially designed for mask making having all of the following: a. A deflected focussed electron beam, ion beam or "laser" beam; and',
        citation: EU,
      },
    ],
  },
];
