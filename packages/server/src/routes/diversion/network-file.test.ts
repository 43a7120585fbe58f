// POST /diversion/network over HTTP: the real OFAC slice plus a written, unlisted front company at
// the Solo Workshops shell office (shared/data/graph SOURCE.md, ADDR-003), its director and owner.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';

const written = [
  {
    id: 'w-bright-star',
    schema: 'Company',
    properties: {
      name: ['Bright Star Components Ltd'],
      address: ['Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong'],
      country: ['hk'],
    },
  },
  { id: 'w-chan', schema: 'Person', properties: { name: ['Chan Tai Man'] } },
  { id: 'w-orion', schema: 'Company', properties: { name: ['Orion Components Trading FZE'], country: ['ae'] } },
  {
    id: 'w-dir',
    schema: 'Directorship',
    properties: {
      director: ['w-chan'],
      organization: ['w-bright-star'],
      role: ['director'],
      startDate: ['2022-09-14'],
    },
  },
  {
    id: 'w-own',
    schema: 'Ownership',
    properties: { owner: ['w-orion'], asset: ['w-bright-star'], percentage: ['60'] },
  },
];
const networkWorld = (): string =>
  `${readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'), 'utf8').trimEnd()}\n${written.map((r) => JSON.stringify(r)).join('\n')}\n`;

describe('diversion network-file API', () => {
  let s: TestServer;
  const file = { name: 'entities.ftm.jsonl', contentBase64: Buffer.from(networkWorld()).toString('base64') };
  const call = (body: unknown) => callJson(s, { method: 'POST', path: '/api/v1/diversion/network', body });
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  test('an unlisted front at the Solo Workshops office: three listed shells by shared address, owner and director by their records, each edge with its reason', async () => {
    const r = await call({ file, party: 'Bright Star Components Ltd', hops: 1 });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.center.id, 'w-bright-star');
    assert.equal(r.body.center.listed, false);
    const names = r.body.nodes.map((n: { name: string }) => n.name).sort();
    assert.deepEqual(names, [
      'ALPHA TRADING INVESTMENTS LIMITED',
      'Bright Star Components Ltd',
      'Chan Tai Man',
      'Orion Components Trading FZE',
      'TORDAN INDUSTRY LIMITED',
      'WARGOS INDUSTRY LIMITED',
    ]);
    assert.ok(
      r.body.nodes
        .filter((n: { name: string; listed: boolean }) => /LIMITED$/.test(n.name))
        .every((n: { listed: boolean }) => n.listed),
    );
    const edge = (a: string, b: string) =>
      r.body.edges.find(
        (e: { from: string; to: string }) => (e.from === a && e.to === b) || (e.from === b && e.to === a),
      );
    assert.equal(edge('w-orion', 'w-bright-star').label, 'shareholder 60 %');
    assert.match(
      edge('w-orion', 'w-bright-star').why,
      /Orion Components Trading FZE owns 60 % of Bright Star Components Ltd \[w-own\]/,
    );
    assert.equal(edge('w-chan', 'w-bright-star').label, 'director');
    assert.equal(
      edge('w-bright-star', 'ofac-46739')?.label ?? edge('ofac-46739', 'w-bright-star')?.label,
      'shared address',
    );
    assert.ok(r.body.edges.every((e: { why: string; label: string }) => e.why.length > 0 && e.label.length > 0));
    // The shells are linked to each other too (same office), inside the neighbourhood.
    assert.ok(edge('ofac-46739', 'ofac-46743'));
    assert.equal(r.body.pathToListed.length, 1);
    assert.match(r.body.pathToListed[0].why, /address/);
  });

  test('two hops from the director reach the shells; an ambiguous name is a 400 naming the candidates; an unknown one a 404', async () => {
    const r = await call({ file, party: 'w-chan', hops: 2 });
    assert.equal(r.status, 200);
    assert.ok(
      r.body.nodes.some((n: { name: string; hop: number }) => n.name === 'TORDAN INDUSTRY LIMITED' && n.hop === 2),
    );
    const amb = await call({ file, party: 'industry limited' });
    assert.equal(amb.status, 400);
    assert.match(amb.body.detail, /matches \d+ parties: .*TORDAN INDUSTRY LIMITED \(ofac-46739\)/);
    const none = await call({ file, party: 'No Such Party GmbH' });
    assert.equal(none.status, 404);
    assert.match(none.body.detail, /no party with id or name "No Such Party GmbH"/);
  });

  test('each request is audited with the file by its SHA-256 and the centre drawn', async () => {
    const r = await call({ file, party: 'w-bright-star', hops: 1 });
    assert.equal(r.status, 200);
    const audited = async (action: string) => {
      const res = await fetch(`${s.url}/api/v1/audit?action=${action}&limit=1`, {
        headers: { authorization: `Bearer ${s.adminKey}` },
      });
      return (
        (await res.json()) as { records: { details: Record<string, unknown>; inputVersions: Record<string, string> }[] }
      ).records[0];
    };
    const a = await audited('diversion.network_file');
    const sha = createHash('sha256').update(Buffer.from(file.contentBase64, 'base64')).digest('hex');
    assert.equal(a?.inputVersions.file, `sha256:${sha}`);
    assert.equal(a?.details.center, 'w-bright-star');
    assert.equal(a?.details.nodes, r.body.nodes.length);
  });
});
