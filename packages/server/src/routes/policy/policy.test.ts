// Policy analysis over HTTP: import a trade dataset, the cost of a draft control over it, a stored
// screening case decided once, the agreement comparison; unauthenticated calls are refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callJson, startTestServer, type TestServer } from '../../testing';

const CSV =
  'reporter,partner,hs_code,period,value\nDE,KG,85423190,2023-01,900\nCN,KG,854231,2023-01,300\nDE,RU,854231,2023-01,7000\n';

describe('policy API', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown, auth = true) =>
    callJson(s, { method, path, body, ...(auth ? {} : { key: null }) });
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  test('import a dataset and compute a draft control’s cost over it', async () => {
    assert.equal((await call('GET', '/api/v1/policy/trade/datasets', undefined, false)).status, 401);
    const imp = await call('POST', '/api/v1/policy/trade/datasets', {
      name: 'demo',
      format: 'trade-csv',
      text: CSV,
      currency: 'USD',
    });
    assert.equal(imp.status, 200, JSON.stringify(imp.body));
    const bad = await call('POST', '/api/v1/policy/trade/datasets', {
      name: 'demo',
      format: 'trade-csv',
      text: `${CSV}XX,KG,854231,2023,1\n`,
    });
    assert.equal(bad.status, 400);
    assert.match(bad.body.detail, /line 5: reporter "XX"/);
    const cost = await call('POST', '/api/v1/policy/control-cost', {
      dataset: imp.body.dataset.id,
      control: {
        name: 'ICs to KG',
        hs: ['854231'],
        destinations: ['KG'],
        adopters: ['EU'],
        effectiveDate: '2024-01-01',
      },
    });
    assert.equal(cost.status, 200, JSON.stringify(cost.body));
    assert.equal(cost.body.cost.total, 1200);
    assert.equal(cost.body.cost.othersShare, 0.25);
    const own = await call('POST', '/api/v1/policy/control-cost/shipments', {
      control: {
        name: 'ICs to KG',
        hs: ['854231'],
        destinations: ['KG'],
        adopters: ['EU'],
        effectiveDate: '2024-01-01',
      },
    });
    assert.equal(own.status, 200, JSON.stringify(own.body));
    assert.equal(own.body.shipments, 0);
  });

  test('screen an investment case, decide it once; compare agreements', async () => {
    const c = await call('POST', '/api/v1/policy/investment/cases', {
      id: 'DEAL-9',
      date: '2026-11-23',
      acquirer: 'A',
      parties: [{ id: 'A', name: 'Fund', country: 'CN' }],
      target: { name: 'T', country: 'US', products: [{ description: 'GPU', classification: { US: '3A090.a' } }] },
      stake: { percent: 7, rights: {} },
    });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    assert.equal(c.body.filing, 'not_required');
    const d = await call('POST', `/api/v1/policy/investment/cases/${c.body.id}/decision`, { decision: 'do_not_file' });
    assert.equal(d.status, 200);
    assert.equal(
      (await call('POST', `/api/v1/policy/investment/cases/${c.body.id}/decision`, { decision: 'file' })).status,
      400,
    );
    const cmp = await call('GET', '/api/v1/policy/agreements/compare');
    assert.equal(cmp.status, 200);
    assert.equal(cmp.body.matrix.agreements.length, 4);
  });

  test('a consultation: opened, commented on, answered, closed', async () => {
    const ag = (await call('GET', '/api/v1/policy/agreements')).body.agreements[0];
    const c = await call('POST', '/api/v1/policy/consultations', {
      title: 'Renewal',
      draft: { ...ag, id: 'draft-1' },
      closesOn: '2099-01-01',
    });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    const cm = await call('POST', `/api/v1/policy/consultations/${c.body.id}/comments`, {
      organisation: 'Us',
      body: 'Add a research-security clause.',
    });
    assert.equal(cm.status, 201, JSON.stringify(cm.body));
    assert.equal(
      (await call('POST', `/api/v1/policy/consultations/comments/${cm.body.id}/responses`, { body: 'Agreed.' })).status,
      201,
    );
    const list = await call('GET', `/api/v1/policy/consultations/${c.body.id}/comments`);
    assert.deepEqual(
      list.body.comments[0].responses.map((r: { body: string }) => r.body),
      ['Agreed.'],
    );
    assert.equal((await call('POST', `/api/v1/policy/consultations/${c.body.id}/close`)).status, 200);
  });
});
