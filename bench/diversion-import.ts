/**
 * Shipment import end to end on embedded PGlite: parse a JSON lines file, score every shipment
 * (real OFAC Russia network slice as the list and as imported companies), group alerts by
 * counterparty and store everything in one transaction. Generated orders: 2,000 counterparties
 * in KG, KZ, AE, HK, TR and AM; 5 % of them at the Solo Workshops office that listed Hong Kong
 * shells share; a third paid from a third-country bank. Prints records/s and the alert groups.
 *
 *   node --import tsx bench/diversion-import.ts [--shipments 20000]
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import {
  bootstrapOperator,
  cliPrincipal,
  importCompanies,
  importListFiles,
  importShipments,
  listAlerts,
  loadConfig,
  openApp,
} from '@dualuse/app';
import { openDatabase } from '@dualuse/store';
import { sharedData } from '../test/support/shared';

const n = process.argv.includes('--shipments') ? Number(process.argv[process.argv.indexOf('--shipments') + 1]) : 20_000;
let seed = 7;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const countries = ['KG', 'KZ', 'AE', 'HK', 'TR', 'AM'];
const words = [
  'Asia',
  'Silk',
  'Way',
  'Trade',
  'Components',
  'Orion',
  'Nova',
  'Tech',
  'Global',
  'Star',
  'Bright',
  'Logistics',
  'Invest',
  'Alliance',
  'Eurasia',
  'Prime',
];
const counterparties = Array.from({ length: 2000 }, (_, i) => ({
  name: `${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]} ${i} LLC`,
  country: countries[i % countries.length]!,
  address:
    rand() < 0.05
      ? 'Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong'
      : `${1 + Math.floor(rand() * 200)} Street ${i}, Unit ${i}`,
}));
const lines = Array.from({ length: n }, (_, i) => {
  const c = counterparties[Math.floor(rand() * counterparties.length)]!;
  return JSON.stringify({
    id: `PO-${i}`,
    date: '2025-05-02',
    destination: c.country,
    parties: [
      { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
      { role: 'consignee', ...c },
    ],
    items: [{ hsCode: rand() < 0.5 ? '854231' : '847130', quantity: 1 + Math.floor(rand() * 1000) }],
    ...(rand() < 0.33 ? { payment: { payer: c.name, payerBankCountry: 'AE' } } : {}),
  });
});

const app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
  db: await openDatabase({}),
});
const boot = await bootstrapOperator(app);
const p = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
const ofac = new Uint8Array(readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl')));
await importListFiles(app, p, [{ name: 'entities.ftm.jsonl', bytes: ofac }]);
await importCompanies(app, p, { name: 'entities.ftm.jsonl', bytes: ofac });
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; PGlite in memory`);
const bytes = new TextEncoder().encode(lines.join('\n'));
const t0 = performance.now();
const r = await importShipments(app, p, { name: 'orders.jsonl', bytes });
const secs = (performance.now() - t0) / 1000;
const q = await listAlerts(app, p, { limit: 5000 });
console.log(
  `imported ${r.batch.records.toLocaleString('en')} shipments (${(bytes.length / 1e6).toFixed(1)} MB) in ${secs.toFixed(2)} s = ${Math.round(r.batch.records / secs).toLocaleString('en')}/s (parse, score, group, store, audit)`,
);
console.log(
  `alerts ${r.batch.alerts.toLocaleString('en')}, counterparty groups ${q.groups.length.toLocaleString('en')}, largest group ${Math.max(...q.groups.map((g) => g.alertIds.length))} alerts`,
);
await app.close();
