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

const COUNTRIES = ['KG', 'KZ', 'AM', 'AE', 'TR', 'CH', 'US', 'FR', 'HK', 'GE'];
const CODES = ['854232', '854231', '847150', '852691', '901320', '847989', '940360', '300490'];
const WORDS = [
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

export function syntheticShipments(n: number, o: SyntheticOptions = {}): Record<string, unknown>[] {
  let seed = o.seed ?? 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const listed = o.listedNames ?? [];
  return Array.from({ length: n }, (_, i) => {
    const dest = pick(COUNTRIES);
    const name = i % 50 === 0 && listed.length ? pick(listed) : `${pick(WORDS)} ${pick(WORDS)} Trading ${i % 997} LLC`;
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
        { from: 'DE', to: pick(COUNTRIES) },
        { from: 'TR', to: dest },
      ],
      payment: { payer: rand() < 0.1 ? 'Unrelated Holdings Ltd' : name, payerBankCountry: rand() < 0.1 ? 'AE' : dest },
      contract: { date: '2025-01-01', noReExportToRussiaClause: rand() < 0.7 },
    };
  });
}
