/**
 * Ownership aggregation over a generated graph (issue 6 target: 1,000,000 edges in < 5 s):
 * 400,000 companies, each owned by 1–4 holders with random stakes, 1 % of holders listed,
 * chains formed by companies owning companies. Prints the time per regime and how many
 * companies each regime covers (and how many only through a chain).
 *
 *   node --import tsx bench/diversion-ownership.ts [--edges 1000000]
 */
import { cpus, loadavg } from 'node:os';
import { computeCoverage, type ListedOwner, type OwnershipEdge } from '@dualuse/core/diversion';

const target = Number(process.argv[process.argv.indexOf('--edges') + 1]) || 1_000_000;
// mulberry32: integer arithmetic (an LCG computed in doubles loses precision and cycles early).
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const companies = Math.round(target / 2.5);
const edges: OwnershipEdge[] = [];
for (let c = 0; edges.length < target; c = (c + 1) % companies) {
  const holders = 1 + Math.floor(rand() * 4);
  let left = 100;
  for (let h = 0; h < holders && edges.length < target; h++) {
    const pct = h === holders - 1 ? left : Math.round(rand() * left);
    left -= pct;
    // Half the holders are other companies (chains, and some cycles), half persons.
    const owner = rand() < 0.5 ? `c${Math.floor(rand() * companies)}` : `p${Math.floor(rand() * companies)}`;
    edges.push({
      id: `e${edges.length}`,
      owner,
      asset: `c${c}`,
      percentage: pct,
      ...(rand() < 0.1 ? { endDate: '2023-12-31' } : {}),
    });
  }
}
// Each listed owner on every list the regimes look through.
const ALL_LISTS = ['us_ofac_sdn', 'eu_fsf', 'us_bis_entity_list'];
const listed: ListedOwner[] = [];
for (let i = 0; i < companies; i += 100)
  listed.push({ id: `p${i}`, lists: ALL_LISTS }, { id: `c${i + 7}`, lists: ALL_LISTS });
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
console.log(
  `edges ${edges.length.toLocaleString('en')}, companies ${companies.toLocaleString('en')}, listed ${listed.length.toLocaleString('en')}`,
);
for (const regime of ['ofac_50_percent', 'eu_ownership_control']) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const a = computeCoverage(edges, listed, '2025-06-01', regime);
  const ms = performance.now() - t0;
  const used = process.cpuUsage(c0);
  // CPU time beside wall time: on a shared machine the wall clock also measures the neighbours.
  const cpu = (used.user + used.system) / 1e6;
  const covered = [...a.covered.values()].filter((c) => c.covered);
  const viaChain = covered.filter((c) => c.holdings.some((h) => h.ownerStatus === 'covered')).length;
  console.log(
    `${regime.padEnd(22)} ${(ms / 1000).toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU   covered ${covered.length.toLocaleString('en')} (through a chain ${viaChain.toLocaleString('en')}), evaluated ${a.covered.size.toLocaleString('en')}`,
  );
}
