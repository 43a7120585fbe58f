/**
 * Shipments scored per second (issue 6 target: ≥ 20,000/s on 2 cores with 50,000 parties in the
 * graph), on one core, against the real list snapshots of ../shared/data/lists (names through the
 * screening engine, addresses through the listed-address index), with the CHPL. Shipments are
 * generated: three parties each (names from the synthetic negatives set, 2 % taken from the
 * lists, 2 % at a listed address), two items, a route and a payment. Prints throughput with and
 * without the name screening, and how many shipments alerted.
 *
 *   node --import tsx bench/diversion-score.ts [--shipments 20000]
 */
import { readFileSync } from 'node:fs';
import {
  ListedAddressIndex,
  parseChplTiers,
  scoreShipment,
  type ListedParty,
  type Party,
  type ScoringContext,
  type Shipment,
} from '@dualuse/core/diversion';
import { InMemoryCandidateIndex, Screener } from '@dualuse/core/matching';
import type { ParsedList } from '@dualuse/core';
import { SYNTHETIC_COUNTRIES, seededRandom } from '@dualuse/app/stream/index';
import { sharedBench, sharedData } from '../test/support/shared';
import { readCsv, loadSharedList } from './support';

const N = Number(process.argv[process.argv.indexOf('--shipments') + 1]) || 20_000;
const SNAPSHOTS = [
  ['ofac', 'sdn-csv', '2024-05-03', 'sdn.csv'],
  ['ofac', 'non-sdn-cons', '2025-12-19'],
  ['un', '2026-08-01', 'consolidated.xml'],
  ['au-dfat', '2026-07-23', 'regulation8_consolidated.xlsx'],
  ['us-csl', '2022-05-16', 'consolidated.csv.gz'],
  ['uk-ofsi', '2025-04-10', 'ofsi_conlist.xlsx'],
];
const load = loadSharedList;
const byId = new Map<string, ParsedList>();
for (const l of SNAPSHOTS.flatMap(load)) if (!byId.has(l.list)) byId.set(l.list, l);
const lists = [...byId.values()];
let t = performance.now();
const screener = new Screener(
  new InMemoryCandidateIndex(lists.map((l) => ({ list: l.list, listVersion: 'bench', entries: l.entries }))),
);
const listed: ListedParty[] = lists.flatMap((l) =>
  l.entries.map((e) => ({
    id: e.sourceId,
    list: l.list,
    names: e.names.map((n) => n.full),
    addresses: e.addresses.map((a) => a.full ?? [a.street, a.city, a.country].filter(Boolean).join(', ')),
  })),
);
const addresses = new ListedAddressIndex(listed);
console.log(
  `listed parties ${listed.length.toLocaleString('en')} (${lists.map((l) => `${l.list} ${l.entries.length}`).join(', ')}); addresses indexed ${addresses.size.toLocaleString('en')}; built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const names = readCsv(sharedBench('screening', 'negatives_us_public.csv'))
  .map((r) => r.full_name!)
  .filter(Boolean);
const withAddress = listed.filter((l) => l.addresses.some((a) => /\d/.test(a)));
const codes = [...chpl.keys(), '847989', '940360', '300490', '870323'];
const countries = SYNTHETIC_COUNTRIES;
const { rand, pick } = seededRandom(7);
const shipments: Shipment[] = Array.from({ length: N }, (_, i) => {
  const dest = pick(countries);
  const r = rand();
  const consignee: Party =
    r < 0.02
      ? { role: 'consignee', name: pick(listed).names[0]!, country: dest }
      : r < 0.04
        ? { role: 'consignee', name: pick(names), country: dest, address: pick(pick(withAddress).addresses) }
        : {
            role: 'consignee',
            name: `${pick(names)} Trading LLC`,
            country: dest,
            incorporated: rand() < 0.3 ? '2023-01-01' : '2005-01-01',
          };
  return {
    id: `S${i}`,
    date: '2025-06-01',
    destination: dest,
    parties: [
      { role: 'exporter', name: 'Muster GmbH', country: 'DE' },
      consignee,
      { role: 'end_user', name: rand() < 0.1 ? 'Fast Cargo Logistics' : consignee.name, country: dest },
    ],
    items: [
      { hsCode: pick(codes), quantity: 10 },
      { hsCode: pick(codes), quantity: 5 },
    ],
    route: [
      { from: 'DE', to: pick(countries) },
      { from: 'XX', to: dest },
    ],
    payment: { payer: consignee.name, payerBankCountry: rand() < 0.1 ? 'AE' : dest },
    contract: { date: '2025-01-01', noReExportToRussiaClause: rand() < 0.7 },
  };
});

// Memoised per (name, country) as the service does within a run: the consignee is often the end user, and
// counterparties recur.
const memo = new Map<string, ReturnType<typeof screenOnce>>();
const screenName = (p: Party) => {
  const k = `${p.name}|${p.country ?? ''}`;
  let hits = memo.get(k);
  if (!hits) memo.set(k, (hits = screenOnce(p)));
  return hits;
};
const screenOnce = (p: Party) =>
  screener.screen({ name: p.name, ...(p.country ? { countries: [p.country] } : {}) }, { maxHits: 3 }).map((h) => ({
    listed: { id: h.entryId, list: h.list, names: [h.name], addresses: [] },
    score: h.score,
    why: `score ${h.score.toFixed(2)}`,
  }));
for (const [label, ctx] of [
  ['rules + addresses, no name screening', { chpl, listedAddresses: addresses }],
  ['rules + addresses + name screening', { chpl, listedAddresses: addresses, screenName }],
] as [string, ScoringContext][]) {
  scoreShipment(shipments[0]!, ctx);
  t = performance.now();
  let alerts = 0;
  let flags = 0;
  for (const s of shipments) {
    const r = scoreShipment(s, ctx);
    alerts += Number(r.alert);
    flags += r.flags.length;
  }
  const secs = (performance.now() - t) / 1000;
  console.log(
    `${label.padEnd(38)} ${Math.round(N / secs)
      .toLocaleString('en')
      .padStart(
        8,
      )} shipments/s on one core (${N.toLocaleString('en')} in ${secs.toFixed(2)} s); alerts ${alerts.toLocaleString('en')}, flags ${flags.toLocaleString('en')}`,
  );
}
