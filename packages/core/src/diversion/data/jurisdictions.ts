/**
 * Country lists the diversion rules refer to, each with the document it comes from and the
 * date it took effect. Alpha-2 codes. An entry marked `verify` was taken from a secondary
 * summary (RED-FLAGS.md) and has not been checked against the official PDF in this repository.
 */

export interface CountryList {
  id: string;
  citation: string;
  effectiveFrom: string;
  countries: readonly string[];
  verify?: boolean;
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
 * Common transshipment points listed in FinCEN–BIS Supplemental Alert FIN-2023-Alert004
 * (19 May 2023). RED-FLAGS.md attributes an 18-country list to it: not yet checked here.
 */
export const FINCEN_BIS_TRANSSHIPMENT: CountryList = {
  id: 'fincen-bis-2023-transshipment',
  citation: 'FinCEN–BIS Supplemental Alert FIN-2023-Alert004, 19 May 2023',
  effectiveFrom: '2023-05-19',
  countries: ['AM', 'BR', 'CN', 'GE', 'IN', 'IL', 'KG', 'MX', 'NI', 'RS', 'SG', 'ZA', 'TW', 'TJ', 'TR', 'AE', 'UZ', 'KZ'],
  verify: true,
};

/** High-risk jurisdictions for CHPL goods: UK OTSI guidance of 7 Jan 2025 (list as in RED-FLAGS.md #8). */
export const OTSI_HIGH_RISK: CountryList = {
  id: 'otsi-2025-high-risk',
  citation: 'UK OTSI, "Russia: high-risk jurisdictions for Common High Priority items", 7 Jan 2025',
  effectiveFrom: '2025-01-07',
  countries: ['AM', 'CN', 'HK', 'MO', 'IN', 'IL', 'KZ', 'KG', 'MY', 'MN', 'RS', 'TH', 'TR', 'AE', 'UZ', 'VN'],
};

/** Russia and Belarus: the destinations the export bans target (Reg. 833/2014, Reg. 765/2006; 15 CFR 746.8). */
export const RUSSIA_BELARUS: CountryList = {
  id: 'ru-by',
  citation: 'Reg. (EU) 833/2014 Art. 2, 2a; Reg. (EC) 765/2006 Art. 1e; 15 CFR 746.8',
  effectiveFrom: '2022-02-24',
  countries: ['RU', 'BY'],
};

const EU27 = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'] as const;
export const EU_MEMBER_STATES: CountryList = { id: 'eu27', citation: 'TEU Art. 52', effectiveFrom: '2020-02-01', countries: EU27 };

/**
 * Partner countries of Annex VIII to Reg. 833/2014: exports to them need no Art. 12g clause.
 */
export const ANNEX_VIII_PARTNERS: CountryList = {
  id: 'reg833-annex-viii',
  citation: 'Reg. (EU) 833/2014 Annex VIII (as referenced by Art. 12g(1))',
  effectiveFrom: '2023-12-19',
  countries: ['US', 'JP', 'GB', 'KR', 'AU', 'CA', 'NZ', 'NO', 'CH'],
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
};

export const inList = (list: CountryList, country: string | undefined): boolean => !!country && list.countries.includes(country.toUpperCase());

/**
 * Country calling codes (ITU-T E.164 assignments) for the countries the rules care about;
 * a phone whose code is not here is not judged. +7 is shared by Russia and Kazakhstan.
 */
export const CALLING_CODES: Record<string, readonly string[]> = {
  '7': ['RU', 'KZ'], '374': ['AM'], '375': ['BY'], '995': ['GE'], '996': ['KG'], '998': ['UZ'], '992': ['TJ'], '993': ['TM'], '994': ['AZ'],
  '971': ['AE'], '90': ['TR'], '86': ['CN'], '852': ['HK'], '853': ['MO'], '91': ['IN'], '972': ['IL'], '60': ['MY'], '65': ['SG'], '66': ['TH'],
  '84': ['VN'], '976': ['MN'], '381': ['RS'], '49': ['DE'], '33': ['FR'], '39': ['IT'], '31': ['NL'], '44': ['GB'], '1': ['US', 'CA'], '81': ['JP'],
  '82': ['KR'], '41': ['CH'], '43': ['AT'], '48': ['PL'], '46': ['SE'], '34': ['ES'], '32': ['BE'], '358': ['FI'], '420': ['CZ'],
};

/**
 * Eurasian Economic Union members other than Russia: a customs union with Russia, so goods
 * cleared there move on without a border check (Treaty on the EAEU, 29 May 2014, Art. 25).
 */
export const EAEU_PARTNERS: CountryList = {
  id: 'eaeu',
  citation: 'Treaty on the Eurasian Economic Union (Astana, 29 May 2014), Art. 25',
  effectiveFrom: '2015-01-01',
  countries: ['AM', 'BY', 'KZ', 'KG'],
};

/** Russia's land neighbours in the South Caucasus and Central Asia not in the lists above (RED-FLAGS.md, "Central Asia"). */
export const CAUCASUS_CENTRAL_ASIA: CountryList = {
  id: 'caucasus-central-asia',
  citation: 'RED-FLAGS.md "Evidence and figures" (WSJ/Brookings on AM, GE, KZ, KG, UZ re-exports)',
  effectiveFrom: '2022-02-24',
  countries: ['GE', 'AZ', 'UZ', 'TJ', 'TM', 'MN'],
};
