/**
 * Diversion scenario bench (issue 18 item 7): alert precision and recall, citation coverage (required red-flag
 * citations present ÷ expected) and ring recovery on our own scenario set, diversion-scenarios/scenarios.json
 * (kinds of shared/docs/RED-FLAGS.md plus legitimate controls; each scenario says how it was built) in the fictional
 * world of diversion-scenarios/world.json (listed parties, ownership stakes, a registry, the true rings).
 *
 * The records are read by the import's parser (parseShipmentLines) and scored by the core scorer with what an
 * import would give it: the world's listed parties, the registry's addresses, ownership coverage per regime on each
 * shipment's date (as app registryScoring does), earlier payments by payer account, and the real BIS CHPL. Rings
 * are core recordNetwork over all records. The figures come from diversion-scenarios-score.ts.
 *
 *   node --import tsx bench/diversion-scenarios.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import {
  computeCoverage,
  ListedAddressIndex,
  OWNERSHIP_REGIMES,
  paymentAccountKey,
  parseChplTiers,
  parseShipmentLines,
  recordNetwork,
  scoreShipment,
  type ListedParty,
  type OwnershipEdge,
  type PaymentRecord,
  type ScoringContext,
  type Shipment,
} from '@dualuse/core/diversion';
import { sharedData } from '../test/support/shared';
import { benchFigures, type ScenarioOutcome, type TrueRing } from './diversion-scenarios-score';

interface Scenario {
  id: string;
  kind: string;
  note: string;
  expect: { alert: boolean; citations: string[] };
  records: unknown[];
}
interface World {
  listed: ListedParty[];
  ownership: OwnershipEdge[];
  registry: { id: string; name: string; address: string }[];
  rings: TrueRing[];
}

const here = (name: string) => new URL(`diversion-scenarios/${name}`, import.meta.url);
const world = JSON.parse(readFileSync(here('world.json'), 'utf8')) as World;
const scenarios = (JSON.parse(readFileSync(here('scenarios.json'), 'utf8')) as { scenarios: Scenario[] }).scenarios;
const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));

// The import's own parser: the scenarios are read as a user's file would be.
const records = new Map(
  scenarios.map((s) => [
    s.id,
    parseShipmentLines(s.records.map((r) => JSON.stringify(r)).join('\n'), `scenarios.json#${s.id}`),
  ]),
);
const all = [...records.values()].flat();

/** Earlier payments by payer account, for the structuring rule: every payment of the set dated before the record. */
function paymentHistory(before: string | undefined): Map<string, PaymentRecord[]> {
  const out = new Map<string, PaymentRecord[]>();
  for (const r of all) {
    const p = r.payment;
    if (!p?.payerAccount || !p.beneficiary || p.amount === undefined || !p.date) continue;
    if (before && p.date >= before) continue;
    const k = paymentAccountKey(p.payerAccount);
    (out.get(k) ?? out.set(k, []).get(k)!).push({
      payerAccount: p.payerAccount,
      beneficiary: p.beneficiary,
      amount: p.amount,
      date: p.date,
      ...(p.currency ? { currency: p.currency } : {}),
    });
  }
  return out;
}

const listedOwners = world.listed.map((l) => ({ id: l.id, name: l.names[0]!, lists: [l.list] }));
const base: ScoringContext = {
  chpl,
  listed: world.listed,
  registryAddresses: new ListedAddressIndex(
    world.registry.map((c) => ({ id: c.id, list: 'registry', names: [c.name], addresses: [c.address] })),
  ),
};
const contextFor = (s: Shipment): ScoringContext => {
  const date = s.date ?? new Date().toISOString().slice(0, 10);
  return {
    ...base,
    ownership: OWNERSHIP_REGIMES.map((r) => computeCoverage(world.ownership, listedOwners, date, r.id)),
    payments: paymentHistory(s.payment?.date ?? s.date),
  };
};

const started = performance.now();
const outcomes: (ScenarioOutcome & { kind: string })[] = scenarios.map((s) => {
  const scored = records.get(s.id)!.map((r) => scoreShipment(r, contextFor(r)));
  return {
    id: s.id,
    kind: s.kind,
    expectedAlert: s.expect.alert,
    alerted: scored.some((r) => r.alert),
    expectedCitations: s.expect.citations,
    citedTags: [...new Set(scored.flatMap((r) => r.flags.filter((f) => f.citations.length).map((f) => f.tag)))],
  };
});
const net = recordNetwork(all);
const found = net.rings.map((r) => r.members.map((m) => m.key));
const f = benchFigures(outcomes, { truth: world.rings, found });
const ms = performance.now() - started;

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);
const positives = outcomes.filter((o) => o.expectedAlert).length;
console.log(
  `scenarios ${outcomes.length} (${positives} to alert, ${outcomes.length - positives} legitimate controls), records ${all.length}, kinds ${new Set(scenarios.map((s) => s.kind)).size - 1} + controls`,
);
console.log(
  `alerts: tp ${f.tp}, fp ${f.fp}, fn ${f.fn}, tn ${f.tn}; precision ${pct(f.precision)}, recall ${pct(f.recall)}`,
);
console.log(`citation coverage: ${f.citations.present} / ${f.citations.expected} = ${pct(f.citations.coverage)}`);
console.log(
  `rings recovered: ${f.rings.recovered} / ${f.rings.truth} (${pct(f.rings.recall)}); found ${found.length} ring(s) of sizes ${found.map((r) => r.length).join(', ') || '-'}`,
);
if (f.missedAlerts.length) console.log(`missed alerts: ${f.missedAlerts.join(', ')}`);
if (f.falseAlerts.length) console.log(`false alerts: ${f.falseAlerts.join(', ')}`);
if (f.rings.missed.length) console.log(`rings missed: ${f.rings.missed.join(', ')}`);
const byKind = new Map<string, string[]>();
for (const m of f.missingCitations) {
  const kind = outcomes.find((o) => o.id === m.scenario)!.kind;
  byKind.set(`${kind}: ${m.tag}`, [...(byKind.get(`${kind}: ${m.tag}`) ?? []), m.scenario]);
}
for (const [k, ids] of byKind) console.log(`missing citation ${k} (${ids.join(', ')})`);
if (process.argv.includes('--verbose'))
  for (const o of outcomes) console.log(`${o.id} ${o.alerted ? 'ALERT' : '-'} ${o.citedTags.join(', ')}`);
console.log(`(scored and networked in ${ms.toFixed(0)} ms)`);
