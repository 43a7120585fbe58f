/**
 * EU Russia / Belarus measures beyond the dual-use ban of Reg. 833/2014 Art. 2 (rules-eu.ts):
 * Art. 2a (Annex VII advanced technology), Art. 3k (Annex XXIII industrial goods), Art. 2b
 * (Annex IV military end users), Art. 12 (circumvention), Art. 12g ("no re-export to Russia"
 * clause: an obligation on the contract, not a prohibition), and Reg. 765/2006 Art. 1f (Belarus,
 * Annex Va). "Directly or indirectly" / "for use in Russia" is read as: the destination, a Russian
 * end user or consignee, or the exporter knowing of a diversion to Russia (Commission consolidated
 * FAQs on Reg. 833/2014, "circumvention" and "due diligence" sections).
 *
 * The annexes are long CN-code lists not transcribed here: an item is on them when the transaction
 * says so (`items[].sanctions_lists`), or — for Annex XL — by the HS-6 codes of the Common High
 * Priority List (BIS CHPL of 23 Feb 2024, /work/shared/data/controls/bis-chpl; Annex XL's CN list is longer).
 */
import type { LicensingRule, RuleCondition } from '../model';

/** The 50 HS-6 codes of the Common High Priority List (tiers 1-4.B), the core of Annex XL. */
export const CHPL_HS6 = [
  '854231',
  '854232',
  '854233',
  '854239',
  '851762',
  '852691',
  '853221',
  '853224',
  '854800',
  '847150',
  '850440',
  '851769',
  '852589',
  '852910',
  '852990',
  '853669',
  '853690',
  '854110',
  '854121',
  '854129',
  '854130',
  '854149',
  '854151',
  '854159',
  '854160',
  '848210',
  '848220',
  '848230',
  '848250',
  '880730',
  '901310',
  '901380',
  '901420',
  '901480',
  '847180',
  '848610',
  '848620',
  '848640',
  '853400',
  '854320',
  '902750',
  '903020',
  '903032',
  '903039',
  '903082',
  '845710',
  '845811',
  '845891',
  '845961',
  '846693',
];
/** Reg. 833/2014 Annex VIII partner countries, to which Art. 12g does not apply (Commission FAQ on Art. 12g). */
export const EU_833_PARTNERS = ['US', 'JP', 'GB', 'KR', 'AU', 'CA', 'NZ', 'NO', 'CH'];

const FOR_RUSSIA: RuleCondition = {
  any: [
    { destinationIn: ['RU'] },
    { partyCountryIn: ['RU'], roles: ['end_user', 'consignee'] },
    { knows: ['diversion_to_russia'] },
  ],
};
const FOR_BELARUS: RuleCondition = {
  any: [
    { destinationIn: ['BY'] },
    { partyCountryIn: ['BY'], roles: ['end_user', 'consignee'] },
    { knows: ['diversion_to_belarus'] },
  ],
};
const CHPL: RuleCondition = { hsPrefixIn: CHPL_HS6, requireHs: true };
const R833 = (act: string) => `Reg. (EU) 833/2014 as amended by ${act}`;
const PROHIBITED = (reason: string) => ({
  decision: 'PROHIBITED' as const,
  policy: 'denial' as const,
  blocksExceptions: true,
  reasons: [reason],
});

