// Issue 14 "Done when" over HTTP: agencies DE, FR (and NL, not a partner), exporters X and Y,
// each user with its own API key. The same DE → FR flow as the app test, plus who sees what.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testEngines } from '@dualuse/store/testing';
import { operatorIssuedKey, startTestServer, type TestServer } from '../../testing';
import { RESPONSES } from './responses';

/** The declared response schema of a concrete path ('/applications/…/match' → 'post /applications/{id}/match'). */
const declared = Object.entries(RESPONSES).map(([k, schema]) => {
  const [method, template] = k.split(' ') as [string, string];
  return { method, re: new RegExp(`^${template.replaceAll('{id}', '[^/?]+')}(\\?.*)?$`), schema };
});
function conforms(method: string, path: string, body: unknown): void {
  const d = declared.find((x) => x.method === method.toLowerCase() && x.re.test(path));
  if (!d) return;
  const r = d.schema.safeParse(body);
  assert.ok(r.success, `${method} ${path} does not match its declared schema: ${r.error?.message}`);
}

type Res = { status: number; body: Record<string, unknown>; text: string };

for (const engine of testEngines()) {
  describe(`coalition API on ${engine}`, () => {
    let s: TestServer;
    const key: Record<string, string> = {};
    const tenant: Record<string, string> = {};
    const call = async (who: string, method: string, path: string, body?: unknown): Promise<Res> => {
      const res = await fetch(`${s.url}/api/v1${path}`, {
        method,
        headers: { authorization: `Bearer ${key[who]}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      let parsed: Record<string, unknown> = {};
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        /* CSV */
      }
      return { status: res.status, body: parsed, text };
    };
    const ok = async (who: string, method: string, path: string, body?: unknown) => {
      const r = await call(who, method, path, body);
      assert.ok(r.status < 300, `${who} ${method} ${path}: ${r.status} ${r.text}`);
      if (!r.text.startsWith('item,')) conforms(method, path, r.body);
      return r.body;
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
        const r = await ok('op', 'POST', '/tenants', {
          slug: `t-${t}`,
          name: t!,
          kind,
          admin: { email: `admin@${t}.example`, name: `${t} admin` },
        });
        key[t!] = r.adminKey as string;
        tenant[t!] = (r.tenant as { id: string }).id;
      }
      for (const t of ['de', 'fr'])
        for (const [user, role] of [
          ['o1', 'officer'],
          ['o2', 'officer'],
          ['cs', 'countersigner'],
        ]) {
          await ok(t, 'POST', '/users', { email: `${user}@${t}.example`, name: `${t} ${user}`, role });
          key[`${t}-${user}`] = await operatorIssuedKey(s, `${user}@${t}.example`);
        }
      await ok('de', 'POST', '/agencies', { name: 'BAFA', country: 'DE' });
      await ok('fr', 'POST', '/agencies', { name: 'SBDU', country: 'FR' });
      await ok('nl', 'POST', '/agencies', { name: 'CDIU', country: 'NL' });
      const c = await ok('de', 'POST', '/coalitions', {
        name: 'EU Art. 16',
        members: [tenant.fr],
        withheld: ['addresses'],
      });
      await ok('fr', 'POST', `/coalitions/${String(c.id)}/accept`);
    });
    after(() => s.close());

    const app = (agency: string, ref: string, endUser: string, code: object) => ({
      agencyId: tenant[agency],
      reference: ref,
      destination: 'KG',
      items: [{ description: '5-axis milling machine', controlEntries: [code] }],
      parties: [{ role: 'end_user', name: endUser, country: 'KG', address: 'Chui Ave 12, Bishkek' }],
      endUse: 'Spare parts for agricultural machinery',
    });

    test('deny at DE, share, match at FR, consult, approve with justification, undercut notice, audits verify', async () => {
      const a1 = String(
        (
          await ok(
            'x',
            'POST',
            '/applications',
            app('de', 'X-1', 'Ala-Too Machine Trading LLC', { jurisdiction: 'EU', code: '2B001.b' }),
          )
        ).id,
      );
      await ok('de-o1', 'POST', `/applications/${a1}/assign`, { to: 'de o1' });
      await ok('de-cs', 'POST', `/applications/${a1}/countersign`, { text: 'agree' });
      const refusal = await ok('de-o2', 'POST', `/applications/${a1}/decision`, {
        kind: 'refuse',
        criteria: ['EU-CP-2008/944-7'],
        reason: 'Diversion risk',
        regimeRef: 'DE-2026-7',
      });
      const denialId = (refusal.denial as { id: string }).id;
      const shared = (await ok('fr', 'GET', '/denials?scope=visible')).items as {
        notice: { regimeRef: string; withheld?: string[] };
      }[];
      assert.deepEqual(
        shared.map((d) => [d.notice.regimeRef, d.notice.withheld]),
        [['DE-2026-7', ['addresses']]],
      );
      assert.deepEqual((await ok('nl', 'GET', '/denials?scope=visible')).items, [], 'NL is not a partner');

      const a2 = String(
        (
          await ok(
            'x',
            'POST',
            '/applications',
            app('fr', 'X-2', 'Ala Too Machine Trading L.L.C.', { jurisdiction: 'WA', code: '2.B.1.b' }),
          )
        ).id,
      );
      assert.equal((await call('y', 'GET', `/applications/${a2}`)).status, 404);
      assert.equal((await call('de', 'GET', `/applications/${a2}`)).status, 404);
      const matches = (await ok('fr-o1', 'POST', `/applications/${a2}/match`)).items as {
        essentiallyIdentical: boolean;
        explanation: string[];
      }[];
      assert.equal(matches[0]!.essentiallyIdentical, true);
      await ok('fr-o1', 'POST', `/applications/${a2}/assign`, { to: 'fr o1' });
      await ok('fr-cs', 'POST', `/applications/${a2}/countersign`, { text: 'ok' });
      const approve = {
        kind: 'approve_with_provisos',
        provisos: ['No re-export'],
        expires: '2028-12-31',
        undercutJustification: 'Civil end use verified on site',
      };
      const blocked = await call('fr-o2', 'POST', `/applications/${a2}/decision`, approve);
      assert.equal(blocked.status, 409);
      assert.match(String(blocked.body.detail), /no consultation with BAFA/);
      const c = await ok('fr-o1', 'POST', '/consultations', {
        applicationId: a2,
        denialId,
        question: 'Grounds of DE-2026-7?',
      });
      assert.equal((await call('fr-o2', 'POST', `/applications/${a2}/decision`, approve)).status, 409);
      assert.equal(
        (await call('fr-o1', 'POST', `/consultations/${String(c.id)}/messages`, { kind: 'answer', text: 'x' })).status,
        403,
        'only DE answers',
      );
      await ok('de-o1', 'POST', `/consultations/${String(c.id)}/messages`, {
        kind: 'answer',
        text: 'Procurement for a military plant',
      });
      await ok('fr-o1', 'POST', `/consultations/${String(c.id)}/close`, { outcome: 'FR verified civil use' });
      await ok('fr-o2', 'POST', `/applications/${a2}/decision`, approve);
      const undercuts = (await ok('de', 'GET', '/undercuts')).items as { addressedToMe: boolean; regimeRef: string }[];
      assert.deepEqual(
        undercuts.map((u) => [u.regimeRef, u.addressedToMe]),
        [['DE-2026-7', true]],
      );
      assert.deepEqual((await ok('nl', 'GET', '/undercuts')).items, []);
      const lic = (await ok('x', 'GET', '/licences')).licences as { number: string; terms: { conditions: string[] } }[];
      assert.deepEqual(
        lic.map((l) => [l.number, l.terms.conditions]),
        [['FR-X-2', ['No re-export']]],
      );
      for (const t of ['de', 'fr', 'x']) assert.equal((await ok(t, 'GET', '/audit/verify')).ok, true, t);
    });

    test('exporters see only their applications; agencies only those addressed to them', async () => {
      const mine = (await ok('x', 'GET', '/applications')).items as unknown[];
      assert.equal(mine.length, 2);
      assert.deepEqual((await ok('y', 'GET', '/applications')).items, []);
      assert.equal(((await ok('de', 'GET', '/applications?side=agency')).items as unknown[]).length, 1);
      assert.deepEqual((await ok('nl', 'GET', '/applications?side=agency')).items, []);
      assert.deepEqual((await ok('nl', 'GET', '/consultations')).items, []);
      const own = (mine[0] as { id: string }).id;
      const asExporter = await call('x', 'POST', '/consultations', {
        applicationId: own,
        denialId: own,
        question: 'q',
      });
      assert.equal(asExporter.status, 403, 'an exporter cannot consult about its own application');
      assert.match(String(asExporter.body.detail), /not addressed to this agency/);
    });

    test('the agency reads who applies and the rule chain of the determination computed on submission', async () => {
      const mine = (await ok('x', 'GET', '/applications')).items as { id: string; input: { reference: string } }[];
      const x1 = mine.find((a) => a.input.reference === 'X-1')!.id;
      type Evidence = {
        determinations: { jurisdiction: string; decision: string; rules: { citation: string; why: string }[] }[];
        unavailable?: string;
      };
      const seen = (await ok('de-o1', 'GET', `/applications/${x1}`)) as { applicantName: string; evidence: Evidence };
      assert.equal(seen.applicantName, 'x', 'the tenant name, not its id');
      const eu = seen.evidence.determinations.find((d) => d.jurisdiction === 'EU')!;
      assert.equal(eu.decision, 'LICENCE_REQUIRED');
      assert.ok(eu.rules.length > 0, 'the rules that led to "licence required"');
      assert.match(eu.rules.map((r) => `${r.citation} ${r.why}`).join(' | '), /2B001/);
      const queue = (await ok('de-o1', 'GET', '/applications?side=agency')).items as { applicantName: string }[];
      assert.deepEqual(
        queue.map((a) => a.applicantName),
        ['x'],
      );
      // Only entries of a regime the engine does not read (WA): the application still goes, saying why there is none.
      const x2 = mine.find((a) => a.input.reference === 'X-2')!.id;
      const wa = (await ok('fr-o1', 'GET', `/applications/${x2}`)) as { evidence: Evidence };
      assert.ok(wa.evidence.unavailable ?? wa.evidence.determinations, JSON.stringify(wa.evidence));
    });

    test('the matrix exports CSV; bad requests name the field', async () => {
      const body = {
        date: '2026-11-23',
        items: [{ id: 'lathe', classification: { US: '2B001.b', EU: '2B001.b' } }],
        destinations: ['KG', 'CN'],
        jurisdictions: ['US', 'EU'],
      };
      const csv = await call('x', 'POST', '/matrix?format=csv', body);
      assert.equal(csv.status, 200);
      assert.equal(csv.text.trimEnd().split('\r\n').length, 1 + 2 * 2);
      const bad = await call('x', 'POST', '/matrix', { ...body, destinations: ['ZZ'] });
      assert.equal(bad.status, 400);
      assert.match(JSON.stringify(bad.body), /destinations\/0/);
    });
  });
}
