// Hostile requests over a real socket (issue 12, items 6 and 7): per-route body limits, a
// compression bomb in an upload while /healthz keeps answering, NUL characters in paths, query
// strings and bodies (400 naming where, nothing logged with party data), concurrent duplicate
// draw-downs (409, not 500), and database errors logged without SQL parameters.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { domainErrorFromDb, safeError, tenantBySlug } from '@dualuse/app';
import { testEngines } from '@dualuse/store/testing';
import { gzipBomb } from '../../../test/support/hostile';
import { callJson, startTestServer, type TestServer } from './testing';

const licence = {
  number: 'D-CONC-1',
  jurisdiction: 'US',
  items: [{ code: '3A090.a' }],
  destinations: ['SA'],
  parties: [{ role: 'end_user', name: 'Riyadh Compute Co' }],
  value_limit: 1_000_000,
  valid_from: '2026-01-01',
  expires: '2027-12-31',
};
const shipment = (id: string) => ({
  id,
  date: '2026-11-23',
  exporter: { country: 'US' },
  destination: 'SA',
  items: [{ classification: { US: '3A090.a' }, origin: 'US', value: 1000, quantity: 1 }],
  parties: [{ role: 'end_user', name: 'Riyadh Compute Co' }],
});

for (const engine of testEngines()) {
  describe(`hostile requests on ${engine}`, () => {
    let s: TestServer;
    const logged: string[] = [];
    const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path, body });
    before(async () => {
      s = await startTestServer({ engine });
      for (const level of ['error', 'warn'] as const) {
        const original = s.app.logger[level].bind(s.app.logger);
        s.app.logger[level] = ((obj: unknown, ...rest: unknown[]) => {
          logged.push(JSON.stringify(obj) + JSON.stringify(rest));
          return (original as (...a: unknown[]) => void)(obj, ...rest);
        }) as typeof original;
      }
    });
    after(() => s.close());

    test('each file route has its own body limit: 100 MiB declared to a shipments import is a 413 before it is read', async () => {
      // Only the headers and a few bytes are sent: the limit is judged from Content-Length.
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          `${s.url}/api/v1/diversion/shipments/import`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${s.adminKey}`,
              'content-type': 'application/json',
              'content-length': String(100 * 1024 * 1024),
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
            req.destroy();
          },
        );
        req.on('error', reject);
        req.write('{"fileName":"s.csv","content":"');
      });
      assert.equal(status, 413);
      const small = await call('POST', '/api/v1/counterparties', {
        counterparties: [{ name: 'x'.repeat(2 * 1024 * 1024) }],
      });
      assert.equal(small.status, 413);
      assert.match(small.body.detail, /DUALUSE_MAX_BODY_BYTES/);
    });

    test('a 3.3 GB gzip bomb posted to the trade analysis is a 400 in well under a second of work; /healthz answers meanwhile', async () => {
      const bomb = Buffer.from(await gzipBomb(3300)).toString('base64');
      const started = Date.now();
      const [r, health] = await Promise.all([
        call('POST', '/api/v1/diversion/trade', { file: { name: 'comext.csv.gz', contentBase64: bomb } }),
        (async () => {
          await new Promise((w) => setTimeout(w, 50));
          return (await fetch(`${s.url}/healthz`)).status;
        })(),
      ]);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.match(r.body.detail, /^comext\.csv\.gz: gzip data: compression ratio above 100:1 .*decompression bomb/);
      assert.equal(health, 200);
      assert.ok(Date.now() - started < 20_000);
    });

    test('NUL in a path, a query parameter or a body string is a 400 naming where; nothing is logged', async () => {
      const before = logged.length;
      const q = await call('GET', '/api/v1/audit?action=licence%00x');
      assert.equal(q.status, 400);
      assert.deepEqual(q.body.errors, [
        { in: 'query', pointer: '/action', message: 'NUL character (U+0000) is not allowed in text' },
      ]);
      const path = await call('GET', '/api/v1/diversion/network/ab%00c');
      assert.equal(path.status, 400);
      const body = await call('POST', '/api/v1/screen', { parties: [{ name: 'Vladimir\u0000Putin' }] });
      assert.equal(body.status, 400);
      assert.equal(body.body.errors[0].pointer, '/parties/0/name');
      const csv = await call('POST', '/api/v1/diversion/shipments/import', {
        fileName: 's.csv',
        content: 'id,date\nS-1\u0000,2025-01-01\n',
      });
      assert.equal(csv.status, 400);
      assert.equal(logged.length, before, 'a refused request logs no error');
    });

    test('a database error is logged and shown without the failed query or its parameters', async () => {
      // A use case whose query carries the party text as a parameter (drizzle wraps the driver's error with both).
      const error = await tenantBySlug(s.app, 'Vladimir Putin, 1952-10-07\u0000').then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error, 'PostgreSQL refuses NUL in text');
      const safe = JSON.stringify(safeError(error));
      assert.doesNotMatch(safe, /Putin|1952|select/i);
      assert.match(safe, /"sqlState":"22021"/);
      assert.equal(domainErrorFromDb(error)?.kind, 'invalid_input');
    });

    test('concurrent draw-downs of one shipment: one is drawn, the others get 409 (not 500)', async () => {
      assert.equal((await call('POST', '/api/v1/licences', licence)).status, 201);
      const results = await Promise.all(
        Array.from({ length: 4 }, () => call('POST', '/api/v1/licences/draws', shipment('SH-CONC-1'))),
      );
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 409, 409, 409], JSON.stringify(results.map((r) => r.body.detail ?? r.status)));
      for (const r of results.filter((x) => x.status === 409))
        assert.match(r.body.detail, /shipment 'SH-CONC-1' has already been drawn against licences/);
    });
  });
}
