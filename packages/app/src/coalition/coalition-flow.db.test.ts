// Issue 14 "Done when", at the use-case level on both engines: agencies DE and FR, exporter X.
// X applies to DE; DE refuses with criteria; the denial reaches FR; X applies to FR for an
// essentially identical transaction (end user spelled differently); FR's case shows the match;
// FR cannot approve before consulting; DE answers; FR approves with justification; the undercut
// notice reaches DE; every step is in both audit chains and both chains verify. Then DE's signed notice of the
// denial, for another deployment, withholds what DE's coalitions withhold and still verifies.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DomainError, type Principal, type Role } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords, verifyAuditLog } from '../audit/log';
import { listLicences } from '../licensing/licences';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator, createTenant } from '../access/tenants';
import { actOnApplication, matchApplication, showApplication, submitApplication } from './applications';
import { acceptCoalition, createCoalition, registerAgency } from './coalitions';
import {
  closeCoalitionConsultation,
  listConsultations,
  openCoalitionConsultation,
  postConsultationMessage,
} from './consultations';
import { decideApplication } from './decide';
import { listDenials, listUndercuts } from './denials';
import { noticeKey } from './notices';
import { exportDenialNotice } from './remote';
import { verifyNotice, type DenialNotice } from '@dualuse/core/coalition';

const kind = (k: string) => (e: unknown) => e instanceof DomainError && e.kind === k;
const application = (
  agencyId: string,
  reference: string,
  endUser: string,
  code: { jurisdiction: string; code: string },
) => ({
  agencyId,
  reference,
  destination: 'KG',
  items: [{ description: '5-axis milling machine', controlEntries: [code], quantity: 2 }],
  parties: [{ role: 'end_user', name: endUser, country: 'KG', address: 'Chui Ave 12, Bishkek' }],
  endUse: 'Production of spare parts for agricultural machinery',
});

