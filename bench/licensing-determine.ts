/**
 * Licence determinations per second, in process, for a batch of generated transactions (US and
 * EU rules, the shared CCL snapshot as control data, a share of parties with Entity List hits).
 * Prints figures; asserts nothing. The batch shares one cache (LicensingCache), as a batch caller
 * does: one for the main thread, one per worker. One core first; then the same batch split over `threads`
 * worker threads (each its own engine and memo), timed from a common start to the last finish.
 *
 *   node --import tsx bench/licensing-determine.ts [transactions=100000] [threads=2]
 */
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  determine,
  LicensingCache,
  parseCclJson,
  parseTransaction,
  type ControlEntry,
  type PartyHit,
} from '@dualuse/core';
import { sharedData } from '../test/support/shared';
import { percentile } from './support';

const n = isMainThread ? Number(process.argv[2] ?? 100_000) : (workerData as { n: number }).n;
const threads = Number(process.argv[3] ?? 2);
const ccl = new Map<string, ControlEntry>(
  parseCclJson(readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'), {
    effectiveFrom: '2025-01-16',
    version: 'bench',
  }).entries.map((e) => [e.code, e]),
);
/**
 * Staged rules and keyed outcomes, shared by the whole batch of this thread (as the memo was before it was explicit).
 */
const cache = new LicensingCache();
const controls = (j: string, code: string) => (j === 'US' ? ccl.get(code) : undefined);

const CODES = [
  '3A090.a',
  '4A090.a',
  '2B001.a',
  '5A002.a',
  '3A001.b.2',
  '1C006.d',
  '3B001.f.1.b',
  '3A991.a',
  '5A992.c',
  'EAR99',
  '9A610.a',
  '3E001',
];
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
    return {
      classification: { US: us, EU: us.startsWith('3A090') || us === 'EAR99' ? 'unlisted' : us },
      origin: exporter === 'TW' ? 'TW' : exporter,
      us_content_percent: rnd(60),
      value: rnd(10_000),
      hs: '854231',
      sta_consignee_statement: rnd(2) === 0,
      enc_eligible: rnd(2) === 0,
    };
  });
  return parseTransaction({
    id: `T-${i}`,
    date: rnd(5) === 0 ? '2023-06-01' : '2026-11-23',
    exporter: { country: exporter },
    items,
    destination: DEST[rnd(DEST.length)]!,
    parties: [{ role: 'end_user', name: `Party ${i}`, country: 'CN' }],
    end_use: rnd(10) === 0 ? ['military'] : ['civil'],
  });
});
const hitFor = (i: number): PartyHit[] =>
  i % 50 === 0
    ? [
        {
          party: 0,
          list: 'us-bis-entity-list',
          entryId: 'E1',
          name: 'Listed Co',
          score: 0.97,
          licenseRequirement: 'For all items subject to the EAR.',
          licensePolicy: 'Presumption of denial.',
        },
      ]
    : [];

function pass(detail: 'full' | 'fired') {
  // warm-up
  for (let i = 0; i < 5_000; i++) determine(txs[i % n]!, { controls, hits: hitFor(i), screened: true, detail, cache });
  const times = new Float64Array(n);
  const counts: Record<string, number> = {};
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    const r = determine(txs[i]!, { controls, hits: hitFor(i), screened: true, detail, cache });
    times[i] = performance.now() - s;
    const k = r.determinations.US!.decision;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  const total = performance.now() - t0;
  const sorted = [...times].sort((a, b) => a - b);
  const µs = (ms: number) => `${Math.round(ms * 1000)} µs`;
  console.log(
    `detail=${detail}: ${Math.round(n / (total / 1000))} determinations/s in process (one core); latency p50 ${µs(percentile(sorted, 50))}, p99 ${µs(percentile(sorted, 99))}, max ${µs(sorted.at(-1)!)}`,
  );
  return counts;
}

/** A worker: determines its share [from, to) of the batch when told to, and reports how long it took. */
function work() {
  const { from, to } = workerData as { from: number; to: number };
  let detail: 'full' | 'fired' = 'full';
  parentPort!.on('message', (m: { warm: 'full' | 'fired' } | 'go') => {
    if (m !== 'go') {
      detail = m.warm;
      for (let i = from; i < Math.min(to, from + 5_000); i++)
        determine(txs[i]!, { controls, hits: hitFor(i), screened: true, detail, cache }); // warm-up
      parentPort!.postMessage('ready');
      return;
    }
    let done = 0;
    const t0 = performance.now();
    for (let i = from; i < to; i++)
      done += determine(txs[i]!, { controls, hits: hitFor(i), screened: true, detail, cache }).determinations.US
        ? 1
        : 0;
    parentPort!.postMessage({ ms: performance.now() - t0, done });
  });
}

async function parallel(detail: 'full' | 'fired') {
  const share = Math.ceil(n / threads);
  // Node 20 ignores --import for workers: register tsx inside the worker, then load this file (as
  // bench/devices-heartbeats.ts).
  const boot = `(async () => { (await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register(); await import(${JSON.stringify(import.meta.url)}); })()`;
  const workers = Array.from(
    { length: threads },
    (_, w) => new Worker(boot, { eval: true, workerData: { n, from: w * share, to: Math.min(n, (w + 1) * share) } }),
  );
  const next = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  await Promise.all(
    workers.map((w) => {
      const r = next(w);
      w.postMessage({ warm: detail });
      return r;
    }),
  );
  const t0 = performance.now();
  const reports = (await Promise.all(
    workers.map((w) => {
      const r = next(w);
      w.postMessage('go');
      return r;
    }),
  )) as { ms: number; done: number }[];
  const total = performance.now() - t0;
  await Promise.all(workers.map((w) => w.terminate()));
  const done = reports.reduce((a, r) => a + r.done, 0);
  if (done !== n) throw new Error(`workers determined ${done} of ${n} transactions`);
  console.log(
    `detail=${detail}: ${Math.round(n / (total / 1000))} determinations/s on ${threads} worker threads (wall time from a common start to the last finish; per thread ${reports.map((r) => Math.round((r.done / r.ms) * 1000)).join(' + ')}/s)`,
  );
}

if (isMainThread) {
  console.log(
    `${n} transactions (${txs.reduce((a, t) => a + t.items.length, 0)} items), rules of all six jurisdictions (US, EU, UK, NL, JP, AU), shared CCL snapshot`,
  );
  pass('full');
  console.log(`US decisions: ${JSON.stringify(pass('fired'))}`);
  if (threads > 1) {
    await parallel('full');
    await parallel('fired');
  }
} else work();
