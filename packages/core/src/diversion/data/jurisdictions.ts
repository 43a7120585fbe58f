/**
 * Country lists the diversion rules refer to, each with the document it comes from and the
 * date it took effect. Alpha-2 codes. `verified: true` only with quoted evidence (a passage and
 * its URL or citation, common/evidence.ts; diversion/provenance.test.ts enforces it); `unverified`
 * says what is still to check; `ours` marks a grouping we made (a product heuristic, not law).
 */
import { EU_MEMBER_STATE_CODES } from '../../common/eu-member-states';
import type { Evidence, Provenanced } from '../../common/evidence';

export interface CountryList extends Provenanced {
  id: string;
  citation: string;
  effectiveFrom: string;
  countries: readonly string[];
  /** Members that joined after `effectiveFrom`: the day each became a member. */
  memberFrom?: Readonly<Record<string, string>>;
  /** What is not yet checked against the source. */
  unverified?: string;
  /** Set when the list is our own grouping, not an authority's: why we group these countries. */
  ours?: string;
}

/**
 * Transshipment points named in the BIS/DOJ/Treasury tri-seal compliance note of 2 Mar 2023
 * ("Cracking Down on Third-Party Intermediaries Used to Evade Russia-Related Sanctions and
 * Export Controls"): China (incl. Hong Kong and Macau), Armenia, Turkey, Uzbekistan.
 */
export const TRISEAL_TRANSSHIPMENT: CountryList = {
  id: 'triseal-2023-transshipment',
  citation: 'DOJ/Commerce/Treasury Tri-Seal Compliance Note, 2 Mar 2023',
  effectiveFrom: '2023-03-02',
  countries: ['CN', 'HK', 'MO', 'AM', 'TR', 'UZ'],
};

/**
 * The 18 common transshipment points of the FinCEN–BIS Joint Alert FIN-2022-Alert003 (28 Jun 2022).
 * Earlier data attributed this list to the Supplemental Alert FIN-2023-Alert004 (19 May 2023):
 * the quoted restatements of the June 2022 alert carry it; what list, if any, the May 2023 alert
 * repeats was not checked.
 */
const FIN_2022_ALERT003: Evidence[] = [
  {
    quote:
      'Pursuant to the report, BIS has identified certain common transshipment points through which restricted or controlled exports have been known to pass before reaching destinations in Russia or Belarus. These points include but are not limited to: Georgia, Armenia, Brazil, China, India, Israel, Kazakhstan, Kyrgyzstan, Mexico, Nicaragua, Serbia, Singapore, South Africa, Taiwan, Tajikistan, Turkey, United Arab Emirates, and Uzbekistan.',
    citation: 'FinCEN–BIS Joint Alert FIN-2022-Alert003, 28 Jun 2022 (as restated 12 Jul 2022)',
    url: 'https://bm.ge/en/article/georgia-in-the-list-of-countries-for-the-transit-of-sanctioned-goods-to-russia-and-belarus/112848/',
    from: 'secondary',
  },
  {
    quote:
      'FIN-2022-Alert003 June 28, 2022 FinCEN and the U.S. Department of Commerce’s Bureau of Industry and Security Urge Increased Vigilance for Potential Russian and Belarusian Export Control Evasion Attempts',
    citation: 'FIN-2022-Alert003',
    url: 'https://quickcen.sanctions.org/QuickCEN/research/fincen-alert-3-2022',
    from: 'secondary',
  },
];

export const FINCEN_BIS_TRANSSHIPMENT: CountryList = {
  id: 'fincen-bis-2022-transshipment',
  citation: 'FinCEN–BIS Joint Alert FIN-2022-Alert003, 28 Jun 2022',
  effectiveFrom: '2022-06-28',
  countries: [
    'AM',
    'BR',
    'CN',
    'GE',
    'IN',
    'IL',
    'KG',
    'MX',
    'NI',
    'RS',
    'SG',
    'ZA',
    'TW',
    'TJ',
    'TR',
    'AE',
    'UZ',
    'KZ',
  ],
  verified: true,
  evidence: FIN_2022_ALERT003,
};

/** High-risk jurisdictions for CHPL goods: UK OTSI guidance of 7 Jan 2025 (list as in RED-FLAGS.md #8). */
export const OTSI_HIGH_RISK: CountryList = {
  id: 'otsi-2025-high-risk',
  citation: 'UK OTSI, "Russia: high-risk jurisdictions for Common High Priority items", 7 Jan 2025',
  effectiveFrom: '2025-01-07',
  countries: ['AM', 'CN', 'HK', 'MO', 'IN', 'IL', 'KZ', 'KG', 'MY', 'MN', 'RS', 'TH', 'TR', 'AE', 'UZ', 'VN'],
  unverified: 'countries and date as summarised in RED-FLAGS.md #8, not checked against the OTSI publication',
};

/** Russia and Belarus: the destinations the export bans target (Reg. 833/2014, Reg. 765/2006; 15 CFR 746.8). */
export const RUSSIA_BELARUS: CountryList = {
  id: 'ru-by',
  citation: 'Reg. (EU) 833/2014 Art. 2, 2a; Reg. (EC) 765/2006 Art. 1e; 15 CFR 746.8',
  effectiveFrom: '2022-02-24',
  countries: ['RU', 'BY'],
};

const EU27 = EU_MEMBER_STATE_CODES;
export const EU_MEMBER_STATES: CountryList = {
  id: 'eu27',
  citation: 'TEU Art. 52',
  effectiveFrom: '2020-02-01',
  countries: EU27,
};

