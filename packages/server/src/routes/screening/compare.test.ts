// POST /screen/compare over HTTP: name pairs scored without a list, and the run audited by its counts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callJson, startTestServer, type TestServer } from '../../testing';

describe('screen compare API', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown) => callJson(s, { method, path: `/api/v1${path}`, body });
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  test('a transliteration matches, a different legal form does not; the audit log keeps counts, not names', async () => {
    const r = await call('POST', '/screen/compare', {
      pairs: [
        { name1: 'Vladimir Putin', name2: 'Владимир Путин', schema: 'Person' },
        { name1: 'Global Trading LLC', name2: 'Global Trading Corp', schema: 'Company' },
      ],
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.results.map((x: { match: boolean }) => x.match),
      [true, false],
    );
    assert.ok(r.body.results.every((x: { score: number }) => x.score === Math.round(x.score * 1000) / 1000));
    assert.ok(r.body.results[0].score >= r.body.threshold && r.body.results[1].score < r.body.threshold);
    const audit = await call('GET', '/audit?action=screening.compare&limit=1');
    const entry = audit.body.records[0];
    assert.deepEqual(entry.details, { pairs: 2, threshold: r.body.threshold, matches: 1 });
    assert.doesNotMatch(JSON.stringify(entry), /Putin|Global Trading/);
  });
});
