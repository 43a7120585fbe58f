/**
 * Shipments scored per second on 2 cores with 50,000 parties in the graph (issue 6 target:
 * ≥ 20,000/s). Each of 2 processes (one per core) builds the same context: a generated
 * company graph of 50,000 parties (addresses, 1 % of them crowded into shared offices; about
 * 75,000 ownership edges with 1 % listed owners, coverage computed for OFAC 50 %, EU and BIS
 * affiliates), the real OFAC SDN (2024-05-03) and UN (2026-08-01) lists (names through the
 * screening engine, listed addresses and contacts), and the CHPL. Shipments name graph parties
 * as consignee and end user (with their ids and addresses, so the ownership and crowded-office
 * rules run) and 2 % listed names. Processes start together; the figure is all shipments over
 * the slower one's time. Scoring only: no database (the JetStream path is bench/diversion-stream.ts).
 *
 *   node --import tsx bench/diversion-throughput.ts [--shipments 200000] [--threads 2] [--parties 50000]
 */
import { readFileSync } from 'node:fs';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  computeCoverage,
  ListedAddressIndex,
  ListedContactIndex,
  parseChplTiers,
  scoreShipment,
  type ListedOwner,
  type ListedParty,
  type NameHit,
  type OwnershipEdge,
  type Party,
  type ScoringContext,
  type Shipment,
} from '@dualuse/core/diversion';
import { InMemoryCandidateIndex, Screener } from '@dualuse/core/matching';
import { SYNTHETIC_COUNTRIES, SYNTHETIC_WORDS, seededRandom } from '@dualuse/app/stream/index';
import { sharedData } from '../test/support/shared';
import { loadSharedList, numberArg } from './support';

interface Job {
  shipments: number;
  parties: number;
  thread: number;
}

