/**
 * A party's network (`dualuse network PARTY`, GET /diversion/network/{party}) before and after fetching only the
 * party's neighbourhood (app diversion/party-neighbourhood.ts) instead of every company, link and record of the
 * tenant. One run, the same data, the same parties, both ways; the answers are compared (same nodes, edges, path to
 * a listed party and ring) before the times are printed with their ratio. Measured on 2026-12-07 (600 buyers, 10
 * parties, load average ~23 on 2 cores): identical answers, 3,038 ms per call reading everything against 22,427 ms
 * for the neighbourhood (×0.14: slower), which is why `scan: 'neighbourhood'` is not the default.
 *
 * World (seeded, generated here): `--buyers` counterparties (default 3,000) in a registry extract with their offices,
 * two shipments each through one of two large forwarders (hubs: more customers than the fan-out limit), a payment per
 * shipment from the buyer itself; among them rings of three tied only by a payer account, a small forwarder, or a
 * phone on the orders (one in 30 buyers). Embedded PGlite in memory.
 *
 *   node --import tsx bench/diversion-network.ts [--buyers 3000] [--parties 20]
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import {
  bootstrapOperator,
  cliPrincipal,
  importCompanies,
  importListFiles,
  importPayments,
  importShipments,
  loadConfig,
  openApp,
  partyNetwork,
} from '@dualuse/app';
import { openDatabase } from '@dualuse/store';
import { sharedData } from '../test/support/shared';
import { numberArg } from './support';

const BUYERS = numberArg('--buyers', 3000);
const PARTIES = numberArg('--parties', 20);
let seed = 11;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const countries = ['KG', 'KZ', 'AE', 'HK', 'TR', 'AM', 'DE', 'FR', 'CH'];
const syllables = ['ka', 'ro', 'mi', 'te', 'su', 'na', 'lo', 'vi', 'da', 'zen', 'tor', 'bel'];
const word = () =>
  Array.from({ length: 3 + Math.floor(rand() * 2) }, () => syllables[Math.floor(rand() * 12)]).join('');
const buyers = Array.from({ length: BUYERS }, (_, i) => ({
  id: `B${i}`,
  name: `${word()} ${word()} ${i} LLC`,
  country: countries[i % countries.length]!,
  address: `${1 + (i % 90)} ${word()} Street, Unit ${i}`,
  phone: `+1 555 ${String(1_000_000 + i)}`,
}));
/** Ring r: buyers 30r, 30r+1, 30r+2, tied by kind r % 3. */
const ringOf = (i: number) => (i % 30 < 3 ? Math.floor(i / 30) : -1);
const companies = ['record,id,name,country,address,from,to,role,start_date'];
for (const b of buyers) companies.push(`company,${b.id},${b.name},${b.country},"${b.address}",,,,`);
const shipments: string[] = [];
const payments = ['id,shipment_id,date,payer,payer_country,payer_bank_country,amount,currency'];
buyers.forEach((b, i) => {
  const r = ringOf(i);
  for (const n of [0, 1]) {
    const id = `S-${b.id}-${n}`;
    const date = `2025-0${(i % 9) + 1}-1${n}`;
    const forwarder =
      r >= 0 && r % 3 === 1
        ? { role: 'freight_forwarder', name: `Ring ${r} Cargo Ltd`, country: 'HK' }
        : {
            role: 'freight_forwarder',
            name: i % 2 ? 'DHL Global Forwarding GmbH' : 'Kuehne + Nagel AG',
            country: 'DE',
          };
    const phone = r >= 0 && r % 3 === 2 ? `+971 4 ${String(5_000_000 + r)}` : b.phone;
    shipments.push(
      JSON.stringify({
        id,
        date,
        destination: b.country,
        parties: [
          { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
          {
            role: 'consignee',
            id: b.id,
            name: b.name,
            country: b.country,
            address: `Warehouse ${n}, ${b.address}`,
            phones: [phone],
          },
          forwarder,
        ],
        items: [{ hsCode: '903180', quantity: 2 + n, value: 18000 }],
        ...(r >= 0 && r % 3 === 0
          ? { payment: { payer: `Ring ${r} Holdings FZE`, payerAccount: `AE07 0331 ${String(10_000_000 + r)}` } }
          : {}),
      }),
    );
    payments.push(`PAY-${id},${id},${date},"${b.name}",${b.country},${b.country},18000,EUR`);
  }
});

const app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
  db: await openDatabase({}),
});
const boot = await bootstrapOperator(app);
const p = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
const enc = (s: string) => new TextEncoder().encode(s);
let t = performance.now();
// The real OFAC Russia network sample: the list the scorer needs on import, and companies with listed members.
const ofac = new Uint8Array(readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl')));
await importListFiles(app, p, [{ name: 'entities.ftm.jsonl', bytes: ofac }]);
await importCompanies(app, p, { name: 'entities.ftm.jsonl', bytes: ofac });
await importCompanies(app, p, { name: 'registry.csv', bytes: enc(`${companies.join('\n')}\n`) });
await importShipments(app, p, { name: 'orders.jsonl', bytes: enc(shipments.join('\n')) });
await importPayments(app, p, { name: 'payments.csv', bytes: enc(`${payments.join('\n')}\n`) });
console.log(
  `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; PGlite in memory; ${BUYERS} buyers, ${shipments.length} shipments, ${payments.length - 1} payments imported in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);

// Half ring members, half ordinary buyers, spread over the world.
const parties = Array.from({ length: PARTIES }, (_, k) => {
  const ring = Math.floor((k * BUYERS) / 30 / PARTIES);
  return k % 2 ? `B${ring * 30 + (k % 3)}` : `B${ring * 30 + 10 + k}`;
});
const time = async (scan: 'all' | 'neighbourhood') => {
  const out = [];
  t = performance.now();
  for (const id of parties) out.push(await partyNetwork(app, p, id, { depth: 2, scan }));
  return { ms: (performance.now() - t) / parties.length, out };
};
await time('neighbourhood'); // warm-up: first queries compile, caches fill
const before = await time('all');
const after = await time('neighbourhood');
const key = (n: Awaited<ReturnType<typeof partyNetwork>>) => ({
  nodes: n.nodes.map((x) => x.id).sort(),
  edges: n.edges.map((e) => `${e.from}|${e.to}|${e.kind}`).sort(),
  path: n.pathToListed,
  ring: n.ring,
});
const differ = parties.filter((_, i) => !isDeepStrictEqual(key(before.out[i]!), key(after.out[i]!)));
const rings = after.out.filter((n) => n.ring).length;
console.log(
  `${parties.length} parties (depth 2; ${rings} in a ring): answers ${differ.length ? `DIFFER for ${differ.join(', ')}` : 'identical'}`,
);
console.log(
  `per call: every record ${before.ms.toFixed(0)} ms, neighbourhood ${after.ms.toFixed(0)} ms; ratio before/after ×${(before.ms / after.ms).toFixed(2)} (${before.ms > after.ms ? 'faster' : 'SLOWER'})`,
);
await app.close();