for (const engine of testEngines()) {
  describe(`coalition flow DE → FR on ${engine}`, () => {
    let app: AppContext;
    const ids: Record<'de' | 'fr' | 'x' | 'y', string> = { de: '', fr: '', x: '', y: '' };
    const who = (t: keyof typeof ids, role: Role = 'admin', name = `${t}-${role}`): Principal => ({
      ...cliPrincipal({ id: ids[t], isOperator: false }, role),
      displayName: name,
    });
    let a1 = '';
    let a2 = '';
    let denialId = '';

    before(async () => {
      const keys = mkdtempSync(join(tmpdir(), 'dualuse-flow-keys-'));
      const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
      writeFileSync(join(keys, 't-de.pem'), pem);
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_COALITION_KEYS_DIR: keys }), {
        db: await openTestDatabase(engine),
      });
      const boot = await bootstrapOperator(app);
      const op = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      for (const [k, kindOf] of [
        ['de', 'agency'],
        ['fr', 'agency'],
        ['x', 'company'],
        ['y', 'company'],
      ] as const)
        ids[k] = (
          await createTenant(app, op, {
            slug: `t-${k}`,
            name: k,
            kind: kindOf,
            admin: { email: `a@${k}.example`, name: 'Admin' },
          })
        ).tenant.id;
      await registerAgency(app, who('de'), { name: 'BAFA', country: 'DE' });
      await registerAgency(app, who('fr'), { name: 'SBDU', country: 'FR' });
      const c = await createCoalition(app, who('de'), { name: 'EU Art. 16', members: [ids.fr], withheld: [] });
      await acceptCoalition(app, who('fr'), c.id);
    });
    after(() => app.close());

    test('X applies to DE; DE works the case and refuses with criteria; the denial reaches FR', async () => {
      a1 = (
        await submitApplication(
          app,
          who('x', 'analyst'),
          application(ids.de, 'X-001', 'Ala-Too Machine Trading LLC', { jurisdiction: 'EU', code: '2B001.b' }),
        )
      ).id;
      assert.deepEqual(await matchApplication(app, who('de', 'officer', 'Officer A'), a1), []);
      await actOnApplication(app, who('de', 'officer', 'Officer A'), a1, { act: 'assign', to: 'Officer A' });
      await actOnApplication(app, who('de', 'officer', 'Officer A'), a1, {
        act: 'question',
        text: 'Who operates the machines?',
      });
      assert.equal((await showApplication(app, who('x'), a1)).clock.awaitingApplicant, true);
      await actOnApplication(app, who('x'), a1, { act: 'answer', text: 'The end user itself.' });
      await actOnApplication(app, who('de', 'adviser', 'MoD desk'), a1, {
        act: 'advice',
        text: 'Refuse: diversion risk',
        advice: 'refuse',
      });
      await assert.rejects(
        decideApplication(app, who('de', 'officer', 'Officer B'), a1, {
          kind: 'refuse',
          criteria: ['EU-CP-2008/944-7'],
          reason: 'x',
        }),
        /countersigned/,
      );
      await assert.rejects(
        actOnApplication(app, who('de', 'countersigner', 'Officer A'), a1, { act: 'countersign', text: 'ok' }),
        /second officer/,
      );
      await actOnApplication(app, who('de', 'countersigner', 'Officer C'), a1, {
        act: 'countersign',
        text: 'Agree to refuse',
      });
      await assert.rejects(
        decideApplication(app, who('de', 'officer', 'Officer B'), a1, {
          kind: 'refuse',
          criteria: ['UK-SELC-2021-7'],
          reason: 'x',
        }),
        /\/criteria\/0|not a criterion/,
      );
      const r = await decideApplication(app, who('de', 'officer', 'Officer B'), a1, {
        kind: 'refuse',
        criteria: ['EU-CP-2008/944-7'],
        reason: 'Risk of diversion to a military end user',
        regimeRef: 'DE-2026-0042',
      });
      assert.ok('denial' in r);
      denialId = r.denial.id;
      assert.equal(r.denial.reviewDate.slice(0, 4), String(Number(r.denial.deniedOn.slice(0, 4)) + 3));
      assert.equal(r.sharedWith.length, 1);
      const x = await showApplication(app, who('x'), a1);
      assert.equal(x.status, 'refused');
      assert.deepEqual(
        x.events.map((e) => e.kind).sort(),
        ['answer', 'question'],
        'the applicant sees neither notes nor advice',
      );
      const fr = await listDenials(app, who('fr', 'officer'), { scope: 'visible' });
      assert.deepEqual(
        fr.map((d) => d.notice.regimeRef),
        ['DE-2026-0042'],
      );
      assert.deepEqual(await listDenials(app, who('x'), { scope: 'visible' }), [], 'an exporter sees no denials');
    });

    test('X applies to FR with the end user spelled differently; FR sees the match, cannot approve before consulting', async () => {
      a2 = (
        await submitApplication(
          app,
          who('x'),
          application(ids.fr, 'X-002', 'Ala Too Machine Trading L.L.C.', { jurisdiction: 'WA', code: '2.B.1.b' }),
        )
      ).id;
      await assert.rejects(showApplication(app, who('y'), a2), kind('not_found'));
      await assert.rejects(matchApplication(app, who('de', 'officer'), a2), kind('not_found'));
      const [m, ...rest] = await matchApplication(app, who('fr', 'officer', 'Agent 1'), a2);
      assert.equal(rest.length, 0);
      assert.equal(m!.denialId, denialId);
      assert.equal(m!.essentiallyIdentical, true);
      assert.equal(m!.agencyName, 'BAFA');
      assert.ok(m!.explanation.some((e) => /WA 2.B.1.b overlaps denied EU 2B001.b/.test(e)));
      assert.ok(m!.explanation.some((e) => /Ala Too Machine Trading L.L.C.*matches denied/.test(e)));
      assert.deepEqual(
        (await showApplication(app, who('x'), a2)).matches,
        [],
        'the exporter does not see allied denials',
      );
      await actOnApplication(app, who('fr', 'countersigner', 'Agent 2'), a2, { act: 'countersign', text: 'ok' });
      const approve = {
        kind: 'approve',
        expires: '2028-12-31',
        undercutJustification: 'End-use visit confirmed civil use',
      };
      await assert.rejects(
        decideApplication(app, who('fr', 'officer', 'Agent 1'), a2, approve),
        /no consultation with BAFA/,
      );
      const c = await openCoalitionConsultation(app, who('fr', 'officer'), {
        applicationId: a2,
        denialId,
        question: 'Why did you refuse DE-2026-0042?',
      });
      assert.equal(c.deadline > c.createdAt.toISOString().slice(0, 10), true);
      await assert.rejects(decideApplication(app, who('fr', 'officer', 'Agent 1'), a2, approve), /not closed/);
      await assert.rejects(closeCoalitionConsultation(app, who('fr', 'officer'), c.id, { outcome: 'x' }), /no answer/);
      const queue = await listConsultations(app, who('de', 'officer'));
      assert.deepEqual(
        queue.map((q) => q.role),
        ['denying'],
      );
      await postConsultationMessage(app, who('de', 'officer'), c.id, {
        kind: 'answer',
        text: 'Military procurement links of the end user.',
      });
      await closeCoalitionConsultation(app, who('fr', 'officer'), c.id, {
        outcome: 'FR visited the end user; civil use confirmed.',
      });
      await assert.rejects(
        decideApplication(app, who('fr', 'officer', 'Agent 1'), a2, { ...approve, undercutJustification: ' ' }),
        /justification/,
      );
      const ok = await decideApplication(app, who('fr', 'officer', 'Agent 1'), a2, approve);
      assert.ok('undercuts' in ok && ok.undercuts.length === 1);
      const held = await listLicences(app, who('x'));
      assert.deepEqual(
        held.map((l) => [l.jurisdiction, l.number]),
        [['EU', 'FR-X-002']],
      );
    });

    test('the undercut notice reaches DE; every step is in both chains; all chains verify', async () => {
      const [u] = await listUndercuts(app, who('de', 'officer'));
      assert.equal(u!.addressedToMe, true);
      assert.equal((u as { justification?: string }).justification, 'End-use visit confirmed civil use');
      const actions = async (t: 'de' | 'fr' | 'x') =>
        (await listAuditRecords(app, who(t), { limit: 500 })).records.map((r) => r.action);
      const de = await actions('de');
      const fr = await actions('fr');
      for (const a of [
        'coalition.denials.read',
        'consultation.open',
        'consultation.answer',
        'consultation.close',
        'undercut.notify',
      ])
        assert.ok(de.includes(a) && fr.includes(a), a);
      const x = await actions('x');
      for (const a of [
        'application.submit',
        'application.question',
        'application.answer',
        'application.refuse',
        'application.approve',
      ])
        assert.ok(x.includes(a), a);
      for (const t of ['de', 'fr', 'x'] as const) {
        const v = await verifyAuditLog(app, who(t));
        assert.equal(v.ok, true, `${t}: ${JSON.stringify(v.findings)}`);
      }
    });

    test("a signed notice for another deployment withholds what DE's coalitions withhold, and verifies", async () => {
      // Redacted when first signed: a notice once issued is returned as stored (notices.ts issueNotice).
      const reason = 'Risk of diversion to a military end user';
      await createCoalition(app, who('de'), { name: 'Reasons withheld', members: [], withheld: ['reason', 'endUse'] });
      const signed = await exportDenialNotice(app, who('de'), denialId);
      const body = signed.notice.body.denial as unknown as DenialNotice;
      assert.deepEqual([body.reason, body.endUse, body.withheld], ['[withheld]', '[withheld]', ['endUse', 'reason']]);
      assert.ok(!JSON.stringify(signed).includes(reason), 'the withheld value is not in the signed document');
      assert.equal(verifyNotice(signed, (await noticeKey(app, who('de'))).publicKey), true);
    });
  });
}