if (!process.env.BENCH_JOB) {
  const threads = numberArg('--threads', 2);
  const job = { shipments: numberArg('--shipments', 200_000), parties: numberArg('--parties', 50_000) };
  const per = Math.ceil(job.shipments / threads);
  // Processes rather than worker_threads: Node 20 refuses a .ts file as a Worker entry point.
  const workers = Array.from({ length: threads }, (_, thread) =>
    fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, BENCH_JOB: JSON.stringify({ ...job, shipments: per, thread } satisfies Job) },
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ],
    }),
  );
  const ready = workers.map((w) => new Promise<string>((r) => w.once('message', r)));
  console.log(
    `threads ${threads}, shipments ${(per * threads).toLocaleString('en')}, graph parties ${job.parties.toLocaleString('en')}`,
  );
  for (const line of await Promise.all(ready)) console.log(line);
  const started = performance.now();
  const done = workers.map(
    (w) =>
      new Promise<{ n: number; secs: number; alerts: number; flags: number; tags: [string, number][] }>((r) =>
        w.once('message', r),
      ),
  );
  for (const w of workers) w.send('go');
  const results = await Promise.all(done);
  const wall = (performance.now() - started) / 1000;
  const n = results.reduce((a, r) => a + r.n, 0);
  for (const [i, r] of results.entries())
    console.log(
      `thread ${i}: ${r.n.toLocaleString('en')} in ${r.secs.toFixed(2)} s = ${Math.round(r.n / r.secs).toLocaleString('en')}/s; alerts ${r.alerts.toLocaleString('en')}, flags ${r.flags.toLocaleString('en')} (${r.tags.map(([t, n]) => `${t} ${n}`).join(', ')})`,
    );
  console.log(
    `TOTAL ${Math.round(n / wall).toLocaleString('en')} shipments/s on ${threads} threads (${n.toLocaleString('en')} in ${wall.toFixed(2)} s wall; target ≥ 20,000/s)`,
  );
  await Promise.all(workers.map((w) => (w.exitCode === null ? new Promise((r) => w.once('exit', r)) : null)));
} else {
  const job = JSON.parse(process.env.BENCH_JOB) as Job;
  let t = performance.now();
  let { rand, pick } = seededRandom(99); // the same graph in every thread
  const words = [...SYNTHETIC_WORDS, 'Onyx', 'Zenith', 'Aurora'];
  const countries = SYNTHETIC_COUNTRIES;
  // Graph: companies with an office each; 1 % sit in 50 shared offices (the shell-address pattern).
  const shared = Array.from(
    { length: 50 },
    (_, i) => `Room ${100 + i}, ${10 + i}/F, ${pick(words)} Tower, ${i + 1} Nathan Road, Kowloon, Hong Kong`,
  );
  const graph: (Party & { id: string })[] = Array.from({ length: job.parties }, (_, i) => ({
    id: `c${i}`,
    role: 'consignee',
    name: `${pick(words)} ${pick(words)} ${pick(['Trading', 'Logistics', 'Industrial', 'Technology'])} ${i} LLC`,
    country: pick(countries),
    address:
      rand() < 0.01
        ? pick(shared)
        : `${1 + Math.floor(rand() * 300)} ${pick(words)} Street, Unit ${i}, ${pick(['Bishkek', 'Almaty', 'Yerevan', 'Dubai', 'Istanbul', 'Tbilisi'])}`,
  }));
  const registry: ListedParty[] = graph.map((g) => ({
    id: g.id,
    list: 'registry',
    names: [g.name],
    addresses: [g.address!],
  }));
  const edges: OwnershipEdge[] = [];
  for (let c = 0; c < job.parties; c++) {
    const holders = 1 + Math.floor(rand() * 2);
    for (let h = 0, left = 100; h < holders; h++) {
      const pct = h === holders - 1 ? left : Math.round(rand() * left);
      left -= pct;
      edges.push({
        id: `e${edges.length}`,
        owner: rand() < 0.5 ? `c${Math.floor(rand() * job.parties)}` : `p${Math.floor(rand() * job.parties)}`,
        asset: `c${c}`,
        percentage: pct,
      });
    }
  }
  const owners: ListedOwner[] = [];
  for (let i = 0; i < job.parties; i += 100)
    owners.push({ id: `p${i}`, lists: ['us_ofac_sdn', 'eu_fsf', 'us_bis_entity_list'] });
  const ownership = ['ofac_50_percent', 'eu_ownership_control', 'bis_affiliates_rule'].map((r) =>
    computeCoverage(edges, owners, '2025-06-01', r),
  );
  const graphSecs = (performance.now() - t) / 1000;
  t = performance.now();
  const lists = [
    ['ofac', 'sdn-csv', '2024-05-03'],
    ['un', '2026-08-01', 'consolidated.xml'],
  ].flatMap(loadSharedList);
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
  const memo = new Map<string, NameHit[]>();
  const screenName = (p: Party): NameHit[] => {
    const k = `${p.name}|${p.country ?? ''}`;
    let hits = memo.get(k);
    if (!hits)
      memo.set(
        k,
        (hits = screener
          .screen({ name: p.name, ...(p.country ? { countries: [p.country] } : {}) }, { maxHits: 3 })
          .map((h) => ({
            listed: { id: h.entryId, list: h.list, names: [h.name], addresses: [] },
            score: h.score,
            why: `score ${h.score.toFixed(2)}`,
          }))),
      );
    return hits;
  };
  const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
  const ctx: ScoringContext = {
    chpl,
    screenName,
    listedAddresses: new ListedAddressIndex(listed),
    listedContacts: new ListedContactIndex(listed),
    registryAddresses: new ListedAddressIndex(registry),
    ownership,
  };
  const listSecs = (performance.now() - t) / 1000;
  ({ rand, pick } = seededRandom(1000 + job.thread)); // each thread its own shipments
  const codes = [...chpl.keys(), '847989', '940360'];
  const shipments: Shipment[] = Array.from({ length: job.shipments }, (_, i) => {
    const consignee = { ...pick(graph), role: 'consignee' as const };
    const endUser =
      rand() < 0.8 ? { ...consignee, role: 'end_user' as const } : { ...pick(graph), role: 'end_user' as const };
    if (rand() < 0.02) consignee.name = pick(listed).names[0]!;
    return {
      id: `T${job.thread}-${i}`,
      date: '2025-06-01',
      destination: consignee.country,
      parties: [{ role: 'exporter', name: 'Muster GmbH', country: 'DE' }, consignee, endUser],
      items: [
        { hsCode: pick(codes), quantity: 10 },
        { hsCode: pick(codes), quantity: 5 },
      ],
      route: [
        { from: 'DE', to: pick(countries) },
        { from: 'TR', to: consignee.country! },
      ],
      payment: {
        payer: rand() < 0.1 ? 'Unrelated Holdings Ltd' : consignee.name,
        payerBankCountry: rand() < 0.1 ? 'AE' : consignee.country!,
      },
      contract: { date: '2025-01-01', noReExportToRussiaClause: rand() < 0.7 },
    };
  });
  // The graph's parties are screened once per list version (as a registry import would), so a
  // worker's steady state finds every graph party's name hits in memory; listed names are not pre-screened.
  t = performance.now();
  for (const g of graph) screenName(g);
  const screenSecs = (performance.now() - t) / 1000;
  for (let i = 0; i < Math.min(2000, shipments.length); i++) scoreShipment(shipments[i]!, ctx); // JIT warm-up
  process.send!(
    `thread ${job.thread}: graph ${job.parties.toLocaleString('en')} parties, ${edges.length.toLocaleString('en')} ownership edges (${graphSecs.toFixed(1)} s); lists ${listed.length.toLocaleString('en')} listed parties (${listSecs.toFixed(1)} s); graph parties pre-screened in ${screenSecs.toFixed(1)} s`,
  );
  process.once('message', () => {
    const start = performance.now();
    let alerts = 0;
    let flags = 0;
    const tags = new Map<string, number>();
    for (const s of shipments) {
      const r = scoreShipment(s, ctx);
      alerts += Number(r.alert);
      flags += r.flags.length;
      for (const f of r.flags) tags.set(f.tag, (tags.get(f.tag) ?? 0) + 1);
    }
    process.send!(
      {
        n: shipments.length,
        secs: (performance.now() - start) / 1000,
        alerts,
        flags,
        tags: [...tags].sort((a, b) => b[1] - a[1]).slice(0, 6),
      },
      () => process.exit(0),
    );
  });
}
