/**
 * Default proscribed destinations for controlled equipment: countries to which dual-use
 * exports are banned or under a comprehensive embargo. A deployment may narrow or widen the
 * set per device licence; this is the starting point, each entry with its legal basis. Syria is
 * left out while the 2025 relief (EU and US) is in flux: add it per licence where it applies.
 */
export interface ProscribedEntry {
  country: string;
  name: string;
  basis: string;
  effective: string;
}

export const PROSCRIBED_DESTINATIONS: readonly ProscribedEntry[] = [
  {
    country: 'RU',
    name: 'Russia',
    basis: 'Reg. (EU) 833/2014 Art. 2 (as amended 2022); 15 CFR 746.8',
    effective: '2022-02-24',
  },
  {
    country: 'BY',
    name: 'Belarus',
    basis: 'Reg. (EC) 765/2006 Art. 1e (as amended 2022); 15 CFR 746.8',
    effective: '2022-03-02',
  },
  {
    country: 'KP',
    name: 'North Korea',
    basis: 'UNSCR 1718 (2006); Reg. (EU) 2017/1509; 15 CFR 746.4',
    effective: '2006-10-14',
  },
  { country: 'IR', name: 'Iran', basis: 'Reg. (EU) 267/2012; 15 CFR 746.7', effective: '2012-03-23' },
  { country: 'CU', name: 'Cuba', basis: '15 CFR 746.2', effective: '1962-02-07' },
];

export const DEFAULT_PROSCRIBED: ReadonlySet<string> = new Set(PROSCRIBED_DESTINATIONS.map((e) => e.country));
