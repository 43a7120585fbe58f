/**
 * The legal texts investment screening rests on, each with the passage it quotes and where from.
 * `verified: true` only where the passage was read in the official text (or an unofficial eCFR
 * rendering of it) during this work; otherwise `unverified` says what was not checked and the
 * evidence is a secondary restatement (`from: 'secondary'`).
 */
import type { Evidence } from '../../common/evidence';

export interface LegalText {
  id: string;
  citation: string;
  verified: boolean;
  evidence: readonly Evidence[];
  unverified?: string;
}

export const LAW = {
  cfiusMandatory: {
    id: 'cfius-800.401(c)',
    citation: '31 CFR 800.401(c) (as amended by 85 FR 57124, effective 15 Oct 2020)',
    verified: false,
    unverified:
      'The text of 800.401(c) itself was not read in this work; the test is taken from the final rule summary and a secondary restatement of it.',
    evidence: [
      {
        quote:
          'the rule modifies the mandatory declaration provision for certain foreign investment transactions involving a U.S. business that produces, designs, tests, manufactures, fabricates, or develops one or more critical technologies.',
        citation: 'FR Doc. 2020-18454 (final rule, effective 15 Oct 2020), summary',
        url: 'http://federal.elaws.us/fr/citation/2020-18454',
        from: 'official',
      },
      {
        quote:
          'a declaration would be mandatory if a “U.S. regulatory authorization” would be required to export or reexport the critical technology to the foreign investor and certain foreign persons in its ownership chain.',
        url: 'https://www.globaltradeandsanctionslaw.com/cfius-mandatory-declaration-export-control-criteria/',
        from: 'secondary',
      },
    ],
  },
  cfiusVotingInterest: {
    id: 'cfius-800.256',
    citation: '31 CFR 800.256',
    verified: true,
    evidence: [
      {
        quote:
          'The term voting interest for purposes of critical technology mandatory declarations means, for the purposes of § 800.401(c)(1)(v), a voting interest, direct or indirect, of 25 percent or more',
        citation: '31 CFR 800.256(a)',
        url: 'https://lexbuild.dev/ecfr/title-31/chapter-VIII/part-800/section-800.256',
        from: 'official',
      },
      {
        quote:
          'For purposes of determining the percentage of voting interest for purposes of critical technology mandatory declarations held indirectly by one person in another, any interest of a parent will be deemed to be a 100 percent interest in any entity of which it i',
        citation: '31 CFR 800.256(c) (passage as far as it was read)',
        url: 'https://lexbuild.dev/ecfr/title-31/chapter-VIII/part-800/section-800.256',
        from: 'official',
      },
    ],
  },
  cfiusCriticalTech: {
    id: 'cfius-800.215',
    citation: '31 CFR 800.215(c), (f)',
    verified: false,
    unverified: 'The definition was not read in the CFR text in this work; a secondary restatement is quoted.',
    evidence: [
      {
        quote:
          'an export-controlled commercial or dual-use item controlled under the Export Administration Regulations for reasons of regional stability or surreptitious listening as well as under multilateral regimes (including for reasons of national security; nonproliferation of nuclear, chemical, or biological weapons; or missile technology)',
        url: 'https://www.strtrade.com/news-publications-critical-technology-foreign-investment-declaration-CFIUS-052820.html',
        from: 'secondary',
      },
    ],
  },
  cfiusNotCovered: {
    id: 'cfius-800.304(a)',
    citation: '31 CFR 800.304(a) and Example 1 at (f)(1)',
    verified: true,
    evidence: [
      {
        quote:
          'An investment by a foreign person in an unaffiliated TID U.S. business that does not afford the foreign person any of the access, rights, or involvement specified in § 800.211(b).',
        citation: '31 CFR 800.304(a)',
        from: 'official',
      },
      {
        quote:
          'In an open market purchase solely for the purpose of passive investment, Corporation A, a foreign person that is not an excepted investor, acquires seven percent of the voting securities of Corporation X, an unaffiliated TID U.S. business. Assuming no other relevant facts, the acquisition of the securities is not a covered investment.',
        citation: '31 CFR 800.304(f)(1)',
        from: 'official',
      },
    ],
  },
  cfiusMnpti: {
    id: 'cfius-800.232',
    citation: '31 CFR 800.232(a)(2)',
    verified: true,
    evidence: [
      {
        quote:
          'Is not available in the public domain and is necessary to design, fabricate, develop, test, produce, or manufacture a critical technology, including processes, techniques, or methods.',
        citation: '31 CFR 800.232(a)(2)',
        from: 'official',
      },
    ],
  },
  euFdiFactors: {
    id: 'eu-2019/452-art4(1)(b)',
    citation: 'Reg. (EU) 2019/452 Art. 4(1)(b); dual-use items as defined in Reg. (EU) 2021/821 Art. 2(1)',
    verified: false,
    unverified:
      'The wording of Art. 4(1)(b) is taken from a secondary summary; it was not re-read in the Official Journal in this work.',
    evidence: [
      {
        quote:
          'To guide Member States and the Commission in the application of the Regulation, the new regulation provides a list of factors, that could be taken into consideration when determining whether a foreign direct investment is likely to affect security and public order.',
        url: 'https://www.fabregat-perulles-sales.com/new-regulation-eu-2019452-a-common-approach-to-establish-a-framework-for-the-screening-of-foreign-direct-investments-into-the-european-union/',
        from: 'secondary',
      },
      {
        quote:
          'It responded to growing concerns about certain foreign investors seeking to acquire control of EU firms that provide critical technologies, infrastructure or inputs, or hold sensitive information',
        citation: 'COM(2024) 23 final, explanatory memorandum 1.1',
        url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?qid=1712049852393&uri=CELEX%3A52024PC0023',
        from: 'official',
      },
    ],
  },
  ukNsiThresholds: {
    id: 'uk-nsi-s8',
    citation: 'National Security and Investment Act 2021 s. 8 (trigger events), s. 14 (notifiable acquisitions)',
    verified: false,
    unverified: 'Section 8 was not read in legislation.gov.uk in this work; secondary summaries are quoted.',
    evidence: [
      {
        quote:
          'leaving the thresholds as only those transactions exceeding 25%, 50% or 75% of the votes or shares in the qualifying entity',
        url: 'https://briefings.brownrudnick.com/post/102jgdk/nsi-act-and-lessons-learned-from-cfius',
        from: 'secondary',
      },
      {
        quote:
          'acquires voting rights that enable or prevent the passage of any class of resolution governing the affairs of a qualifying entity in one of the sectors.',
        url: 'https://gateleyplc.com/insight/guides/a-guide-to-the-national-security-and-investment-act-2021/',
        from: 'secondary',
      },
    ],
  },
  ukNsiSectors: {
    id: 'uk-nsi-sch12',
    citation:
      'NSI Act 2021 (Notifiable Acquisition) (Specification of Qualifying Entities) Regulations 2021 (SI 2021/1264), Sch. 12 (Military and Dual-Use)',
    verified: false,
    unverified:
      'Schedule 12 was not read in this work: that it is defined by the UK export control lists is our reading of the brief; activities beyond holding listed items are not evaluated.',
    evidence: [
      {
        quote:
          'Certain acquisitions in the following sensitive areas of the economy may require the Government’s approval',
        url: 'https://teeslaw.com/2025/05',
        from: 'secondary',
      },
    ],
  },
} as const satisfies Record<string, LegalText>;
