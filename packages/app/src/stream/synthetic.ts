/**
 * Generated shipments for the stream tests and benchmarks (not for scoring decisions): a
 * German exporter, a consignee in a country the red-flag guidance names or in a control
 * country, an end user, two items and a payment, seeded so a run is repeatable. `listedNames`
 * (names from a loaded list) become the consignee of every 50th shipment, so alerts occur.
 */
export interface SyntheticOptions {
  seed?: number;
  listedNames?: readonly string[];
  /** Prefix of the shipment ids (S-<n> by default). */
  idPrefix?: string;
}

/** Destinations of generated shipments: countries the red-flag guidance names, and control countries. */
export const SYNTHETIC_COUNTRIES: readonly string[] = ['KG', 'KZ', 'AM', 'AE', 'TR', 'CH', 'US', 'FR', 'HK', 'GE'];
const CODES = ['854232', '854231', '847150', '852691', '901320', '847989', '940360', '300490'];
/** Words of generated company names. */
export const SYNTHETIC_WORDS: readonly string[] = [
  'Alpine',
  'Northern',
  'Silk',
  'Delta',
  'Orion',
  'Vega',
  'Granite',
  'Harbor',
  'Cedar',
  'Falcon',
  'Summit',
  'Meridian',
  'Pioneer',
  'Atlas',
  'Baltic',
];

/** A repeatable stream of numbers in [0, 1) (a linear congruential generator), and a pick from a list by it. */
export function seededRandom(seed: number): { rand: () => number; pick: <T>(xs: readonly T[]) => T } {
  let state = seed;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { rand, pick: (xs) => xs[Math.floor(rand() * xs.length)]! };
}

export function syntheticShipments(n: number, o: SyntheticOptions = {}): Record<string, unknown>[] {
  const { rand, pick } = seededRandom(o.seed ?? 7);
  const listed = o.listedNames ?? [];
  return Array.from({ length: n }, (_, i) => {
    const dest = pick(SYNTHETIC_COUNTRIES);
    const name =
      i % 50 === 0 && listed.length
        ? pick(listed)
        : `${pick(SYNTHETIC_WORDS)} ${pick(SYNTHETIC_WORDS)} Trading ${i % 997} LLC`;
    return {
      id: `${o.idPrefix ?? 'S-'}${i}`,
      date: '2025-06-01',
      destination: dest,
      parties: [
        { role: 'exporter', name: 'Muster GmbH', country: 'DE' },
        { role: 'consignee', name, country: dest },
        { role: 'end_user', name: rand() < 0.1 ? 'Fast Cargo Logistics' : name, country: dest },
      ],
      items: [
        { hsCode: pick(CODES), quantity: 10 },
        { hsCode: pick(CODES), quantity: 5 },
      ],
      route: [
        { from: 'DE', to: pick(SYNTHETIC_COUNTRIES) },
        { from: 'TR', to: dest },
      ],
      payment: { payer: rand() < 0.1 ? 'Unrelated Holdings Ltd' : name, payerBankCountry: rand() < 0.1 ? 'AE' : dest },
      contract: { date: '2025-01-01', noReExportToRussiaClause: rand() < 0.7 },
    };
  });
}
