import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseFtm } from '../screening/formats/ftm';
import { ftmGraph } from './ftm-graph';
import { findClusters } from './network';
import { buildAdjacency, shortestPath } from './network-path';

const file = sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl');

test('OFAC slice: an unlisted newcomer at the IFZA office reaches a listed tanker operator, each hop explained', () => {
  const bytes = new Uint8Array(readFileSync(file));
  const g = ftmGraph('entities.ftm.jsonl', bytes);
  const newcomer = {
    id: 'cust-1',
    name: 'Nova Marine Services FZCO',
    addresses: ['Unit 27610-001, Bldg A1, IFZA Business Park, DDP, Dubai Silicon Oasis, Dubai, UAE'],
    listed: false,
  };
  const clusters = findClusters([...g.parties.filter((p) => p.type !== 'person'), newcomer]);
  const adj = buildAdjacency(parseFtm('entities.ftm.jsonl', bytes).links ?? [], clusters);
  const listed = new Set(g.listed.map((l) => l.id));
  const path = shortestPath(adj, 'cust-1', (id) => listed.has(id))!;
  assert.equal(path.length, 1);
  assert.equal(path[0]!.kind, 'shared_address');
  assert.match(path[0]!.why, /27610/);
  // Two listed companies with no direct tie: OIL TANKERS SCF MGMT FZCO → (IFZA office) KAZAN SHIPPING → (Central Park
  // Towers) LUMBER MARINE.
  const p2 = shortestPath(adj, 'ofac-47232', (id) => id === 'ofac-45554')!;
  assert.deepEqual(
    p2.map((s) => s.kind),
    ['shared_address', 'shared_address'],
  );
  assert.equal(p2[0]!.to, 'ofac-43556');
  // "Linked To" remarks are edges too.
  const linked = (parseFtm('entities.ftm.jsonl', bytes).links ?? [])[0]!;
  assert.equal(shortestPath(adj, linked.from, (id) => id === linked.to)![0]!.kind, 'UnknownLink');
  assert.equal(
    shortestPath(adj, 'cust-1', (id) => id === 'nowhere'),
    null,
  );
});
