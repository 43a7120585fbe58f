/**
 * Country Groups of 15 CFR part 740, Supplement No. 1, as reviewed data (ISO alpha-2).
 *
 * Transcribed from the supplement as amended through 2025 from the reviewer's reading of the
 * eCFR; the stored bis.gov rendering could not be fetched in this session, so memberships marked
 * `unverified` below must be checked row by row against the official table before relying on
 * them. Group B, A:1, D:2 and D:3 are partial (see `note`). "EU" is not an EAR group: it is the
 * 27 member states, used by the EU rules (Reg. (EU) 2021/821 Art. 2(2) "customs territory").
 *
 * Hong Kong is treated as China: since 85 FR 83765 (23 Dec 2020) the EAR no longer treat it as a
 * separate destination, so `destinationGroups` maps HK to CN's groups.
 */
export interface CountryGroup {
  id: string;
  title: string;
  citation: string;
  effectiveFrom: string;
  members: readonly string[];
  note?: string;
}

const EU27 = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
/** Memberships are applied from this date on; their earlier histories are not modelled yet. */
const BASELINE = '2015-01-01';
const SUPP1 = '15 CFR part 740, Supplement No. 1';

export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  {
    id: 'A:1', title: 'Wassenaar participating states', citation: `${SUPP1}, Country Group A:1`, effectiveFrom: BASELINE,
    // Wassenaar participants minus Russia (removed by 87 FR 12226, 3 Mar 2022) and Ukraine (never in A:1).
    members: ['AR', 'AU', 'AT', 'BE', 'BG', 'CA', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IN', 'IE', 'IT', 'JP', 'LV', 'LT', 'LU', 'MT', 'MX', 'NL', 'NZ', 'NO', 'PL', 'PT', 'RO', 'SK', 'SI', 'ZA', 'KR', 'ES', 'SE', 'CH', 'TR', 'GB'],
    note: 'unverified: IN, MX, ZA membership of A:1 (as opposed to A:5/A:6 only)',
  },
  {
    id: 'A:5', title: 'License Exception STA, 740.20(c)(1) destinations', citation: `${SUPP1}, Country Group A:5`, effectiveFrom: BASELINE,
    // India added by 83 FR 38018 (3 Aug 2018).
    members: ['AR', 'AU', 'AT', 'BE', 'BG', 'CA', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IN', 'IE', 'IT', 'JP', 'LV', 'LT', 'LU', 'NL', 'NZ', 'NO', 'PL', 'PT', 'RO', 'SK', 'SI', 'KR', 'ES', 'SE', 'CH', 'TR', 'GB'],
  },
  {
    id: 'A:6', title: 'License Exception STA, 740.20(c)(2) destinations', citation: `${SUPP1}, Country Group A:6`, effectiveFrom: BASELINE,
    // Hong Kong removed by 85 FR 83765 (23 Dec 2020).
    members: ['AL', 'CY', 'IS', 'IL', 'MT', 'MX', 'SG', 'ZA', 'TW'],
    note: 'unverified: Chile',
  },
  {
    id: 'B', title: 'Country Group B (GBS, LVS, TSR)', citation: `${SUPP1}, Country Group B`, effectiveFrom: BASELINE,
    members: [...EU27, 'AR', 'AU', 'BS', 'BR', 'CA', 'CL', 'CO', 'EG', 'IS', 'IN', 'ID', 'IL', 'JP', 'JO', 'KE', 'KR', 'KW', 'MY', 'MX', 'MA', 'NZ', 'NG', 'NO', 'OM', 'PK', 'PA', 'PE', 'PH', 'QA', 'SA', 'SG', 'ZA', 'CH', 'LI', 'TW', 'TH', 'TR', 'AE', 'GB', 'UY'],
    note: 'partial: about 160 destinations in the official group; only these are transcribed. A destination missing here is treated as not in B (exception not offered), never the reverse.',
  },
  {
    id: 'D:1', title: 'National security', citation: `${SUPP1}, Country Group D:1`, effectiveFrom: BASELINE,
    members: ['AM', 'AZ', 'BY', 'MM', 'KH', 'CN', 'GE', 'IR', 'IQ', 'KZ', 'KP', 'KG', 'LA', 'LY', 'MO', 'MD', 'MN', 'NI', 'RU', 'TJ', 'TM', 'UZ', 'VE', 'VN', 'YE'],
    note: 'unverified: Nicaragua (added 2024)',
  },
  { id: 'D:2', title: 'Nuclear', citation: `${SUPP1}, Country Group D:2`, effectiveFrom: BASELINE, members: ['CU', 'IR', 'IQ', 'IL', 'LY', 'KP', 'PK', 'RU', 'SY', 'VE', 'CN', 'IN'], note: 'unverified: every member' },
  {
    id: 'D:3', title: 'Chemical and biological weapons', citation: `${SUPP1}, Country Group D:3`, effectiveFrom: BASELINE,
    members: ['AF', 'AM', 'AZ', 'BH', 'BY', 'MM', 'KH', 'CN', 'CU', 'EG', 'GE', 'IN', 'IR', 'IQ', 'IL', 'JO', 'KZ', 'KP', 'KW', 'KG', 'LA', 'LB', 'LY', 'MO', 'MD', 'MN', 'OM', 'PK', 'QA', 'RU', 'SA', 'SY', 'TW', 'TJ', 'TM', 'AE', 'UZ', 'VE', 'VN', 'YE'],
    note: 'unverified: every member',
  },
  {
    id: 'D:4', title: 'Missile technology', citation: `${SUPP1}, Country Group D:4`, effectiveFrom: BASELINE,
    members: ['BH', 'CN', 'EG', 'IR', 'IQ', 'IL', 'JO', 'KP', 'KW', 'LB', 'LY', 'MO', 'OM', 'PK', 'QA', 'RU', 'SA', 'SY', 'AE', 'YE'],
  },
  {
    id: 'D:5', title: 'U.S. arms embargoed countries (22 CFR 126.1)', citation: `${SUPP1}, Country Group D:5`, effectiveFrom: BASELINE,
    members: ['AF', 'BY', 'MM', 'KH', 'CF', 'CN', 'CD', 'CU', 'ER', 'HT', 'IR', 'IQ', 'KP', 'LB', 'LY', 'NI', 'RU', 'SO', 'SS', 'SD', 'SY', 'VE', 'ZW'],
    note: 'unverified: Cyprus (partially lifted under 22 CFR 126.1 in 2022-2024, left out), Nicaragua',
  },
  { id: 'E:1', title: 'Terrorist supporting countries', citation: `${SUPP1}, Country Group E:1`, effectiveFrom: BASELINE, members: ['IR', 'KP', 'SY'], note: 'unverified: Syria after the 2025 easing of US sanctions' },
  { id: 'E:2', title: 'Unilateral embargo', citation: `${SUPP1}, Country Group E:2`, effectiveFrom: BASELINE, members: ['CU'] },
  { id: 'EU', title: 'Member states of the European Union', citation: 'TEU Art. 52; Reg. (EU) 2021/821 Art. 2(2)', effectiveFrom: BASELINE, members: EU27 },
];

const BY_ID = new Map(COUNTRY_GROUPS.map((g) => [g.id, g]));
export const countryGroup = (id: string): CountryGroup | undefined => BY_ID.get(id);

/** The groups a destination is in as of a date (HK as CN, see above). */
const memo = new Map<string, Map<string, string[]>>();
export function destinationGroups(country: string, asOf: string): string[] {
  let byCountry = memo.get(asOf);
  if (!byCountry) {
    if (memo.size > 1_000) memo.clear();
    memo.set(asOf, (byCountry = new Map()));
  }
  let groups = byCountry.get(country);
  if (!groups) {
    const c = country === 'HK' && asOf >= '2020-12-23' ? 'CN' : country;
    byCountry.set(country, (groups = COUNTRY_GROUPS.filter((g) => g.effectiveFrom <= asOf && g.members.includes(c)).map((g) => g.id)));
  }
  return groups;
}

/** Does `country` match an entry of a list that mixes countries ("CN") and groups ("D:5")? */
export function inCountriesOrGroups(country: string, list: readonly string[], asOf: string): string | undefined {
  const c = country === 'HK' && asOf >= '2020-12-23' ? 'CN' : country;
  if (list.includes(c)) return c;
  const groups = destinationGroups(country, asOf);
  return list.find((x) => groups.includes(x));
}
