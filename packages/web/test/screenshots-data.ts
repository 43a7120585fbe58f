/**
 * The records behind the pages with an id in their path, for the screenshot tour: a stored party with a UN hit,
 * a diversion case opened from two alerts (shipments to the OFAC Russia slice's shell office), and the coalition
 * flow of coalition-denials.browser.test.ts (DE refuses X-1; FR's X-2 matches that denial and FR consults DE).
 * Each page is shown to the user who works on it: the operator admin, an agency officer, the exporter.
 */
import { readFileSync } from 'node:fs';
import { cliPrincipal, importListFiles } from '@dualuse/app';
import type { TestServer } from '@dualuse/server/testing';
import { findTenantBySlug } from '@dualuse/store';
import { sharedData } from '../../../test/support/shared';
import { allied, castOf } from './coalition-support';
import { apiCall } from './support';

export interface Shot {
  path: string;
  /** Who looks: a key of `keys` ('admin' is the operator admin). */
  who: string;
  /** The file name, when the path alone would not do (query strings, ids). */
  name?: string;
}

const solo = 'Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong';
const orders = [
  'id,date,destination,exporter_name,exporter_country,consignee_name,consignee_country,consignee_address,hs_code,quantity',
  `PO-1,2025-05-02,HK,Muster Elektronik GmbH,DE,Bright Star Components Ltd,HK,"${solo}",854231,5000`,
  `PO-2,2025-06-11,HK,Muster Elektronik GmbH,DE,Bright Star Components Ltd,HK,"${solo}",854232,800`,
].join('\n');

async function partyWithHits(server: TestServer): Promise<{ party: string; hit: string }> {
  const call = <T>(method: string, path: string, body?: unknown) => apiCall<T>(server, { method, path, body });
  await call('POST', '/counterparties', {
    parties: [
      { name: 'Eric Badege', type: 'person', countries: ['CD'], externalId: 'C-1001' },
      { name: 'Maria Example-Nobody', type: 'person', countries: ['NL'], externalId: 'C-1002' },
    ],
  });
  await call('POST', '/counterparties/screen', {});
  const page = await call<{ counterparties: { id: string; name: string }[] }>('GET', '/counterparties');
  const party = page.counterparties.find((c) => c.name === 'Eric Badege')!.id;
  const hits = await call<{ hits: { id: string }[] }>('GET', '/screening/hits?status=open&limit=1');
  return { party, hit: hits.hits[0]!.id };
}

async function diversionCase(server: TestServer): Promise<string> {
  const operator = await findTenantBySlug(server.app.db.orm, 'operator');
  const slice = readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'));
  await importListFiles(server.app, cliPrincipal({ id: operator!.id, isOperator: true }), [
    { name: 'entities.ftm.jsonl', bytes: new Uint8Array(slice) },
  ]);
  const body = { fileName: 'orders.csv', content: orders };
  await apiCall(server, { method: 'POST', path: '/diversion/shipments/import', body });
  const alerts = await apiCall<{ alerts: { id: string }[] }>(server, { path: '/diversion/alerts?status=open' });
  const alertIds = alerts.alerts.map((a) => a.id);
  const opened = await apiCall<{ case: { id: string } }>(server, {
    method: 'POST',
    path: '/diversion/cases',
    body: { alertIds },
  });
  const note = 'Serviced office shared with OFAC-listed shells; asked the exporter for the end-user statement.';
  const events = `/diversion/cases/${opened.case.id}/events`;
  await apiCall(server, { method: 'POST', path: events, body: { kind: 'note', text: note } });
  return opened.case.id;
}

async function coalitionFlow(server: TestServer) {
  const cast = await castOf(server);
  await allied(server, cast);
  const call = <T>(who: string, method: string, path: string, body?: unknown) =>
    apiCall<T>(server, { method, path, key: cast.key[who], ...(body ? { body } : {}) });
  const application = (agency: string, reference: string, endUser: string) => ({
    agencyId: cast.tenant[agency],
    reference,
    destination: 'KG',
    items: [{ description: '5-axis milling machine', controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }] }],
    parties: [{ role: 'end_user', name: endUser, country: 'KG' }],
    endUse: 'Spare parts for agricultural machinery',
  });
  const a1 = await call<{ id: string }>('x', 'POST', '/applications', application('de', 'X-1', 'Ala-Too Trading'));
  await call('de-o1', 'POST', `/applications/${a1.id}/assign`, { to: 'de o1' });
  await call('de-cs', 'POST', `/applications/${a1.id}/countersign`, { text: 'agree' });
  const refusal = await call<{ denial: { id: string } }>('de-o2', 'POST', `/applications/${a1.id}/decision`, {
    kind: 'refuse',
    criteria: ['EU-CP-2008/944-7'],
    reason: 'Diversion risk',
    regimeRef: 'DE-2026-8',
  });
  const a2 = await call<{ id: string }>('x', 'POST', '/applications', application('fr', 'X-2', 'Ala Too Trading'));
  await call('fr-o1', 'POST', `/applications/${a2.id}/match`);
  await call('fr-o1', 'POST', '/consultations', {
    applicationId: a2.id,
    denialId: refusal.denial.id,
    question: 'Grounds of DE-2026-8?',
  });
  // An open case in DE's queue, so the queue page shows a row and its case page the decision form.
  const a3 = await call<{ id: string }>('x', 'POST', '/applications', application('de', 'X-3', 'Tian Shan Precision'));
  return { keys: cast.key, refused: a1.id, consulted: a2.id, open: a3.id, denial: refusal.denial.id };
}

/**
 * Creates the records and answers the pages with ids to visit, and who sees the coalition pages (an agency
 * officer; the exporter for its own applications), with the keys.
 */
export async function tourData(server: TestServer): Promise<{ shots: Shot[]; keys: Record<string, string> }> {
  const { party, hit } = await partyWithHits(server);
  const caseId = await diversionCase(server);
  const c = await coalitionFlow(server);
  const shots: Shot[] = [
    { path: `/screening/parties/${party}`, who: 'admin', name: 'screening_parties_id' },
    { path: `/screening/review?hit=${hit}`, who: 'admin', name: 'screening_review_hit' },
    { path: `/diversion/cases/${caseId}`, who: 'admin', name: 'diversion_cases_id' },
    { path: `/coalition/applications/${c.consulted}`, who: 'fr-o1', name: 'coalition_applications_id_agency' },
    { path: `/coalition/applications/${c.refused}`, who: 'x', name: 'coalition_applications_id_exporter' },
    { path: `/coalition/denials/${c.denial}`, who: 'de-o1', name: 'coalition_denials_id' },
    { path: `/coalition/applications/${c.open}`, who: 'de-o1', name: 'coalition_applications_id_open' },
  ];
  return { shots, keys: { ...c.keys, admin: server.adminKey } };
}

/** The coalition's pages are an agency's (the exporter's for "My applications"), not the operator admin's. */
export function whoSees(path: string): string {
  if (path === '/coalition/applications') return 'x';
  if (path === '/coalition/settings') return 'de';
  if (path.startsWith('/coalition')) return path === '/coalition/consultations' ? 'fr-o1' : 'de-o1';
  return 'admin';
}
