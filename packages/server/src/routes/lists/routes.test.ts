// Lists over HTTP (issue 12): an import says whether its version is current and why; an older
// publication is refused (400, nothing stored) unless allowed with a reason; the operator pins
// and unpins the version a list uses, and GET /lists shows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const UN = readFileSync(sharedData('lists', 'un', '2026-08-01', 'consolidated.xml'), 'utf8');
const un = (date: string) => ({
  name: 'consolidated.xml',
  contentBase64: Buffer.from(UN.replace(/dateGenerated="[^"]+"/, `dateGenerated="${date}T23:00:00.000Z"`)).toString(
    'base64',
  ),
});

describe('lists API: provenance and pins', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path, body });
  before(async () => {
    s = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0', DUALUSE_JAPANESE_READINGS: 'false' } });
  });
  after(() => s.close());

  test('import, refuse an older publication, keep it for the record, pin it, unpin', async () => {
    const first = await call('POST', '/api/v1/lists/import', { files: [un('2026-08-01')] });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(
      [
        first.body.results[0].current,
        first.body.results[0].version.dateSource,
        first.body.results[0].version.sourceRole,
      ],
      [true, 'stated', 'primary'],
    );
    const older = await call('POST', '/api/v1/lists/import', { files: [un('2026-07-01')] });
    assert.equal(older.status, 400);
    assert.match(older.body.detail, /un-sc: publication date 2026-07-01 is older than the stored 2026-08-01/);
    assert.equal((await call('GET', '/api/v1/lists')).body.all.length, 1, 'nothing stored');
    const kept = await call('POST', '/api/v1/lists/import', {
      files: [un('2026-07-01')],
      allowOlder: true,
      reason: 'the July publication, for the record',
    });
    assert.equal(kept.status, 200, JSON.stringify(kept.body));
    assert.equal(kept.body.results[0].current, false);
    const july = kept.body.results[0].version.id as string;
    const pinned = await call('POST', '/api/v1/lists/pins', { versionId: july, reason: 'compare with July' });
    assert.deepEqual(pinned.body, {
      list: 'un-sc',
      versionId: july,
      rule: 'pinned',
      reason: pinned.body.reason,
      pinned: true,
    });
    const lists = await call('GET', '/api/v1/lists');
    assert.equal(lists.body.latest[0].id, july);
    assert.match(lists.body.current[0].reason, /^pinned by .*: compare with July$/);
    assert.equal((await call('DELETE', '/api/v1/lists/pins/un-sc')).status, 400, 'unpinning needs a reason');
    const unpinned = await call('DELETE', '/api/v1/lists/pins/un-sc?reason=done');
    assert.deepEqual(
      [unpinned.status, unpinned.body.versionId, unpinned.body.pinned],
      [200, first.body.results[0].version.id, false],
    );
  });
});
