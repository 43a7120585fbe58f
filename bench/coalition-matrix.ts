/**
 * Weakest-link matrix computation time (issue 14 item 7): the seed request — 10 items × 10 destinations ×
 * 6 jurisdictions (US, EU, UK, NL, JP, AU), 600 cells, each a licence determination — computed in process with
 * the shared CCL snapshot (../shared/data/controls/us-ccl-ecfr) as US control data and the shared eCFR country
 * tables (../shared/data/regulations/us-ear-ecfr/2026-09-24). Prints figures; asserts nothing. The first run
 * includes warm-up (rule indexes, memo); the median of the following runs is the steady figure.
 *
 *   node --import tsx bench/coalition-matrix.ts [runs=20]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCclJson, type ControlEntry } from '@dualuse/core';
import { computeMatrix, seedMatrixRequest } from '@dualuse/core/coalition';
import { buildTables, readEarTables } from '@dualuse/core/regulations';
import { sharedData } from '../test/support/shared';
import { percentile } from './support';

const RUNS = Number(process.argv[2] ?? 20);
const ccl = new Map<string, ControlEntry>(
  parseCclJson(readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'), {
    effectiveFrom: '2025-01-16',
    version: 'bench',
  }).entries.map((e) => [e.code, e]),
);
const TABLES_DATE = '2026-09-24';
const dir = sharedData('regulations', 'us-ear-ecfr', TABLES_DATE);
const files = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => /\.(csv|txt)$/.test(f))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
);
const { data, contentHash } = readEarTables(files, { contentDate: TABLES_DATE });
const tables = buildTables(data, {
  id: `bench-${contentHash.slice(0, 8)}`,
  contentDate: TABLES_DATE,
  format: data.source.format,
  sha256: contentHash,
});
const options = { controls: (j: string, c: string) => (j === 'US' ? ccl.get(c) : undefined), screened: true, tables };

const req = seedMatrixRequest('2026-11-23');
const cells = req.items.length * req.destinations.length * req.jurisdictions.length;
const times: number[] = [];
let weak = 0;
for (let i = 0; i < RUNS + 1; i++) {
  const t = performance.now();
  const rows = computeMatrix(req, options);
  times.push(performance.now() - t);
  weak = rows.filter((r) => r.weakLink).length;
}
const [first, ...steady] = times;
const sorted = [...steady].sort((a, b) => a - b);
console.log(
  `matrix ${req.items.length} items × ${req.destinations.length} destinations × ${req.jurisdictions.length} jurisdictions = ${cells} cells (${weak} weak-link rows)`,
);
console.log(`first run (cold): ${first!.toFixed(1)} ms`);
console.log(
  `steady over ${steady.length} runs: median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ${((percentile(sorted, 50) / cells) * 1000).toFixed(0)} µs per cell`,
);
