// POST /controls/import over HTTP: the operator admin imports the shared US CCL file (the same file again is
// 'unchanged'; the curated lists of other jurisdictions come with it), the import is audited, an analyst is
// refused (403), and a broken file is refused with a 400 that names the file, with nothing stored.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, operatorIssuedKey, startTestServer, type TestServer } from '../../testing';

const CCL = sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json');
const file = (name: string, bytes: Buffer) => ({ name, contentBase64: bytes.toString('base64') });

describe('controls import API', () => {
  let s: TestServer;
  let stored = 0;
  const post = (body: unknown, key?: string) =>
    callJson(s, { method: 'POST', path: '/api/v1/controls/import', body, key });
  before(async () => {
    s = await startTestServer();
  });
  after(async () => s?.close());

  test('the operator admin imports the CCL once; the same file again is unchanged; it is audited', async () => {
    const first = await post({ file: file('ccl_parsed.json', readFileSync(CCL)) });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.status, 'imported');
    assert.equal(first.body.version.jurisdiction, 'US');
    assert.ok(first.body.version.entryCount > 100, String(first.body.version.entryCount));
    const again = await post({ file: file('ccl_parsed.json', readFileSync(CCL)) });
    assert.equal(again.body.status, 'unchanged');
    assert.equal(again.body.version.id, first.body.version.id);
    const versions = (await callJson(s, { path: '/api/v1/controls/versions' })).body.versions as { id: string }[];
    assert.equal(versions.filter((v) => v.id === first.body.version.id).length, 1);
    stored = versions.length;
    const audit = (await callJson(s, { path: '/api/v1/audit?limit=50' })).body.records as { action: string }[];
    assert.ok(
      audit.some((r) => /control/.test(r.action)),
      audit.map((r) => r.action).join(', '),
    );
  });

  test('an analyst is refused; a broken file is refused precisely and nothing is stored', async () => {
    const user = { email: 'analyst@operator.example', name: 'Analyst', role: 'analyst' };
    assert.equal((await callJson(s, { method: 'POST', path: '/api/v1/users', body: user })).status, 201);
    const analyst = await operatorIssuedKey(s, user.email);
    // A small body: the refusal does not depend on the file (and a 1.7 MB upload refused early resets the socket).
    assert.equal((await post({ file: file('ccl_parsed.json', Buffer.from('{}')) }, analyst)).status, 403);
    const broken = await post({ file: file('my-list.json', Buffer.from('{"entries": [')) });
    assert.equal(broken.status, 400, JSON.stringify(broken.body));
    assert.match(JSON.stringify(broken.body), /my-list\.json/);
    const missing = await post({ file: { name: 'x.json' } });
    assert.equal(missing.status, 400);
    assert.match(JSON.stringify(missing.body), /\/file\/contentBase64/);
    assert.equal((await callJson(s, { path: '/api/v1/controls/versions' })).body.versions.length, stored);
  });
});
