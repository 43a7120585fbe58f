import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseCsv } from '../screening/formats/csv';
import { parseFtm } from '../screening/formats/ftm';
import { compareAddresses, normaliseAddress } from './address';
import { findClusters, type NetworkParty } from './network';

const same = (a: string, b: string) => compareAddresses(normaliseAddress(a), normaliseAddress(b));

test('address variants of real Hong Kong and Dubai offices from the OFAC slice are one place', () => {
  const belgian =
    'Unit 1405B 14/F, The Belgian Bank Building, Nos. 721-725 Nathan Road, Mongkok; Kowloon, Hong Kong; China';
  for (const v of [
    'Rm 1405B, 14F, Belgian Bank Bldg, 721-725 Nathan Rd, Mong Kok, Kowloon, Hong Kong, China',
    'Room 1405B, 14th Floor, The Belgian Bank Building, No. 721-725 Nathan Road, Mong Kok, Kowloon, HK, China',
    'Flat 1405B, 14/F, Belgian Bank Building, 721 - 725 Nathan Road, Mongkok, Kowloon, Hong Kong SAR, China',
  ])
    assert.ok(same(belgian, v), `${v} ≈ ${belgian}`);
  assert.equal(
    same(
      belgian,
      'Unit 1406B 14/F, The Belgian Bank Building, 721-725 Nathan Road, Mongkok, Kowloon, Hong Kong, China',
    ),
    null,
    'another unit is another door',
  );
  assert.equal(
    same(
      belgian,
      'Unit 1405B 15/F, The Belgian Bank Building, 721-725 Nathan Road, Mongkok, Kowloon, Hong Kong, China',
    ),
    null,
    'another floor',
  );
  const ifza = 'Unit 27610-001, Building A1, IFZA Business Park, Dubai Silicon Oasis; Dubai; United Arab Emirates';
  const m = same(
    ifza,
    'Unit 27610-001, Building A1, IFZA Business Park, DDP, Dubai Silicon Oasis; Dubai; United Arab Emirates',
  );
  assert.ok(m && m.score < 1 && m.why.includes('"ddp"'), `DDP variant merged with a reason: ${m?.why}`);
  assert.ok(
    same(ifza, 'Unit 27610 - 001, Building A1, IFZA Business Park, Dubai Silicon Oasis; Dubai; United Arab Emirates')
      ?.score === 1,
  );
  assert.equal(normaliseAddress('13/F').key, normaliseAddress('13th Floor').key);
  assert.equal(normaliseAddress('13F').key, normaliseAddress('Floor 13').key);
});

test('OFAC Russia network slice: every reference shared-address cluster is recovered, ADDR-002 and ADDR-006 merged', () => {
  const dir = ['graph', 'ofac-russia-network-sample'];
  const list = parseFtm('entities.ftm.jsonl', readFileSync(sharedData(...dir, 'entities.ftm.jsonl')));
  const parties: NetworkParty[] = list.entries
    .filter((e) => e.type === 'organization')
    .map((e) => ({
      id: e.sourceId,
      name: e.names[0]!.full,
      addresses: e.addresses.map((a) => a.full ?? ''),
      listed: true,
      phones: e.identifiers.filter((i) => i.type === 'phone').map((i) => i.value),
      emails: e.identifiers.filter((i) => i.type === 'email').map((i) => i.value),
    }));
  const clusters = findClusters(parties).filter((c) => c.kind === 'address');
  const [header, ...rows] = parseCsv(
    readFileSync(sharedData(...dir, 'shared_address_clusters.csv'), 'utf8'),
    'shared_address_clusters.csv',
  );
  const col = Object.fromEntries(header!.cells.map((h, i) => [h, i]));
  const reference = rows.map((r) => ({
    id: r.cells[col.cluster_id!]!,
    members: r.cells[col.members_ofac_ent_num!]!.split(' ').map((n) => `ofac-${n}`),
  }));
  const recovered = reference.filter((ref) =>
    clusters.some((c) => ref.members.every((m) => c.members.some((x) => x.party === m))),
  );
  assert.equal(recovered.length, reference.length, `recovered ${recovered.length}/${reference.length}`);
  const dubai = clusters.find((c) => c.members.some((m) => m.party === 'ofac-47232'))!;
  assert.deepEqual(dubai.members.map((m) => m.party).sort(), [
    'ofac-43556',
    'ofac-45732',
    'ofac-46289',
    'ofac-46608',
    'ofac-46609',
    'ofac-47232',
  ]);
  assert.ok(dubai.members.every((m) => m.why.length > 10));
  assert.ok(
    dubai.members.some((m) => m.confidence < 1 && m.why.includes('ddp')),
    'the fuzzy merge is marked and explained',
  );
  const hk = clusters.find((c) => c.members.some((m) => m.party === 'ofac-46739'))!;
  assert.deepEqual(hk.members.map((m) => m.name).sort(), [
    'ALPHA TRADING INVESTMENTS LIMITED',
    'TORDAN INDUSTRY LIMITED',
    'WARGOS INDUSTRY LIMITED',
  ]);
  // Figures for the report: clusters found vs the 6 reference clusters (of which 2 are one place).
  console.log(
    `address clusters: ${clusters.length} found; reference ${recovered.length}/${reference.length} recovered; memberships ${clusters.reduce((a, c) => a + c.size, 0)}`,
  );
  for (const c of clusters)
    console.log(`  ${c.id} ${c.size} ${c.key} :: ${c.members.map((m) => `${m.name} [${m.value}]`).join(' | ')}`);
});

test('phones and e-mails link parties; decoys with different doors or no shared contact do not', () => {
  const parties: NetworkParty[] = [
    {
      id: 'a',
      name: 'Alpha Ltd',
      addresses: ['Rm 5, 3/F, 8 Queen St, Sheung Wan, Hong Kong'],
      phones: ['+852 2123 4567'],
      emails: ['Sales@alpha-hk.com'],
    },
    {
      id: 'b',
      name: 'Beta Ltd',
      addresses: ['Room 5, 3rd Floor, 8 Queen Street, Sheung Wan, HK'],
      phones: ['2123 4567 ', '(852) 2123-4567'],
    },
    {
      id: 'c',
      name: 'Gamma Ltd',
      addresses: ['Room 6, 3rd Floor, 8 Queen Street, Sheung Wan, HK'],
      emails: ['sales@alpha-hk.com'],
    },
    { id: 'd', name: 'Delta Ltd', addresses: ['Flat 9, 1/F, 2 Other Road, Kowloon'] },
  ];
  const c = findClusters(parties);
  const kinds = c.map((x) => `${x.kind}:${x.members.map((m) => m.party).join('')}`).sort();
  assert.deepEqual(kinds, ['address:ab', 'email:ac', 'phone:ab']);
});
