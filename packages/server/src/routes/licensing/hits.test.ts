// A determination's party screening goes through the screening use case: an undecided possible
// match is an open question (licence required until an officer decides), a decided false positive
// is gone, a confirmed match is a finding. Real data: the BIS Denied Persons List of 2023-11-28.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importListFiles, importRegulations } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { REGULATIONS_SNAPSHOT, sharedData, sharedRegulationFiles } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const tx = (name: string) => ({
  id: `T-${name}`,
  date: '2026-11-23',
  exporter: { name: 'Acme Inc', country: 'US' },
  items: [{ description: 'office chairs', classification: { US: 'EAR99' }, origin: 'US' }],
  destination: 'DE',
  parties: [{ role: 'end_user', name }],
  end_use: ['civil'],
});

describe("licensing API: party hits and officers' decisions", () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path, body });
  const openHit = async (entryName: RegExp) => {
    const hits = (await call('GET', '/api/v1/screening/hits?status=open')).body.hits as {
      id: string;
      list: string;
      name?: string;
      entryId: string;
      query?: { name?: string };
    }[];
    const hit = hits.find((h) => h.list === 'us-bis-dpl' && entryName.test(JSON.stringify(h)));
    assert.ok(hit, `an open us-bis-dpl hit for ${entryName} (have ${hits.length})`);
    return hit!.id;
  };
  before(async () => {
    s = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
    const operator = await findTenantBySlug(s.app.db.orm, 'operator');
    const p = cliPrincipal({ id: operator!.id, isOperator: true });
    await importRegulations(s.app, p, sharedRegulationFiles(), { contentDate: REGULATIONS_SNAPSHOT.date });
    await importListFiles(
      s.app,
      p,
      [
        {
          name: 'dpl.txt',
          bytes: new Uint8Array(readFileSync(sharedData('lists', 'us-bis-dpl', '2023-11-28', 'dpl.txt'))),
        },
      ],
      { declaredDate: { date: '2023-11-28', by: 'the shared snapshot folder' } },
    );
  });
  after(() => s.close());

  test('an undecided possible match is not a finding: licence required with the hit to review named; a false positive then drops it', async () => {
    const first = await call('POST', '/api/v1/determine', tx('Abdul Majid Saidi'));
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const us = first.body.determinations.US;
    assert.equal(us.decision, 'LICENCE_REQUIRED', JSON.stringify(us));
    assert.ok(
      us.open_questions.some((q: string) =>
        /possibly matches us-bis-dpl entry .* 'ABDUL MAJID SAIDI' .*not reviewed: .* until an officer decides the hit/i.test(
          q,
        ),
      ),
      us.open_questions.join('\n'),
    );
    assert.ok(us.rules.some((r: { why: string }) => /possibly matches us-bis-dpl .*not reviewed/i.test(r.why)));

    const id = await openHit(/ABDUL MAJID SAIDI/i);
    const decided = await call('POST', `/api/v1/screening/hits/${id}/decision`, {
      decision: 'false_positive',
      reason: 'different person: our customer is a company director in Munich, born 1980',
    });
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    const again = (await call('POST', '/api/v1/determine', tx('Abdul Majid Saidi'))).body.determinations.US;
    assert.equal(again.decision, 'NO_LICENCE_REQUIRED', JSON.stringify(again));
    assert.ok(!again.open_questions.some((q: string) => /possibly matches/.test(q)));
  });

  test("a match an officer confirmed keeps the rule's full effect (Denied Persons: prohibited)", async () => {
    await call('POST', '/api/v1/determine', tx('Aaron Abraham Villa'));
    const id = await openHit(/AARON ABRAHAM VILLA/i);
    assert.equal(
      (
        await call('POST', `/api/v1/screening/hits/${id}/decision`, {
          decision: 'true_match',
          reason: 'same person: name and address match the order',
        })
      ).status,
      200,
    );
    const us = (await call('POST', '/api/v1/determine', tx('Aaron Abraham Villa'))).body.determinations.US;
    assert.equal(us.decision, 'PROHIBITED', JSON.stringify(us));
    assert.ok(us.rules.some((r: { why: string }) => /matches us-bis-dpl .*confirmed by an officer/i.test(r.why)));
    assert.ok(!us.open_questions.some((q: string) => /possibly matches/.test(q)));
  });
});
