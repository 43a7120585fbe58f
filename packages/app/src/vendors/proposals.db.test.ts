// A control proposal through drafting, two advisers' input and a decision, all audited; the
// workflow refuses out-of-order steps and comments from anyone not invited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DomainError } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { commentOnProposal, decideProposal, draftProposal, getProposal, inviteAdvisers } from './proposals';

const kind = (k: string) => (e: unknown) => e instanceof DomainError && e.kind === k;
const criteria = {
  maturity: { score: 2, reason: 'prototypes with 50+ physical qubits are reported by several labs' },
  military_relevance: { score: 3, reason: 'cryptanalysis and sensing' },
  foreign_availability: { score: 1, reason: 'few producers outside the US, EU and Japan' },
  chokepoint_position: { score: 2, reason: 'dilution refrigerators from a handful of suppliers' },
  economic_cost: { score: 1, reason: 'small export volumes today' },
};

for (const engine of testEngines()) {
  describe(`control proposals on ${engine}`, () => {
    let app: AppContext;
    let officer: ReturnType<typeof cliPrincipal>;
    const adviser = (id: string) => ({
      ...officer,
      role: 'analyst' as const,
      credentialId: id,
      displayName: `adviser ${id}`,
    });
    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = await bootstrapOperator(app);
      officer = { ...cliPrincipal({ id: boot!.tenant.id, isOperator: true }), role: 'officer' };
    });
    after(() => app.close());

    test('draft → two advisers comment → decision; out-of-order steps and uninvited comments refused; audited', async () => {
      const p = await draftProposal(app, officer, {
        title: 'Quantum computers of 34+ physical qubits',
        technology: 'Quantum computers and dilution refrigerators',
        parameters: { physical_qubits: '>= 34', c_nomit_error: '<= 1e-4' },
        rationale: 'Not in Annex I of Regulation (EU) 2021/821 (register gap eu-2023-2113:quantum)',
        foreignAvailability: 'Limited; see chokepoint analysis',
        areas: ['eu-2023-2113:quantum', 'us-cet-2024:quantum'],
        criteria,
      });
      assert.equal(p.status, 'draft');
      await assert.rejects(commentOnProposal(app, adviser('industry-1'), p.id, 'too early'), kind('conflict'));
      await assert.rejects(decideProposal(app, officer, p.id, { decision: 'adopt', reason: 'x' }), kind('conflict'));
      await assert.rejects(inviteAdvisers(app, adviser('industry-1'), p.id, ['industry-1']), kind('forbidden'));
      await inviteAdvisers(app, officer, p.id, ['industry-1', 'academia-1']);
      await commentOnProposal(
        app,
        adviser('industry-1'),
        p.id,
        'Thresholds match commercially available systems; suggest 34 qubits.',
      );
      await commentOnProposal(app, adviser('academia-1'), p.id, 'Exempt fundamental research results (15 CFR 734.8).');
      await assert.rejects(commentOnProposal(app, adviser('stranger'), p.id, 'me too'), kind('forbidden'));
      await assert.rejects(commentOnProposal(app, { ...officer, role: 'auditor' }, p.id, 'audit'), kind('forbidden'));
      await assert.rejects(decideProposal(app, officer, p.id, { decision: 'adopt', reason: ' ' }), /reason/);
      const d = await decideProposal(app, officer, p.id, {
        decision: 'adopt',
        reason: 'Both advisers support the threshold',
      });
      assert.equal(d.status, 'decided');
      assert.deepEqual(
        d.comments.map((c) => c.author.id),
        ['industry-1', 'academia-1'],
      );
      await assert.rejects(commentOnProposal(app, adviser('industry-1'), p.id, 'late'), kind('conflict'));
      const shown = await getProposal(app, { ...officer, role: 'auditor' }, p.id);
      assert.equal(shown.draft.criteria.military_relevance.reason, 'cryptanalysis and sensing');
      const audit = await listAuditRecords(app, officer, { limit: 20 });
      const actions = audit.records
        .filter((r) => r.subject?.id === p.id)
        .map((r) => r.action)
        .reverse();
      assert.deepEqual(actions, [
        'emerging.propose',
        'emerging.consult',
        'emerging.comment',
        'emerging.comment',
        'emerging.decide',
      ]);
    });
  });
}
