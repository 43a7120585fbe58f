/**
 * Licence determinations per second, in process, for a batch of generated transactions (US and
 * EU rules, the shared CCL snapshot as control data, a share of parties with Entity List hits).
 * Prints figures; asserts nothing.
 *
 *   node --import tsx bench/licensing-determine.ts [transactions=100000]
 */
import { readFileSync } from 'node:fs';
import { determine, parseCclJson, parseTransaction, type ControlEntry, type PartyHit } from '@dualuse/core';
import { sharedData } from '../test/support/shared';
import { percentile } from './support';

const n = Number(process.argv[2] ?? 100_000);
const ccl = new Map<string, ControlEntry>(parseCclJson(readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'), { effectiveFrom: '2025-01-16', version: 'bench' }).entries.map((e) => [e.code, e]));
const controls = (j: string, code: string) => (j === 'US' ? ccl.get(code) : undefined);

const CODES = ['3A090.a', '4A090.a', '2B001.a', '5A002.a', '3A001.b.2', '1C006.d', '3B001.f.1.b', '3A991.a', '5A992.c', 'EAR99', '9A610.a', '3E001'];
const DEST = ['CN', 'DE', 'JP', 'RU', 'AE', 'KZ', 'CA', 'GB', 'BR', 'IR', 'MO', 'NL', 'IL', 'VN', 'CU'];
const EXPORTERS = ['US', 'US', 'US', 'DE', 'FR', 'TW'];
// mulberry32: a deterministic generator with 32-bit integer arithmetic (no float precision loss).
let seed = 42;
const rnd = (k: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % k;
};

const txs = Array.from({ length: n }, (_, i) => {
  const exporter = EXPORTERS[rnd(EXPORTERS.length)]!;
  const items = Array.from({ length: 1 + rnd(3) }, () => {
    const us = CODES[rnd(CODES.length)]!;
    return { classification: { US: us, EU: us.startsWith('3A090') || us === 'EAR99' ? 'unlisted' : us }, origin: exporter === 'TW' ? 'TW' : exporter, us_content_percent: rnd(60), value: rnd(10_000), hs: '854231', sta_consignee_statement: rnd(2) === 0, enc_eligible: rnd(2) === 0 };
  });
  return parseTransaction({ id: `T-${i}`, date: rnd(5) === 0 ? '2023-06-01' : '2026-11-23', exporter: { country: exporter }, items, destination: DEST[rnd(DEST.length)]!, parties: [{ role: 'end_user', name: `Party ${i}`, country: 'CN' }], end_use: rnd(10) === 0 ? ['military'] : ['civil'] });
});
const hitFor = (i: number): PartyHit[] => (i % 50 === 0 ? [{ party: 0, list: 'us-bis-entity-list', entryId: 'E1', name: 'Listed Co', score: 0.97, licenseRequirement: 'For all items subject to the EAR.', licensePolicy: 'Presumption of denial.' }] : []);

function pass(detail: 'full' | 'fired') {
  for (let i = 0; i < 5_000; i++) determine(txs[i % n]!, { controls, hits: hitFor(i), screened: true, detail }); // warm-up
  const times = new Float64Array(n);
  const counts: Record<string, number> = {};
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    const r = determine(txs[i]!, { controls, hits: hitFor(i), screened: true, detail });
    times[i] = performance.now() - s;
    const k = r.determinations.US!.decision;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const total = performance.now() - t0;
  const sorted = [...times].sort((a, b) => a - b);
  const µs = (ms: number) => `${Math.round(ms * 1000)} µs`;
  console.log(`detail=${detail}: ${Math.round(n / (total / 1000))} determinations/s in process (one core); latency p50 ${µs(percentile(sorted, 50))}, p99 ${µs(percentile(sorted, 99))}, max ${µs(sorted.at(-1)!)}`);
  return counts;
}

console.log(`${n} transactions (${txs.reduce((a, t) => a + t.items.length, 0)} items), US + EU rules, shared CCL snapshot`);
pass('full');
console.log(`US decisions: ${JSON.stringify(pass('fired'))}`);
