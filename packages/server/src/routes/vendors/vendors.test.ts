// The vendor check and the legal effects over HTTP: authenticated, authorised, validated, audited.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cliPrincipal, importCompanies, importListFiles } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../../../../../test/support/shared';
import { callJson, startTestServer, type TestServer } from '../../testing';
import {
  ControlProposalSchema,
  EmergingRegisterSchema,
  ProposalDraftInputSchema,
  VendorReportSummarySchema,
} from './emerging-schemas';

/** The body the server sent is what its OpenAPI schema declares. */
const conforms = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, body: unknown) => {
  const r = schema.safeParse(body);
  assert.ok(r.success, `does not match its declared schema: ${String(r.error)}`);
};

const VR = (...p: string[]) => sharedData('lists', 'us-vendor-restrictions', '2026-08-04', ...p);
const file = (path: string) => ({ name: path.replace(/^.*\//, ''), bytes: new Uint8Array(readFileSync(path)) });

describe('vendors API', () => {
  let s: TestServer;
  const call = (method: string, path: string, body?: unknown, key?: string) => callJson(s, { method, path, body, key });
  before(async () => {
    s = await startTestServer({ env: { DUALUSE_LIST_MAX_AGE_DAYS: '0' } });
    const operator = await findTenantBySlug(s.app.db.orm, 'operator');
    const admin = cliPrincipal({ id: operator!.id, isOperator: true });
    await importListFiles(s.app, admin, [file(VR('special_leg', 'source_files', 'section_889.csv'))], {
      declaredDate: { date: '2018-08-13', by: 'enactment of Pub. L. 115-232' },
    });
    await importListFiles(s.app, admin, [file(VR('fcc_covered_list', 'table.csv'))]);
    const reg =
      'record,id,name,country,from,to,percentage,start_date\ncompany,HIK,Hangzhou Hikvision Digital Technology Company,CN,,,,\ncompany,ACME,Acme Vision Ltd,GB,,,,\nshareholder,SH-1,,,HIK,ACME,100,2019-01-01\n';
    await importCompanies(s.app, admin, { name: 'registry.csv', bytes: new TextEncoder().encode(reg) });
  });
  after(() => s.close());

  test('GET /vendors/legal-effects: every effect quoted and cited', async () => {
    const r = await call('GET', '/api/v1/vendors/legal-effects');
    assert.equal(r.status, 200);
    const s889 = r.body.effects.filter((e: { list: string }) => e.list === 'us-ndaa-889');
    assert.deepEqual(
      s889.map((e: { from: string }) => e.from),
      ['2019-08-13', '2020-08-13'],
    );
    assert.ok(r.body.effects.every((e: { quote: string; citation: string }) => e.quote && e.citation));
    assert.match(r.body.cleanNetwork.source, /5 August 2020/);
  });

  test('POST /vendors/check: a camera through a subsidiary is found with the chain; a bad row is named; a bad body is a 400', async () => {
    const content =
      'vendor,category,country_of_origin,deployed_in\nAcme Vision Ltd,IP camera,CN,government building security\nAxis Communications AB,IP camera,SE,lobby\n,router,US,office\n';
    const r = await call('POST', '/api/v1/vendors/check', { name: 'inv.csv', content, on: '2026-11-23' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const kinds = r.body.rows.flatMap((x: { findings: { kind: string; list: string }[] }) =>
      x.findings.map((f) => `${f.kind}|${f.list}`),
    );
    assert.deepEqual(kinds.sort(), ['listed_owner|us-fcc-covered', 'listed_owner|us-ndaa-889']);
    assert.deepEqual(r.body.errors, [{ at: 'line 4', field: 'vendor', reason: 'vendor is empty: nothing to screen' }]);
    const bad = await call('POST', '/api/v1/vendors/check', { name: 'inv.csv', content, on: '23/11/2026' });
    assert.equal(bad.status, 400);
    const audit = await call('GET', '/api/v1/audit?action=vendors.check');
    assert.equal(audit.body.records.length, 1);
  });

  test('the register and a proposal over HTTP: draft, advisers, comment, decision; reports listed', async () => {
    const reg = await call('GET', '/api/v1/emerging/register');
    assert.equal(reg.status, 200);
    conforms(EmergingRegisterSchema, reg.body);
    assert.deepEqual(
      reg.body.taxonomies.map((t: { areas: unknown[] }) => t.areas.length),
      [14, 18, 10],
    );
    const criteria = Object.fromEntries(
      ['maturity', 'military_relevance', 'foreign_availability', 'chokepoint_position', 'economic_cost'].map((c) => [
        c,
        { score: 1, reason: `why ${c}` },
      ]),
    );
    const draft = await call('POST', '/api/v1/emerging/proposals', {
      title: 'BCI',
      technology: 'brain-computer interfaces',
      rationale: 'gap in both lists',
      foreignAvailability: 'wide',
      areas: ['bis-anprm-2018:bci'],
      criteria,
    });
    assert.equal(draft.status, 200, JSON.stringify(draft.body));
    conforms(ControlProposalSchema, draft.body);
    const id = draft.body.id;
    const adviserId = (await call('GET', '/api/v1/me')).body.user.id;
    assert.equal(
      (await call('POST', `/api/v1/emerging/proposals/${id}/advisers`, { advisers: [adviserId] })).status,
      200,
    );
    const c = await call('POST', `/api/v1/emerging/proposals/${id}/comments`, { body: 'agree' });
    assert.equal(c.status, 200, JSON.stringify(c.body));
    const d = await call('POST', `/api/v1/emerging/proposals/${id}/decision`, {
      decision: 'defer',
      reason: 'more data',
    });
    assert.equal(d.body.status, 'decided');
    conforms(ControlProposalSchema, d.body);
    assert.equal(d.body.comments[0].body, 'agree');
    const reports = await call('GET', '/api/v1/vendors/reports');
    assert.ok(reports.body.reports.length >= 1);
    for (const r of reports.body.reports) conforms(VendorReportSummarySchema, r);
  });

  test('a draft that is not a proposal is a 400 naming the field, from the schema or from parseDraft', async () => {
    const criteria = Object.fromEntries(
      ['maturity', 'military_relevance', 'foreign_availability', 'chokepoint_position', 'economic_cost'].map((c) => [
        c,
        { score: 2, reason: 'r' },
      ]),
    );
    const ok = { title: 'T', technology: 't', rationale: 'r', foreignAvailability: 'f', criteria };
    assert.ok(ProposalDraftInputSchema.safeParse(ok).success);
    const cases: [unknown, string][] = [
      [{ ...ok, criteria: { ...criteria, maturity: { score: 4, reason: 'r' } } }, '/criteria/maturity/score'],
      [{ ...ok, title: '   ' }, '/title'],
      [{ ...ok, areas: ['nowhere:quantum'] }, '/areas/0'],
    ];
    for (const [draft, pointer] of cases) {
      const r = await call('POST', '/api/v1/emerging/proposals', draft);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.ok(JSON.stringify(r.body).includes(pointer), `${pointer} in ${JSON.stringify(r.body)}`);
    }
  });

  test('no credentials: 401', async () => {
    const res = await fetch(`${s.url}/api/v1/vendors/legal-effects`);
    assert.equal(res.status, 401);
  });
});