/**
 * Partner countries of Annex VIII to Reg. 833/2014: exports to them need no Art. 12g clause.
 */
export const ANNEX_VIII_PARTNERS: CountryList = {
  id: 'reg833-annex-viii',
  citation: 'Reg. (EU) 833/2014 Annex VIII (as referenced by Art. 12g(1))',
  effectiveFrom: '2023-12-19',
  countries: ['US', 'JP', 'GB', 'KR', 'AU', 'CA', 'NZ', 'NO', 'CH'],
  unverified:
    'members and the start date (Art. 12g inserted by Reg. (EU) 2023/2878) not checked against the Official Journal',
};

/**
 * Global Export Control Coalition partners, the countries excluded from the Russia/Belarus
 * foreign-direct-product rules (15 CFR part 746 Supp. 3): EU27 plus those below.
 * A company newly incorporated there is not the pattern the E5 guidance describes.
 */
export const GECC_PARTNERS: CountryList = {
  id: 'ear-746-supp3',
  citation: '15 CFR part 746 Supplement No. 3 (countries excluded from certain Russia/Belarus measures)',
  effectiveFrom: '2022-02-24',
  countries: [...EU27, 'AU', 'CA', 'IS', 'JP', 'LI', 'NZ', 'NO', 'KR', 'CH', 'TW', 'GB', 'US'],
  unverified:
    'the supplement grew during 2022 (e.g. Korea, Taiwan added later): its current members are applied from 24 Feb 2022',
};

/** The country is on the list; with a date, only from the day the list (and the country's membership) took effect. */
export const inList = (list: CountryList, country: string | undefined, date?: string): boolean => {
  if (!country || !list.countries.includes(country.toUpperCase())) return false;
  if (!date) return true;
  return date >= (list.memberFrom?.[country.toUpperCase()] ?? list.effectiveFrom);
};

/**
 * Country calling codes (ITU-T E.164 assignments) for the countries the rules care about;
 * a phone whose code is not here is not judged. +7 is shared by Russia and Kazakhstan.
 */
export const CALLING_CODES: Record<string, readonly string[]> = {
  '7': ['RU', 'KZ'],
  '374': ['AM'],
  '375': ['BY'],
  '995': ['GE'],
  '996': ['KG'],
  '998': ['UZ'],
  '992': ['TJ'],
  '993': ['TM'],
  '994': ['AZ'],
  '971': ['AE'],
  '90': ['TR'],
  '86': ['CN'],
  '852': ['HK'],
  '853': ['MO'],
  '91': ['IN'],
  '972': ['IL'],
  '60': ['MY'],
  '65': ['SG'],
  '66': ['TH'],
  '84': ['VN'],
  '976': ['MN'],
  '381': ['RS'],
  '49': ['DE'],
  '33': ['FR'],
  '39': ['IT'],
  '31': ['NL'],
  '44': ['GB'],
  '1': ['US', 'CA'],
  '81': ['JP'],
  '82': ['KR'],
  '41': ['CH'],
  '43': ['AT'],
  '48': ['PL'],
  '46': ['SE'],
  '34': ['ES'],
  '32': ['BE'],
  '358': ['FI'],
  '420': ['CZ'],
};

/**
 * Eurasian Economic Union members other than Russia: a customs union with Russia, so goods
 * cleared there move on without a border check (Treaty on the EAEU, 29 May 2014, Art. 25).
 * In force 1 Jan 2015 for Belarus and Kazakhstan; Armenia from 2 Jan 2015, Kyrgyzstan from 6 Aug 2015.
 */
export const EAEU_PARTNERS: CountryList = {
  id: 'eaeu',
  citation: 'Treaty on the Eurasian Economic Union (Astana, 29 May 2014), Art. 25',
  effectiveFrom: '2015-01-01',
  countries: ['AM', 'BY', 'KZ', 'KG'],
  memberFrom: { AM: '2015-01-02', KG: '2015-08-06' },
  verified: true,
  evidence: [
    {
      quote:
        'the Treaty on the EAEU – was signed by the leaders of Belarus, Kazakhstan, and Russia on this day in 2014 and came into force on 1 January 2015. Treaties aiming for Armenia’s and Kyrgyzstan’s accession to the EAEU were signed on 9 October and 23 December 2014, respectively. Armenia’s accession came into effect on 2 January 2015. Kyrgyzstan’s accession came into effect on 6 August 2015.',
      citation: 'Treaty on the Eurasian Economic Union (29 May 2014); accession treaties of Armenia and Kyrgyzstan',
      url: 'https://thailand.mid.ru/en/press-centre/news/about_eurasian_economic_union',
      from: 'official',
    },
  ],
};

/**
 * Russia's land neighbours in the South Caucasus and Central Asia not in the lists above (RED-FLAGS.md, "Central
 * Asia").
 */
export const CAUCASUS_CENTRAL_ASIA: CountryList = {
  id: 'caucasus-central-asia',
  citation: 'RED-FLAGS.md "Evidence and figures" (WSJ/Brookings on AM, GE, KZ, KG, UZ re-exports)',
  effectiveFrom: '2022-02-24',
  ours: "product heuristic, not law: our grouping of Russia's southern neighbours after the invasion of 24 Feb 2022, from press and think-tank reporting of re-exports",
  countries: ['GE', 'AZ', 'UZ', 'TJ', 'TM', 'MN'],
};
