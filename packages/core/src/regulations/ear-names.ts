/**
 * Destination names as the EAR tables spell them → ISO 3166-1 alpha-2. Most resolve through the
 * ISO names (common/countries.ts); these are the EAR's own spellings that do not.
 */
import { countryCode } from '../common/countries';

const EAR_SPELLINGS: Record<string, string> = {
  'Korea, North': 'KP',
  'Korea, South': 'KR',
  "Korea, North (Democratic People's Republic of Korea)": 'KP',
  'Korea, South (Republic of Korea)': 'KR',
  'Bahamas, The': 'BS',
  'Gambia, The': 'GM',
  Burma: 'MM',
  Macau: 'MO',
  Seycheles: 'SC',
  Kosovo: 'XK',
  'Congo (Democratic Republic of the)': 'CD',
  'Congo (Republic of the)': 'CG',
  'Cape Verde': 'CV',
  'Cabo Verde': 'CV',
  'Czech Republic': 'CZ',
  Swaziland: 'SZ',
  Eswatini: 'SZ',
  Türkiye: 'TR',
  Turkey: 'TR',
  Turkiye: 'TR',
  Laos: 'LA',
  'Micronesia (Federated States of)': 'FM',
  'Micronesia, Federated States of': 'FM',
  'St. Kitts & Nevis': 'KN',
  'St. Lucia': 'LC',
  'St. Vincent and the Grenadines': 'VC',
  'East Timor': 'TL',
  'Timor-Leste': 'TL',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  'Ivory Coast': 'CI',
  "Cote d'Ivoire": 'CI',
  'Sao Tome & Principe': 'ST',
  Brunei: 'BN',
  Taiwan: 'TW',
  Russia: 'RU',
  'United States': 'US',
  Curacao: 'CW',
  'Sint Maarten': 'SX',
  Bolivia: 'BO',
  Venezuela: 'VE',
  Vietnam: 'VN',
  Iran: 'IR',
  Syria: 'SY',
  Moldova: 'MD',
  Tanzania: 'TZ',
  'North Macedonia': 'MK',
  Macedonia: 'MK',
  'Western Sahara': 'EH',
};

export function earCountryCode(name: string): string | undefined {
  const t = name
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:*]+$/, '')
    .trim();
  return EAR_SPELLINGS[t] ?? countryCode(t);
}
