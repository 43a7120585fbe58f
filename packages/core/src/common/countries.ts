/**
 * Country names as the restricted-party lists write them → ISO 3166-1 alpha-2.
 * The ISO names come from `country-names.ts`; VARIANTS adds the spellings the publishers use
 * (OFAC "Burma", "Korea, North"; UN "Iran (Islamic Republic of)"; UK "Russia"; ...).
 * An unknown name returns undefined: callers keep the text in a warning rather than guess.
 */
import anyAscii from 'any-ascii';
import { ISO_COUNTRIES } from './country-names';

const VARIANTS: Record<string, string[]> = {
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  AF: ['Islamic Emirate of Afghanistan'],
  BA: ['Bosnia-Herzegovina', 'Bosnia Herzegovina', 'Bosnia'],
  BN: ['Brunei', 'Brunei Darussalam'],
  BO: ['Bolivia (Plurinational State of)'],
  BS: ['Bahamas, The', 'The Bahamas'],
  BY: ['Belarus, Republic of'],
  CD: [
    'Congo (Democratic Republic)',
    'Democratic Republic of Congo',
    'Congo, Democratic Republic of the',
    'Democratic Republic of the Congo',
    'Congo (Kinshasa)',
    'DRC',
    'Congo, Dem. Rep.',
    'Zaire',
    'Congo, The Democratic Republic of',
  ],
  CG: ['Congo, Republic of the', 'Republic of the Congo', 'Congo (Brazzaville)', 'Congo-Brazzaville'],
  CI: ["Cote d'Ivoire", 'Côte d’Ivoire', 'Ivory Coast'],
  CN: ["China, People's Republic of", 'PRC', 'Mainland China'],
  CV: ['Cape Verde'],
  CZ: ['Czech Republic'],
  FM: ['Micronesia, Federated States of', 'Micronesia (Federated States of)'],
  GB: [
    'United Kingdom of Great Britain and Northern Ireland',
    'Britain',
    'UK',
    'Great Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
  ],
  GM: ['Gambia, The', 'The Gambia'],
  HK: [
    'China, Hong Kong Special Administrative Region',
    'Hong Kong Special Administrative Region',
    'Hong Kong SAR',
    'Hong Kong, China',
    'Hong Kong SAR, China',
    'China (Hong Kong)',
  ],
  IR: ['Iran (Islamic Republic of)', 'Iran, Islamic Republic Of', 'Persia'],
  KP: [
    'Korea, North',
    'North Korea',
    "Democratic People's Republic of Korea",
    "Korea, Democratic People's Republic",
    "Korea (Democratic People's Republic of)",
    'DPRK',
    "Korea, Dem. People's Rep. of",
  ],
  KR: ['Korea, South', 'South Korea', 'Republic of Korea', 'Korea (Republic of)', 'Korea, Republic of'],
  LA: ["Lao People's Democratic Republic", 'Laos'],
  MD: ['Moldova, Republic of', 'Republic of Moldova'],
  MK: ['Macedonia', 'North Macedonia, The Republic of', 'The former Yugoslav Republic of Macedonia'],
  MM: ['Burma', 'Myanmar (Burma)'],
  MO: [
    'China, Macao Special Administrative Region',
    'Macao Special Administrative Region',
    'Macao',
    'Macau',
    'Macau SAR',
  ],
  NL: ['Netherlands, The', 'Holland'],
  PS: [
    'Palestine',
    'Palestinian',
    'Palestinian Territories',
    'Palestinian Territory',
    'Palestinian Territory, Occupied',
    'Occupied Palestinian Territory',
    'Occupied Palestinian Territories',
    'Gaza',
    'West Bank',
    'State of Palestine',
    'West Bank and Gaza',
  ],
  RU: ['Russia', 'Russian Federation', 'Russian'],
  SY: ['Syria', 'Syrian Arab Republic'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  TL: ['East Timor', 'Timor Leste'],
  TW: ['Taiwan', 'Taiwan, Province of China', 'Chinese Taipei'],
  TZ: ['Tanzania, United Republic of', 'United Republic of Tanzania'],
  US: ['United States of America', 'USA', 'U.S.A.', 'United States', 'U.S.'],
  VA: ['Holy See', 'Vatican', 'Vatican City'],
  VE: ['Venezuela (Bolivarian Republic of)', 'Venezuela, Bolivarian Republic of'],
  VN: ['Viet Nam', 'Vietnam'],
  XK: ['Kosovo'],
  YE: ['Yemen, Republic of'],
};

/** Kosovo: not in ISO 3166-1, but every list uses the user-assigned XK (as the EU and OFAC do). */
const EXTRA = ['XK|Kosovo|XKX'];

/** Case, accents, punctuation and a leading "the" do not matter. */
export function countryKey(name: string): string {
  return anyAscii(name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

const byKey = new Map<string, string>();
const codes = new Set<string>();
const names = new Map<string, string>();
for (const row of [...ISO_COUNTRIES, ...EXTRA]) {
  const [code, ...rest] = row.split('|') as [string, ...string[]];
  codes.add(code);
  names.set(code, rest[0] ?? code);
  for (const n of rest) if (!/^[A-Z]{3}$/.test(n)) byKey.set(countryKey(n), code);
  const alpha3 = rest.find((n) => /^[A-Z]{3}$/.test(n));
  if (alpha3) byKey.set(`#${alpha3}`, code);
}
for (const [code, vs] of Object.entries(VARIANTS)) for (const v of vs) byKey.set(countryKey(v), code);

/**
 * ISO 3166-1 alpha-2 code of a country name or code, or undefined when the text is not a
 * country we know (never a guess). Upper-case two- and three-letter inputs are read as
 * alpha-2 / alpha-3 codes.
 */
export function countryCode(name: string | undefined | null): string | undefined {
  if (!name) return undefined;
  const t = name.trim();
  if (/^[A-Za-z]{2}$/.test(t) && codes.has(t.toUpperCase())) return t.toUpperCase();
  if (/^[A-Z]{3}$/.test(t)) {
    const c = byKey.get(`#${t}`);
    if (c) return c;
  }
  const direct = byKey.get(countryKey(t));
  if (direct) return direct;
  // "Democratic People's Republic of Korea (North Korea)", "Congo (Democratic Republic)".
  const paren = /^(.*?)\s*\((.+)\)\s*$/.exec(t);
  if (paren)
    return (
      byKey.get(countryKey(paren[1]!)) ??
      byKey.get(countryKey(paren[2]!)) ??
      byKey.get(countryKey(`${paren[1]}, ${paren[2]}`))
    );
  // "Man, Isle of" → "Isle of Man".
  const comma = /^([^,]+),\s*([^,]+)$/.exec(t);
  if (comma) return byKey.get(countryKey(`${comma[2]} ${comma[1]}`));
  return undefined;
}

/** English short name of an alpha-2 code. */
export function countryName(code: string): string | undefined {
  return names.get(code.toUpperCase());
}

export const isCountryCode = (code: string): boolean => codes.has(code.toUpperCase());
