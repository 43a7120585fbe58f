// Issue 14 "Done when": an authorisation matrix over every coalition route × tenant. The routes are read from the
// OpenAPI document (every operation tagged "coalition"), so a route added later is probed without editing this
// test. Agencies DE and FR are partners; NL is an agency outside their coalition; exporters X and Y. Each outsider
// (Y, NL, and X on FR's internal work) calls every route with the ids of DE's, FR's and X's records and a body that
// would be valid for most routes: nothing of theirs may appear in an answer, and nothing of theirs may change.
// Roles are covered for every route by server/test/api.test.ts (403 for each role without the permission); here
// each tenant calls as its admin, the role that may do most.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '@dualuse/store/testing';
import { callJson, operatorIssuedKey, startTestServer, type TestServer } from '../../testing';

type Op = { method: string; path: string };

for (const engine of testEngines()) {
  describe(`coalition routes × tenants on ${engine}`, () => {
    let s: TestServer;
    const key: Record<string, string> = {};
    const tenant: Record<string, string> = {};
    const id: Record<string, string> = {};
    const call = (who: string, method: string, path: string, body?: unknown) =>
      callJson(s, { method, path: `/api/v1${path}`, key: key[who]!, ...(body ? { body } : {}), timeoutMs: 60_000 });
    const ok = async (who: string, method: string, path: string, body?: unknown) => {
      const r = await call(who, method, path, body);
      assert.ok(r.status < 300, `${who} ${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body as Record<string, unknown>;
    };

    before(async () => {
      s = await startTestServer({ engine });
      key.op = s.adminKey;
      for (const [t, kind] of [
        ['de', 'agency'],
        ['fr', 'agency'],
        ['nl', 'agency'],
        ['x', 'company'],
        ['y', 'company'],
      ]) {
        // prettier-ignore
        const r = await ok('op', 'POST', '/tenants', {
          slug: `t-${t}`,
          name: `Tenant ${t}`,
          kind,
          admin: { email: `admin@${t}.example`, name: `${t} admin` },
        });
        key[t!] = r.adminKey as string;
        tenant[t!] = (r.tenant as { id: string }).id;
      }
      for (const [t, name, country] of [
        ['de', 'BAFA', 'DE'],
        ['fr', 'SBDU', 'FR'],
        ['nl', 'CDIU', 'NL'],
      ])
        // prettier-ignore
        await ok(t!, 'POST', '/agencies', { name, country });
      const shares = ['denial', 'undercut', 'list_addition', 'indicator'];
      id.coalition = String((await ok('de', 'POST', '/coalitions', { name: 'EU Art. 16', members: [tenant.fr], shares })).id); // prettier-ignore
      await ok('fr', 'POST', `/coalitions/${id.coalition}/accept`);
      const app = (agency: string, reference: string) => ({
        agencyId: tenant[agency],
        reference,
        destination: 'KG',
        items: [{ description: 'Ala-Too milling machine', controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }] }],
        parties: [{ role: 'end_user', name: 'Ala-Too Machine Trading LLC', country: 'KG' }],
        endUse: 'Spare parts for agricultural machinery',
      });
      id.a1 = String((await ok('x', 'POST', '/applications', app('de', 'X-1'))).id);
      await ok('de', 'POST', `/applications/${id.a1}/note`, { text: 'DE internal note' });
      await ok('de', 'POST', `/applications/${id.a1}/countersign`, { text: 'agree' });
      // The countersigner and the decider differ: DE's admin countersigned, an officer decides.
      await ok('de', 'POST', '/users', { email: 'o@de.example', name: 'de officer', role: 'officer' });
      key['de-o'] = await operatorIssuedKey(s, 'o@de.example');
      const refusal = await ok('de-o', 'POST', `/applications/${id.a1}/decision`, {
        kind: 'refuse',
        criteria: ['EU-CP-2008/944-7'],
        reason: 'Diversion risk',
        regimeRef: 'DE-2026-7',
      });
      id.d1 = (refusal.denial as { id: string }).id;
      id.a2 = String((await ok('x', 'POST', '/applications', app('fr', 'X-2'))).id);
      await ok('fr', 'POST', `/applications/${id.a2}/match`);
      await ok('fr', 'POST', `/applications/${id.a2}/note`, { text: 'FR internal note' });
      id.c1 = String((await ok('fr', 'POST', '/consultations', { applicationId: id.a2, denialId: id.d1, question: 'Grounds of DE-2026-7?' })).id); // prettier-ignore
      const published = await ok('de', 'POST', '/coalition/shared/list_addition', {
        party: { name: 'Kant Lathe Front Co', country: 'KG' },
        reason: 'Procurement front',
      });
      id.shared = String(published.recordId);
    });
    after(() => s.close());

    /** What DE, FR and X hold, read by themselves: it must be the same after every outsider's probe. */
    const holdings = async () =>
      JSON.stringify([
        await ok('de', 'GET', `/applications/${id.a1}`),
        await ok('fr', 'GET', `/applications/${id.a2}`),
        await ok('de', 'GET', `/denials/${id.d1}`),
        await ok('de', 'GET', '/consultations'),
        await ok('de', 'GET', `/coalitions/${id.coalition}`),
        await ok('fr', 'GET', '/coalition/shared/list_addition'),
        await ok('x', 'GET', '/applications'),
      ]).replace(/"elapsedDays":\d+/g, '');

    const concrete = (path: string) =>
      path
        .replace(/^\/applications\/\{id\}/, `/applications/${id.a1}`)
        .replace(/^\/denials\/\{id\}/, `/denials/${id.d1}`)
        .replace(/^\/consultations\/\{id\}/, `/consultations/${id.c1}`)
        .replace(/^\/coalitions\/\{id\}/, `/coalitions/${id.coalition}`)
        .replace('{kind}', 'list_addition')
        .replace('{id}', id.shared!);
    /** One body for every route: the fields the coalition routes read, naming DE's, FR's and X's records. */
    const probe = () => ({
      text: 'probe',
      to: 'probe',
      kind: 'answer',
      reason: 'probe',
      outcome: 'probe',
      question: 'probe',
      name: 'probe',
      applicationId: id.a2,
      denialId: id.d1,
      recordId: id.shared,
      members: [tenant.de],
      remove: [tenant.fr],
      withheld: ['reason'],
    });

    test('every coalition route, called by an outsider, reveals and changes nothing of others', async () => {
      const doc = (await callJson(s, { path: '/api/v1/openapi.json', key: null })).body as {
        paths: Record<string, Record<string, { tags?: string[] }>>;
      };
      const ops: Op[] = Object.entries(doc.paths).flatMap(([path, o]) =>
        Object.entries(o)
          .filter(([, op]) => op.tags?.includes('coalition'))
          .map(([method, _]) => ({ method: method.toUpperCase(), path: path.replace(/^\/api\/v1/, '') })),
      );
      const names = ops.map((o) => `${o.method} ${o.path}`);
      for (const must of [
        'GET /coalition/shared/{kind}',
        'POST /coalition/shared/{kind}/{id}/retract',
        'PATCH /coalitions/{id}',
        'POST /applications/{id}/decision',
      ])
        // prettier-ignore
        assert.ok(names.includes(must), `${must} is in the OpenAPI document: ${names.join(', ')}`);
      const before = await holdings();
      const secrets = ['Ala-Too', 'DE-2026-7', 'Diversion risk', 'Kant Lathe', 'internal note', 'Grounds of'];
      const ids = () => [id.a1!, id.a2!, id.d1!, id.c1!, id.coalition!, id.shared!];
      let probes = 0;
      for (const who of ['y', 'nl']) {
        for (const op of ops) {
          const r = await call(who, op.method, concrete(op.path), op.method === 'GET' ? undefined : probe());
          const text = JSON.stringify(r.body ?? '');
          for (const secret of secrets) assert.ok(!text.includes(secret), `${who} ${op.method} ${op.path} → ${r.status} shows "${secret}": ${text.slice(0, 300)}`); // prettier-ignore
          // An error may name the id it was asked about; an answer never names another's record.
          if (r.status < 300)
            for (const x of ids()) assert.ok(!text.includes(x), `${who} ${op.method} ${op.path} → ${r.status} names ${x}`); // prettier-ignore
          probes++;
        }
      }
      // The exporter on its own (decided) application: it never sees the agencies' internal work, their matches, the
      // consultation or what the coalition shares.
      for (const op of ops) {
        const r = await call('x', op.method, concrete(op.path), op.method === 'GET' ? undefined : probe());
        const text = JSON.stringify(r.body ?? '');
        for (const secret of [
          'DE internal note',
          'FR internal note',
          'Grounds of',
          'essentially identical',
          'Kant Lathe',
        ])
          assert.ok(!text.includes(secret), `x ${op.method} ${op.path} → ${r.status} shows "${secret}"`);
        probes++;
      }
      assert.equal(await holdings(), before, 'no outsider changed anything of DE, FR or X');
      assert.ok(probes >= 3 * ops.length && ops.length >= 40, `${probes} probes over ${ops.length} routes`);
    });
  });
}
