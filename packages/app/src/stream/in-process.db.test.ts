// The in-process stream (no broker) through the same idempotent handler the JetStream workers
// use: duplicates of one event count once, a transient failure is retried and then counts,
// a poison event goes to the dead letters with its error, and the counters match the rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Principal } from '@dualuse/core';
import { inTenant, processedSummary, streamCounters, streamResultsByEvent } from '@dualuse/store';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { importCompanies } from '../diversion/records';
import { importListFiles } from '../lists/import';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { makeEvent, type StreamEvent } from './events';
import { InProcessStream } from './in-process';
import { DeliveryProcessor } from './process';
import { StreamScorer } from './scorer';
import { syntheticShipments } from './synthetic';

for (const engine of testEngines()) {
  describe(`diversion stream in-process on ${engine}`, () => {
    let app: AppContext;
    let p: Principal;

    before(async () => {
      app = await openApp(
        loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0', DUALUSE_JAPANESE_READINGS: 'false' }),
        { db: await openTestDatabase(engine) },
      );
      const boot = await bootstrapOperator(app);
      p = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      const [un] = await importListFiles(app, p, [
        {
          name: 'consolidated.xml',
          bytes: new Uint8Array(readFileSync(sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'))),
        },
      ]);
      assert.ok(un);
    });
    after(() => app.close());

    test('each event counts once however often it is delivered; poison is dead-lettered with its error', async () => {
      const bodies = syntheticShipments(40, { seed: 3, idPrefix: 'IP-' });
      const events = bodies.map((b) => makeEvent(p.tenantId, 'shipment', b));
      // A resent event (same body → same key) and an amended one (same id, new content → new key).
      const resent = makeEvent(p.tenantId, 'shipment', bodies[0]);
      const amended = makeEvent(p.tenantId, 'shipment', { ...bodies[1], destination: 'KG' });
      assert.equal(resent.key, events[0]!.key);
      assert.notEqual(amended.key, events[1]!.key);
      const poison: StreamEvent = {
        ...events[2]!,
        key: `${p.tenantId}:shipment:bad:0`,
        body: { id: 'bad', parties: [] },
      };

      const stream = new InProcessStream({ maxDeliver: 3, prefix: 'dualuse', retryDelayMs: () => 1 });
      const processor = new DeliveryProcessor(app, new StreamScorer(app), 'test-worker');
      let failedOnce = false;
      await stream.publish([...events, resent, resent, amended, poison]);
      const stats = await stream.consume(
        async (batch) => {
          // A transient failure (think: database restart) on the first delivery of one event.
          const flaky = batch.findIndex((d) => d.event.key === events[5]!.key);
          if (flaky >= 0 && !failedOnce) {
            failedOnce = true;
            const rest = await processor.processBatch(batch.filter((_, i) => i !== flaky));
            return [...rest.slice(0, flaky), { ok: false, error: new Error('connection reset') }, ...rest.slice(flaky)];
          }
          return processor.processBatch(batch);
        },
        { concurrency: 2, maxBatch: 7, signal: new AbortController().signal, untilIdle: true },
      );
      assert.equal(stats.retried, 1);
      assert.deepEqual([stats.counted, stats.duplicates], [41, 2]);
      assert.equal(stats.deadLettered, 1);
      assert.equal(stream.deadLetters[0]!.event!.key, poison.key);
      assert.match(stream.deadLetters[0]!.error, /\/body\/parties/);
      assert.equal(stream.deadLetters[0]!.delivery, 1, 'poison is not retried');

      const { summary, counters, rows } = await inTenant(app.db, p.tenantId, async (tx) => ({
        summary: await processedSummary(tx),
        counters: await streamCounters(tx, p.tenantId),
        rows: await streamResultsByEvent(tx, ['IP-1', 'IP-5']),
      }));
      // 40 events + the amended version; the two resends found their key.
      assert.equal(summary.events, 41);
      assert.equal(summary.results, 41);
      assert.equal(summary.redelivered, 1, 'the event that failed once counted on its 2nd delivery');
      assert.equal(counters!.shipments, 41);
      assert.equal(counters!.duplicates, 2);
      const alerts = await app.db.raw((tx) =>
        tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM diversion_stream_results WHERE alert`),
      );
      assert.equal(counters!.alerts, alerts[0]!.n);
      assert.equal(
        rows.filter((r) => r.eventId === 'IP-1').length,
        2,
        'both versions of the amended shipment are scored',
      );
      for (const r of rows)
        assert.ok(
          Object.keys(r.inputVersions as object).some((k) => k.startsWith('list:')),
          'every result names the list version it used',
        );

      // Replaying the whole batch changes nothing but the duplicate tally.
      await stream.publish(events);
      const replay = await stream.consume((batch) => processor.processBatch(batch), {
        concurrency: 2,
        maxBatch: 16,
        signal: new AbortController().signal,
        untilIdle: true,
      });
      assert.deepEqual([replay.counted, replay.duplicates], [0, 40]);
      const again = await inTenant(app.db, p.tenantId, (tx) => streamCounters(tx, p.tenantId));
      assert.equal(again!.shipments, 41);
      assert.equal(again!.duplicates, 2 + 40);
    });

    test("the tenant's imported company graph is used: ownership by a listed party through a chain", async () => {
      const csv = [
        // The owner names its list: each ownership regime counts only owners on its own lists (OFAC 50 %: SDN).
        'record,id,name,country,listed,listed_on,from,to,percentage,start_date',
        'company,L,Listed Holding AO,RU,true,us_ofac_sdn,,,,',
        'company,A,Alpha Invest Ltd,CY,,,,,,',
        'company,B,Bravo Trading LLC,AE,,,,,,',
        'shareholder,SH-1,,,,,L,A,60,2023-01-01',
        'shareholder,SH-2,,,,,A,B,50,2023-01-01',
      ].join('\n');
      await importCompanies(app, p, { name: 'reg.csv', bytes: new TextEncoder().encode(csv) });
      const stream = new InProcessStream({ maxDeliver: 3, prefix: 'dualuse' });
      const processor = new DeliveryProcessor(app, new StreamScorer(app), 'test-worker');
      const body = {
        id: 'G-1',
        date: '2024-01-01',
        destination: 'AE',
        parties: [
          { role: 'exporter', name: 'Muster GmbH', country: 'DE' },
          { id: 'B', role: 'consignee', name: 'Bravo Trading LLC', country: 'AE' },
        ],
        items: [{ hsCode: '847150', quantity: 1 }],
      };
      await stream.publish([makeEvent(p.tenantId, 'shipment', body)]);
      await stream.consume((batch) => processor.processBatch(batch), {
        concurrency: 1,
        maxBatch: 1,
        signal: new AbortController().signal,
        untilIdle: true,
      });
      const [row] = await inTenant(app.db, p.tenantId, (tx) => streamResultsByEvent(tx, ['G-1']));
      const why = (row!.flags as { why: string }[]).map((f) => f.why).join(' | ');
      assert.match(why, /50 % held by listed or covered owners/, why);
      assert.ok(row!.alert, 'ownership by a listed party alerts alone');
      assert.match(
        String((row!.inputVersions as Record<string, string>).registry),
        /^sha256:/,
        'the result names the registry version it used',
      );
    });

    test('a payment event is scored with the order parties it pays for', async () => {
      const stream = new InProcessStream({ maxDeliver: 3, prefix: 'dualuse' });
      const processor = new DeliveryProcessor(app, new StreamScorer(app), 'test-worker');
      const payment = makeEvent(p.tenantId, 'payment', {
        id: 'PAY-1',
        parties: [{ role: 'consignee', name: 'Bishkek Trade House', country: 'KG' }],
        payment: { payer: 'Gulf Star General Trading', payerBankCountry: 'AE' },
      });
      await stream.publish([payment]);
      await stream.consume((batch) => processor.processBatch(batch), {
        concurrency: 1,
        maxBatch: 1,
        signal: new AbortController().signal,
        untilIdle: true,
      });
      const [row] = await inTenant(app.db, p.tenantId, (tx) => streamResultsByEvent(tx, ['PAY-1']));
      const tags = (row!.flags as { tag: string; why: string }[]).map((f) => f.why).join(' | ');
      assert.match(tags, /AE/, 'the third-country bank is flagged');
      const counters = await inTenant(app.db, p.tenantId, (tx) => streamCounters(tx, p.tenantId));
      assert.equal(counters!.payments, 1);
    });
  });
}
