/**
 * Latency of one licence determination over HTTP (POST /api/v1/determine, one transaction per
 * request, sequential): authentication, validation, control-list look-up, the engine and the
 * audit record, on the embedded database (PGlite) with the shared CCL snapshot and no lists.
 * Prints figures; asserts nothing.
 *
 *   node --import tsx bench/licensing-http.ts [requests=2000]
 */
import { readFileSync } from 'node:fs';
import { cliPrincipal, importControlList } from '@dualuse/app';
import { startTestServer } from '@dualuse/server/testing';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../test/support/shared';
import { percentile } from './support';

const n = Number(process.argv[2] ?? 2000);
const s = await startTestServer();
const operator = await findTenantBySlug(s.app.db.orm, 'operator');
await importControlList(
  s.app,
  cliPrincipal({ id: operator!.id, isOperator: true }),
  readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'),
  { fileName: 'ccl_parsed.json' },
);

const CODES = ['3A090.a', '2B001.a', '5A002.a', '1C006.d', 'EAR99', '3B001.f.1.b'];
const DEST = ['CN', 'DE', 'RU', 'AE', 'CA', 'JP'];
const body = (i: number) =>
  JSON.stringify({
    id: `T-${i}`,
    date: '2026-11-23',
    exporter: { country: 'US' },
    destination: DEST[i % DEST.length],
    items: [{ classification: { US: CODES[i % CODES.length] }, origin: 'US', value: 1000 }],
    parties: [],
    end_use: ['civil'],
  });
const post = async (i: number) => {
  const res = await fetch(`${s.url}/api/v1/determine`, {
    method: 'POST',
    headers: { authorization: `Bearer ${s.adminKey}`, 'content-type': 'application/json' },
    body: body(i),
  });
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
};
for (let i = 0; i < 100; i++) await post(i); // warm-up
const times: number[] = [];
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const t = performance.now();
  await post(i);
  times.push(performance.now() - t);
}
const total = performance.now() - t0;
times.sort((a, b) => a - b);
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`${n} sequential POST /api/v1/determine (PGlite, audit record per determination)`);
console.log(
  `latency: p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}, max ${ms(times.at(-1)!)}; ${Math.round(n / (total / 1000))} requests/s`,
);
await s.close();
