// A party's network fetched around the party (party-neighbourhood.ts) is the network read from every record: the
// same nodes, edges, path to a listed party and ring, for every party of two worlds — the ring world
// (ring-world.test-support.ts) and the real OFAC Russia network sample imported as a registry (listed members).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '@dualuse/store/testing';
import type { AppContext } from '../context';
import { partyNetwork } from './graph';
import { importCompanies, importPayments, importShipments } from './records';
import { enc, jsonl, OFAC, openDiversionWorld, type DiversionWorld } from './records-support.test';
import { companiesCsv, ORDINARY_IDS, RINGS, shipmentsAndPayments } from './ring-world.test-support';

for (const engine of testEngines()) {
  describe(`party network by neighbourhood on ${engine}`, () => {
    let app: AppContext;
    let analyst: DiversionWorld['analyst'];
    before(async () => {
      ({ app, analyst } = await openDiversionWorld(engine));
      const { shipments, paymentsCsv } = shipmentsAndPayments();
      await importCompanies(app, analyst, { name: 'registry.csv', bytes: enc(companiesCsv()) });
      await importCompanies(app, analyst, { name: 'ofac.ftm.jsonl', bytes: new Uint8Array(readFileSync(OFAC)) });
      await importShipments(app, analyst, { name: 'orders.jsonl', bytes: jsonl(shipments) });
      await importPayments(app, analyst, { name: 'payments.csv', bytes: enc(paymentsCsv) });
    });
    after(() => app.close());

    const same = async (party: string, depth: number) => {
      const [around, all] = await Promise.all(
        (['neighbourhood', 'all'] as const).map((scan) => partyNetwork(app, analyst, party, { depth, scan })),
      );
      const sortBy = <T>(xs: T[], k: (x: T) => string) => [...xs].sort((a, b) => k(a).localeCompare(k(b)));
      assert.deepEqual(
        sortBy(around!.nodes, (n) => n.id),
        sortBy(all!.nodes, (n) => n.id),
        `${party} depth ${depth}: nodes`,
      );
      const edge = (e: { from: string; to: string; kind: string; why: string }) =>
        `${e.from}|${e.to}|${e.kind}|${e.why}`;
      assert.deepEqual(around!.edges.map(edge).sort(), all!.edges.map(edge).sort(), `${party} depth ${depth}: edges`);
      assert.deepEqual(around!.pathToListed, all!.pathToListed, `${party}: path to a listed party`);
      assert.deepEqual(around!.ring, all!.ring, `${party}: ring`);
      return all!;
    };

    test('every ring member and ordinary buyer: the same network at depths 1, 2 and 4', async () => {
      let edges = 0;
      for (const id of [...RINGS.flatMap((r) => r.members), ...ORDINARY_IDS])
        for (const depth of [1, 2, 4]) edges += (await same(id, depth)).edges.length;
      assert.ok(edges > 50, `the worlds are not empty (${edges} edges compared)`);
    });

    test('parties of the OFAC sample with a path to a listed party: the same path', async () => {
      const sample = readFileSync(OFAC, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; schema: string })
        .filter((e) => ['Company', 'Organization', 'LegalEntity'].includes(e.schema))
        .slice(0, 25);
      let paths = 0;
      for (const e of sample) if ((await same(e.id, 2)).pathToListed?.length) paths++;
      assert.ok(paths > 0, 'some sample companies reach a listed party');
    });
  });
}
