// The consultation workflow across tenants: an agency opens a comment period on a draft agreement, a
// company and a university comment, neither sees the other's comment, the agency sees both and answers
// one, only that commenter sees the answer; after closing, no more comments. Each step audited in the
// acting tenant's log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DomainError } from '@dualuse/core';
import { SEED_AGREEMENTS } from '@dualuse/core/policy';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/index';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator, createTenant } from '../access/tenants';
import {
  closeConsultation,
  consultationComments,
  consultations,
  openConsultation,
  respondToComment,
  submitComment,
} from './consultations';

const kind = (k: string) => (e: unknown) => e instanceof DomainError && e.kind === k;

for (const engine of testEngines()) {
  describe(`consultations on ${engine}`, () => {
    let app: AppContext;
    let agency: ReturnType<typeof cliPrincipal>;
    let company: ReturnType<typeof cliPrincipal>;
    let university: ReturnType<typeof cliPrincipal>;
    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = await bootstrapOperator(app);
      agency = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      const mk = async (slug: string, k: 'company' | 'university') =>
        cliPrincipal({
          id: (
            await createTenant(app, agency, {
              slug,
              name: slug,
              kind: k,
              admin: { email: `a@${slug}.example`, name: slug },
            })
          ).tenant.id,
          isOperator: false,
        });
      company = await mk('chipco', 'company');
      university = await mk('techu', 'university');
    });
    after(() => app.close());

    test('open, comment, answer, close — each tenant sees only what the workflow opens to it', async () => {
      const draft = { ...SEED_AGREEMENTS[2]!, id: 'us-uk-st-2027-draft', title: 'Draft renewal' };
      const c = await openConsultation(app, agency, { title: 'US–UK S&T renewal', draft, closesOn: '2099-01-01' });
      await assert.rejects(
        openConsultation(app, agency, {
          title: 'x',
          draft: { ...draft, signed: { value: '2027-01-01' } },
          closesOn: '2099-01-01',
        }),
        /signed: a value without its quoted source/,
      );
      assert.deepEqual(
        (await consultations(app, company)).map((x) => [x.id, x.own]),
        [[c.id, false]],
      );
      const mine = await submitComment(app, company, c.id, {
        organisation: 'ChipCo',
        body: 'Add an export-control clause.',
      });
      await submitComment(app, university, c.id, {
        organisation: 'Tech University',
        body: 'Keep fundamental research open.',
      });
      assert.deepEqual(
        (await consultationComments(app, company, c.id)).map((x) => x.organisation),
        ['ChipCo'],
      );
      assert.deepEqual(
        (await consultationComments(app, university, c.id)).map((x) => x.organisation),
        ['Tech University'],
      );
      assert.equal((await consultationComments(app, agency, c.id)).length, 2);
      await assert.rejects(respondToComment(app, company, mine.id, { body: 'self-answer' }), kind('not_found'));
      await respondToComment(app, agency, mine.id, { body: 'Noted: clause added in Art. 7.' });
      assert.deepEqual(
        (await consultationComments(app, company, c.id))[0]!.responses.map((r) => r.body),
        ['Noted: clause added in Art. 7.'],
      );
      assert.deepEqual((await consultationComments(app, university, c.id))[0]!.responses, []);
      await closeConsultation(app, agency, c.id);
      await assert.rejects(
        submitComment(app, company, c.id, { organisation: 'ChipCo', body: 'late' }),
        kind('not_found'),
      );
      assert.deepEqual(await consultations(app, university), []);
      const audit = await listAuditRecords(app, company, { action: 'policy.consultation.comment', limit: 10 });
      assert.equal(audit.records.length, 1);
      assert.equal(
        (await listAuditRecords(app, agency, { action: 'policy.consultation.respond', limit: 10 })).records.length,
        1,
      );
    });
  });
}
