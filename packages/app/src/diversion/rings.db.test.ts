// Ring recovery (issue 18): six procurement rings hidden among ordinary buyers in an imported registry
// extract, shipments and payments (ring-world.test-support.ts). A ring counts as recovered when the
// network of its first member (depth 2) reaches every other member, and no ordinary buyer is drawn in.
// Before: the registry alone (companies and their links); after: with the ties in the records.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '@dualuse/store/testing';
import type { AppContext } from '../context';
import { partyNetwork } from './graph';
import { importCompanies, importPayments, importShipments } from './records';
import { enc, jsonl, openDiversionWorld, type DiversionWorld } from './records-support.test';
import { companiesCsv, ORDINARY_IDS, RINGS, shipmentsAndPayments } from './ring-world.test-support';

for (const engine of testEngines()) {
  describe(`ring recovery on ${engine}`, () => {
    let app: AppContext;
    let analyst: DiversionWorld['analyst'];
    before(async () => {
      ({ app, analyst } = await openDiversionWorld(engine));
      const { shipments, paymentsCsv } = shipmentsAndPayments();
      await importCompanies(app, analyst, { name: 'registry.csv', bytes: enc(companiesCsv()) });
      await importShipments(app, analyst, { name: 'orders.jsonl', bytes: jsonl(shipments) });
      await importPayments(app, analyst, { name: 'payments.csv', bytes: enc(paymentsCsv) });
    });
    after(() => app.close());

    const recovery = async (records: boolean) => {
      const found: string[] = [];
      let strays = 0;
      for (const ring of RINGS) {
        const net = await partyNetwork(app, analyst, ring.members[0]!, { depth: 2, records });
        const ids = new Set(net.nodes.map((n) => n.id));
        strays += ORDINARY_IDS.filter((id) => ids.has(id)).length;
        if (ring.members.every((m) => ids.has(m))) found.push(ring.tie);
      }
      return { found, strays };
    };

    test('the registry alone finds the agent and office rings; with the records all six, and no ordinary buyer', async () => {
      const before = await recovery(false);
      const after = await recovery(true);
      console.log(`# rings recovered: ${before.found.length}/6 registry only, ${after.found.length}/6 with records`);
      assert.deepEqual(before.found, ['same registration agent', 'same registered office']);
      assert.deepEqual(
        after.found,
        RINGS.map((r) => r.tie),
      );
      assert.deepEqual([before.strays, after.strays], [0, 0], 'no ordinary buyer is tied into a ring');
    });

    test('each tie names its basis, kind and records; the ring is scored', async () => {
      const payer = await partyNetwork(app, analyst, 'P1', { depth: 1 });
      const e = payer.edges.find((x) => x.kind === 'same_payer')!;
      assert.ok(e, JSON.stringify(payer.edges.map((x) => x.kind)));
      assert.equal(e.basis, 'records');
      assert.match(e.why, /same payer "Orion Gulf Holdings FZE"/);
      assert.ok(e.records!.length >= 2 && e.firstDate && e.lastDate);
      assert.equal(payer.ring?.members, 4);
      const agent = await partyNetwork(app, analyst, 'A2', { depth: 1 });
      const a = agent.edges.find((x) => x.kind === 'same_registration_agent')!;
      assert.match(a.why, /same registration agent Harbour Corporate Services Ltd \("company secretary"/);
      assert.equal(a.basis, 'registry');
      // R3's orders carry no company id: matched to the registry by name and country.
      const phone = await partyNetwork(app, analyst, 'T1', { depth: 1 });
      assert.ok(phone.edges.some((x) => x.kind === 'shared_phone' && x.basis === 'records' && /\+971/.test(x.why)));
      // The hub forwarders (more customers than the fan-out limit) tie nobody.
      const ordinary = await partyNetwork(app, analyst, 'N01', { depth: 2 });
      assert.deepEqual(
        ordinary.nodes.map((n) => n.id),
        ['N01'],
      );
      assert.equal(ordinary.ring, null);
    });
  });
}
