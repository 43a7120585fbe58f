/**
 * Entity resolution on the real OFAC Russia network slice (shared/data/graph): distinct SDN
 * designations must never be merged, shells at one registered office must be shown as sharing
 * it without being merged, and a shipment's spelling of a listed company must find it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { resolveParties, type ResolvableParty } from './index';

interface Row {
  id: string;
  schema: string;
  properties: Record<string, string[] | undefined>;
}
const rows = readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Row);
const records: ResolvableParty[] = rows
  .filter((r) => r.schema === 'Company' || r.schema === 'Person')
  .map((r) => ({
    ref: r.id,
    source: 'list',
    name: r.properties.name![0]!,
    aliases: r.properties.name!.slice(1),
    type: r.schema === 'Person' ? 'person' : 'organization',
    ...(r.properties.country?.length === 1 ? { country: r.properties.country[0] } : {}),
    addresses: r.properties.address ?? [],
    websites: r.properties.website ?? [],
    identifiers: [...(r.properties.registrationNumber ?? []), ...(r.properties.taxNumber ?? [])],
  }));

test('299 distinct SDN entries: none merged, and the ambiguous pairs are listed for review with their reasons', () => {
  assert.equal(records.length, 299);
  const r = resolveParties(records);
  assert.deepEqual(
    r.clusters,
    [],
    `false merges: ${r.clusters.map((c) => c.links.map((l) => l.why).join(' | ')).join(' || ')}`,
  );
  assert.ok(r.stats.compared < (299 * 298) / 2 / 10, `blocking compared ${r.stats.compared} pairs`);
  for (const l of r.nearMisses) assert.ok(l.evidence.length && l.why.includes('confidence'));
});

test('ADDR-003 shells (TORDAN, WARGOS, ALPHA TRADING at Unit 617, 6/F, 131-132 Connaught Road West): same door, names differ, not merged', () => {
  const shells = records.filter((x) => ['ofac-46739', 'ofac-46741', 'ofac-46743'].includes(x.ref!));
  const r = resolveParties(shells, { reviewFrom: 0 });
  assert.deepEqual(r.clusters, []);
  assert.equal(r.nearMisses.length, 3);
  for (const l of r.nearMisses) {
    assert.ok(
      l.evidence.some((e) => e.kind === 'address' && e.normalised.includes('617')),
      l.why,
    );
    assert.ok(
      l.conflicts.some((c) => c.startsWith('names differ')),
      l.why,
    );
  }
});

test('a shipment consignee written its own way is linked to the SDN entry (SUN SHIP MANAGEMENT D LTD, ofac-46622), with why', () => {
  const consignee: ResolvableParty = {
    ref: 'ship:S-44/consignee',
    source: 'shipment',
    name: 'Sun Ship Management (D) Limited',
    country: 'AE',
    address: 'Unit OT 17-32, 17/F, Office Tower, Central Park Towers, Dubai, UAE',
  };
  const r = resolveParties([...records, consignee]);
  assert.equal(r.clusterOf.get('ship:S-44/consignee'), r.clusterOf.get('ofac-46622'));
  const link = r.clusters.find((c) => c.members.includes('ofac-46622'))!.links[0]!;
  assert.deepEqual(link.evidence.map((e) => e.kind).sort(), ['address', 'name'], link.why);
  assert.ok(
    !r.clusters.find((c) => c.members.includes('ofac-46622'))!.members.includes('ofac-43556'),
    'KAZAN SHIPPING at the same office is not pulled in',
  );
});
