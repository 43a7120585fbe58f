// Issue 14 item 4 at the use-case level on both engines: a licence determination run by an agency (or a coalition
// partner that can see the denial) lists each denial in force that the transaction matches as a finding, with the
// denying agency, the denial's reference, the score and the explanation; the decisions do not change, a warning says
// the finding is not cleared, and the read of the partner's share is audited in both chains. A tenant that cannot see
// the denial (an exporter, an agency outside the coalition) gets no finding.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Principal, Role } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator, createTenant } from '../access/tenants';
import {
  acceptCoalition,
  actOnApplication,
  createCoalition,
  decideApplication,
  registerAgency,
} from '../coalition/index';
import { submitApplication } from '../coalition/index';
import { determineTransactions } from './determine';

type Tenant = 'de' | 'fr' | 'se' | 'x';
const today = () => new Date().toISOString().slice(0, 10);
/** The transaction an exporter asks about: the denied machine tool to the denied end user, spelled differently. */
const transaction = (id: string, endUser = 'Ala Too Machine Trading', destination = 'KG') => ({
  id,
  date: today(),
  exporter: { name: 'Werkzeugbau GmbH', country: 'FR' },
  destination,
  items: [{ description: '5-axis milling machine', classification: { EU: '2B001.b' }, origin: 'FR' }],
  parties: [{ role: 'end_user', name: endUser, country: destination }],
  end_use: ['civil'],
});

for (const engine of testEngines()) {
  describe(`determinations list matching denials as findings on ${engine}`, () => {
    let app: AppContext;
    const ids: Record<Tenant, string> = { de: '', fr: '', se: '', x: '' };
    const who = (t: Tenant, role: Role = 'admin', name = `${t}-${role}`): Principal => ({
      ...cliPrincipal({ id: ids[t], isOperator: false }, role),
      displayName: name,
    });
    const determineAs = async (t: Tenant, tx = transaction(`T-${t}`)) =>
      (await determineTransactions(app, who(t), [tx])).results[0]!;

    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const op = cliPrincipal({ id: (await bootstrapOperator(app))!.tenant.id, isOperator: true });
      for (const [k, kind] of [
        ['de', 'agency'],
        ['fr', 'agency'],
        ['se', 'agency'],
        ['x', 'company'],
      ] as const)
        ids[k] = (
          await createTenant(app, op, { slug: `d-${k}`, name: k, kind, admin: { email: `a@${k}.example`, name: 'A' } })
        ).tenant.id;
      await registerAgency(app, who('de'), { name: 'BAFA', country: 'DE' });
      await registerAgency(app, who('fr'), { name: 'SBDU', country: 'FR' });
      await registerAgency(app, who('se'), { name: 'ISP', country: 'SE' });
      const c = await createCoalition(app, who('de'), { name: 'EU Art. 16', members: [ids.fr], withheld: [] });
      await acceptCoalition(app, who('fr'), c.id);
      // X applies to DE; DE refuses (countersigned by a second officer): a denial in force, shared with FR.
      const a = await submitApplication(app, who('x', 'analyst'), {
        agencyId: ids.de,
        reference: 'X-001',
        destination: 'KG',
        items: [{ description: '5-axis milling machine', controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }] }],
        parties: [{ role: 'end_user', name: 'Ala-Too Machine Trading LLC', country: 'KG' }],
        endUse: 'Production of spare parts for agricultural machinery',
      });
      await actOnApplication(app, who('de', 'countersigner', 'Officer C'), a.id, {
        act: 'countersign',
        text: 'Refuse',
      });
      await decideApplication(app, who('de', 'officer', 'Officer B'), a.id, {
        kind: 'refuse',
        criteria: ['EU-CP-2008/944-7'],
        reason: 'Risk of diversion to a military end user',
        regimeRef: 'DE-2026-0042',
      });
    });
    after(() => app.close());

    test('a coalition partner sees the denial as a finding with the denying agency, reference, score and why', async () => {
      const fr = await determineAs('fr');
      assert.equal(fr.denialMatches?.length, 1, JSON.stringify(fr.denialMatches));
      const f = fr.denialMatches![0]!;
      assert.equal(f.agencyId, ids.de);
      assert.equal(f.agencyName, 'BAFA');
      assert.equal(f.regimeRef, 'DE-2026-0042');
      assert.equal(f.essentiallyIdentical, true);
      assert.ok(f.score > 0.7 && f.score <= 1, `score ${f.score}`);
      assert.match(f.scoreLabel, /not a legal test/);
      assert.ok(f.explanation.some((e) => /overlaps denied EU 2B001\.b/.test(e)));
      assert.ok(
        f.explanation.some((e) => /"Ala Too Machine Trading" matches denied end_user "Ala-Too Machine/.test(e)),
      );
      assert.ok(
        fr.warnings.some((w) => /^BAFA denied an essentially identical transaction \(denial DE-2026-0042/.test(w)),
        fr.warnings.join('\n'),
      );

      // The finding is for review: the decisions are those of a tenant that cannot see the denial.
      const se = await determineAs('se');
      assert.equal(se.denialMatches, undefined, 'an agency outside the coalition sees no denial');
      assert.deepEqual(
        Object.fromEntries(Object.entries(fr.determinations).map(([j, d]) => [j, d.decision])),
        Object.fromEntries(Object.entries(se.determinations).map(([j, d]) => [j, d.decision])),
      );
    });

    test('the denying agency matches its own denial; the exporter, in no coalition, matches none', async () => {
      const de = await determineAs('de');
      assert.deepEqual(
        de.denialMatches?.map((m) => [m.regimeRef, m.essentiallyIdentical]),
        [['DE-2026-0042', true]],
      );
      assert.equal((await determineAs('x')).denialMatches, undefined);
    });

    test('a transaction with another end user and destination matches nothing', async () => {
      const other = await determineAs('fr', transaction('T-other', 'Nordic Tools AB', 'NO'));
      assert.equal(other.denialMatches, undefined);
      assert.ok(!other.warnings.some((w) => /denied/.test(w)));
    });

    test("the match is in FR's audit record, and the read of DE's share in both chains", async () => {
      const fr = await listAuditRecords(app, who('fr'), { action: 'licensing.determine', limit: 10 });
      const rec = fr.records.find((r) => r.subject?.id === 'T-fr')!;
      const matches = (rec.details as { denialMatches: { regimeRef: string; agencyId: string }[] }).denialMatches;
      assert.deepEqual(
        matches.map((m) => [m.regimeRef, m.agencyId]),
        [['DE-2026-0042', ids.de]],
      );
      for (const t of ['fr', 'de'] as const) {
        const { records } = await listAuditRecords(app, who(t), { action: 'coalition.denials.read', limit: 50 });
        assert.ok(
          records.some((r) => /licence determination of transaction T-fr/.test(JSON.stringify(r.details))),
          `${t}'s chain records FR reading DE's denial for the determination`,
        );
      }
    });
  });
}
