import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DomainError } from '../common/errors';
import { keyPairFromSeed } from '../tracking/keys';
import { checkRefusalCriteria, criteriaSetFor } from './criteria';
import type { DenialMatch } from './match';
import { noticeKeyId, parseSignedNotice, signNotice, verifyNotice, type CoalitionNotice } from './notice';
import { approvalGate, checkApproval, consultationDeadline, undercutNotifyBy } from './undercut';

const match = (over: Partial<DenialMatch> = {}): DenialMatch => ({
  denialId: 'd1',
  agencyId: 'de',
  agencyName: 'BAFA',
  regimeRef: 'DE-1',
  essentiallyIdentical: true,
  score: 0.95,
  scoreLabel: 'ours',
  controls: [],
  parties: [],
  sameDestination: true,
  endUse: { score: 1, shared: [] },
  explanation: [],
  ...over,
});

test('refusal criteria come from the agency country’s set, cited; unknown countries fail closed', () => {
  assert.equal(criteriaSetFor('FR')?.id, 'EU-CP-2008/944');
  assert.equal(criteriaSetFor('GB')?.id, 'UK-SELC-2021');
  assert.equal(criteriaSetFor('US'), undefined);
  const [c] = checkRefusalCriteria('DE', ['EU-CP-2008/944-7']);
  assert.match(c!.heading, /diverted/);
  assert.match(c!.citation, /2008\/944\/CFSP, Art. 2, Criterion 7/);
  assert.equal(checkRefusalCriteria('GB', [7])[0]!.id, 'UK-SELC-2021-7');
  assert.throws(
    () => checkRefusalCriteria('DE', ['UK-SELC-2021-7']),
    (e: DomainError) => e.details.pointer === '/criteria/0',
  );
  assert.throws(() => checkRefusalCriteria('DE', []), /at least one criterion/);
  assert.throws(() => checkRefusalCriteria('US', [1]), /no refusal criteria are known for agencies of US/);
  for (const set of [criteriaSetFor('DE')!, criteriaSetFor('GB')!])
    assert.deepEqual(
      set.criteria.map((x) => x.number),
      [1, 2, 3, 4, 5, 6, 7, 8],
    );
});

test('approval is blocked until the consultation with the denying agency is closed, then needs a justification', () => {
  const m = [match()];
  assert.throws(() => checkApproval(approvalGate(m, [], 'fr'), 'x'), /no consultation with BAFA.*Art. 16\(5\)/);
  assert.throws(
    () => checkApproval(approvalGate(m, [{ denialId: 'd1', status: 'answered' }], 'fr'), 'x'),
    /not closed/,
  );
  const gate = approvalGate(m, [{ denialId: 'd1', status: 'closed' }], 'fr');
  assert.throws(
    () => checkApproval(gate, '  '),
    (e: DomainError) => e.details.pointer === '/undercutJustification',
  );
  assert.deepEqual(
    checkApproval(gate, 'end-use check on site').map((u) => u.denialId),
    ['d1'],
  );
});

test('own denials, and matches that are not essentially identical, do not block', () => {
  assert.deepEqual(checkApproval(approvalGate([match({ agencyId: 'fr' })], [], 'fr'), undefined), []);
  assert.deepEqual(checkApproval(approvalGate([match({ essentiallyIdentical: false })], [], 'fr'), undefined), []);
});

test('deadlines: consultation default 30 days, Wassenaar undercut notice 60 days', () => {
  assert.equal(consultationDeadline('2026-12-01'), '2026-12-31');
  assert.equal(consultationDeadline('2026-12-01', 10), '2026-12-11');
  assert.equal(undercutNotifyBy('2026-12-01'), '2027-01-30');
});

test('a signed notice verifies against its agency key and fails on any change or another key', () => {
  const k = keyPairFromSeed(new Uint8Array(32).fill(7));
  const other = keyPairFromSeed(new Uint8Array(32).fill(8));
  const notice: CoalitionNotice = {
    type: 'dualuse.coalition-notice',
    v: 1,
    id: 'd1@1',
    kind: 'denial',
    issuer: { agencyId: 'de', name: 'BAFA', country: 'DE', keyId: noticeKeyId(k.publicKey) },
    issuedAt: '2026-12-01T00:00:00.000Z',
    body: { regimeRef: 'DE-1', destination: 'KG' },
  };
  const s = parseSignedNotice(JSON.parse(JSON.stringify(signNotice(notice, k.seed))));
  assert.ok(verifyNotice(s, k.publicKey));
  assert.ok(!verifyNotice(s, other.publicKey));
  assert.ok(
    !verifyNotice({ ...s, notice: { ...notice, body: { regimeRef: 'DE-1', destination: 'KZ' } } }, k.publicKey),
  );
  assert.throws(
    () => parseSignedNotice({ notice, signature: 'abc' }),
    (e: DomainError) => e.details.pointer === '/signature',
  );
});