export const EU_RUSSIA_RULES: LicensingRule[] = [
  {
    id: 'EU-833/2014-Art.2a',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Russia: Annex VII goods and technology (advanced technology) to Russia or for use in Russia are prohibited',
    citation: 'Reg. (EU) 833/2014 Art. 2a(1), Annex VII',
    source: R833('Reg. (EU) 2022/328 (OJ L 49, 25.2.2022), in force 26 Feb 2022'),
    effectiveFrom: '2022-02-26',
    when: { all: [{ sanctionsListIn: ['eu-833-annex-vii'] }, FOR_RUSSIA] },
    effect: PROHIBITED('833/2014'),
    unverified: 'derogations of Art. 2a(3)-(4) are not modelled',
  },
  {
    id: 'EU-833/2014-Art.3k',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Russia: Annex XXIII goods (industrial capacity) to Russia or for use in Russia are prohibited',
    citation: 'Reg. (EU) 833/2014 Art. 3k(1), Annex XXIII',
    source: R833('Reg. (EU) 2022/576 (OJ L 111, 8.4.2022)'),
    effectiveFrom: '2022-04-09',
    when: { all: [{ sanctionsListIn: ['eu-833-annex-xxiii'] }, FOR_RUSSIA] },
    effect: PROHIBITED('833/2014'),
    unverified: 'entry-into-force date (day after publication) and the wind-down of Art. 3k(3) not checked',
  },
  {
    id: 'EU-833/2014-AnnexXL-RU',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Russia: a Common High Priority item (Annex XL) to Russia or for use in Russia is prohibited (its goods are in Annex VII or XXIII)',
    citation: 'Reg. (EU) 833/2014 Arts. 2a and 3k; Annex XL',
    source: R833('Reg. (EU) 2023/2878 (OJ L, 18.12.2023), which added Annex XL'),
    effectiveFrom: '2023-12-19',
    when: { all: [{ any: [{ sanctionsListIn: ['eu-833-annex-xl'] }, CHPL] }, FOR_RUSSIA] },
    effect: PROHIBITED('833/2014'),
    unverified: 'that every CHPL HS-6 code falls under Annex VII or XXIII was not checked code by code',
  },
  {
    id: 'EU-833/2014-Art.2b-AnnexIV',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Dual-use or Annex VII items to a military end user listed in Annex IV (in Russia or a third country): prohibited, no derogation',
    citation: 'Reg. (EU) 833/2014 Art. 2b(1), Annex IV',
    source: R833('Reg. (EU) 2022/328, in force 26 Feb 2022'),
    effectiveFrom: '2022-02-26',
    when: {
      all: [
        { any: [{ listed: true }, { sanctionsListIn: ['eu-833-annex-vii'] }] },
        { partyOnList: ['eu-833-annex-iv'] },
      ],
    },
    effect: PROHIBITED('833/2014'),
    unverified:
      'third-country entities added to Annex IV from 2023; the screening list id eu-833-annex-iv must be loaded for this rule to see hits',
  },
  {
    id: 'EU-833/2014-Art.12',
    jurisdiction: 'EU',
    stage: 'requirement',
    title: 'Circumvention: knowingly taking part in a re-export to Russia through a third country is prohibited',
    citation: 'Reg. (EU) 833/2014 Art. 12',
    source: 'Reg. (EU) 833/2014 (OJ L 229, 31.7.2014)',
    effectiveFrom: '2014-08-01',
    when: {
      all: [
        { knows: ['diversion_to_russia'] },
        { not: { destinationIn: ['RU'] } },
        {
          any: [
            { listed: true },
            { sanctionsListIn: ['eu-833-annex-vii', 'eu-833-annex-xxiii', 'eu-833-annex-xl'] },
            CHPL,
          ],
        },
      ],
    },
    effect: PROHIBITED('833/2014'),
  },
  {
    id: 'EU-833/2014-Art.12g',
    jurisdiction: 'EU',
    stage: 'obligation',
    title: '"No re-export to Russia" clause required in the contract',
    citation: 'Reg. (EU) 833/2014 Art. 12g(1)-(3); Commission FAQ on Art. 12g (22 Feb 2024)',
    source: R833('Reg. (EU) 2023/2878 (12th package), applicable from 20 Mar 2024'),
    effectiveFrom: '2024-03-20',
    when: {
      all: [
        {
          any: [
            {
              sanctionsListIn: [
                'eu-833-annex-xi',
                'eu-833-annex-xx',
                'eu-833-annex-xxxv',
                'eu-833-annex-xl',
                'eu-258-2012-annex-i',
              ],
            },
            CHPL,
          ],
        },
        { not: { destinationIn: ['EU', 'RU', 'BY', ...EU_833_PARTNERS] } },
      ],
    },
    metWhen: { contractClause: 'no_re_export_to_russia' },
    effect: {
      obligation:
        'the sale contract must contractually prohibit re-export to Russia and for use in Russia, with adequate remedies (Art. 12g(1), (3)); breaches must be reported to the competent authority (Art. 12g(4))',
    },
    unverified:
      'partner countries (Annex VIII) from secondary summaries of Art. 12g (e.g. Lindahl, 2024); contracts concluded before 19 Dec 2023 could be performed without the clause until 20 Dec 2024: the contract date is not an input',
  },
  {
    id: 'EU-765/2006-Art.1f',
    jurisdiction: 'EU',
    stage: 'requirement',
    title:
      'Belarus: Annex Va goods and technology (advanced technology) to Belarus or for use in Belarus are prohibited',
    citation: 'Reg. (EC) 765/2006 Art. 1f(1), Annex Va (consolidated text CELEX 02006R0765-20250327)',
    source: 'Reg. (EU) 2022/355 (OJ L 67, 2.3.2022), in force on publication',
    effectiveFrom: '2022-03-02',
    when: { all: [{ sanctionsListIn: ['eu-765-annex-va'] }, FOR_BELARUS] },
    effect: PROHIBITED('765/2006'),
    unverified:
      'derogations of Art. 1f(3)-(4) and the transit ban of Art. 1f(1a) (Reg. (EU) 2024/1865) are not modelled',
  },
];
