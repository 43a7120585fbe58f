import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CoalitionNotice } from './notice';
import { checkNoticeBody, consultationStatesFromNotices, denialsFromNotices } from './notice-body';

const issuer = (agencyId: string, country = 'DE') => ({ agencyId, name: agencyId, country, keyId: '0'.repeat(16) });
const denial = (id: string, agencyId = 'bafa') => ({
  id,
  agencyId,
  agencyName: 'BAFA',
  agencyCountry: 'DE',
  regimeRef: `DE-${id}`,
  controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }],
  item: 'milling machine',
  destination: 'KG',
  endUse: 'parts',
  reason: 'diversion',
  criteria: ['EU-CP-2008/944-7'],
  deniedParties: [{ role: 'end_user', name: 'Ala-Too LLC', country: 'KG' }],
  deniedOn: '2026-11-02',
  reviewDate: '2029-11-02',
});
let clock = 0;
const notice = (kind: CoalitionNotice['kind'], from: string, body: object): CoalitionNotice => ({
  type: 'dualuse.coalition-notice',
  v: 1,
  id: `n${++clock}`,
  kind,
  issuer: issuer(from, from === 'sbdu' ? 'FR' : 'DE'),
  issuedAt: new Date(Date.UTC(2026, 10, 2, 0, 0, clock)).toISOString(),
  body: body as CoalitionNotice['body'],
});

test('an agency notifies only its own denials; bad fields are named by pointer', () => {
  assert.throws(
    () => checkNoticeBody(notice('denial', 'bafa', { denial: denial('d1', 'sbdu') })),
    /\/agencyId: an agency/,
  );
  assert.throws(
    () => checkNoticeBody(notice('denial', 'bafa', { denial: { ...denial('d1'), deniedOn: '2/11/2026' } })),
    /\/notice\/body\/denial\/deniedOn: expected YYYY-MM-DD/,
  );
  assert.throws(() => checkNoticeBody(notice('consultation', 'bafa', { message: 'hi' })), /\/notice\/body\/message/);
  assert.equal((checkNoticeBody(notice('denial', 'bafa', { denial: denial('d1') })).denial as { id: string }).id, 'd1');
});

test('amendments supersede and revocations withdraw, only by the issuing agency', () => {
  const notices = [
    notice('denial', 'bafa', { denial: denial('d1') }),
    notice('denial', 'bafa', { denial: denial('d2') }),
    notice('denial_amended', 'bafa', { denial: { ...denial('d1b'), reason: 'amended' }, supersedes: 'd1' }),
    notice('denial_revoked', 'sbdu', { denialId: 'd2', regimeRef: 'DE-d2', reason: 'not theirs to revoke' }),
  ];
  assert.deepEqual(
    denialsFromNotices(notices).map((d) => d.id),
    ['d2', 'd1b'],
  );
  notices.push(notice('denial_revoked', 'bafa', { denialId: 'd2', regimeRef: 'DE-d2', reason: 'revoked' }));
  assert.deepEqual(
    denialsFromNotices(notices).map((d) => d.id),
    ['d1b'],
  );
});

test('a consultation is open, answered by the denying agency only, closed by the consulting one after an answer', () => {
  const msg = (from: string, message: string) =>
    notice('consultation', from, {
      thread: 't1',
      applicationId: 'a2',
      denialId: 'd1',
      regimeRef: 'DE-d1',
      denyingAgencyId: 'bafa',
      message,
      text: message,
    });
  const states = (ns: CoalitionNotice[]) => consultationStatesFromNotices(ns, 'a2', 'sbdu').map((s) => s.status);
  const q = msg('sbdu', 'question');
  assert.deepEqual(states([q, msg('sbdu', 'outcome')]), ['open'], 'no outcome before an answer');
  assert.deepEqual(states([q, msg('other', 'answer')]), ['open'], 'only the denying agency answers');
  const a = msg('bafa', 'answer');
  assert.deepEqual(states([q, a]), ['answered']);
  assert.deepEqual(states([q, a, msg('sbdu', 'outcome')]), ['closed']);
  assert.deepEqual(consultationStatesFromNotices([q, a], 'other-application', 'sbdu'), []);
});
