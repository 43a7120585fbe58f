/**
 * Real data from ../shared loaded into a test server: a dated UN consolidated list through the
 * API, the US CCL and the EAR country tables as the operator. Tests importing this file are
 * skipped with a reason by scripts/test.ts when ../shared is absent.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPrincipal, importControlList, importRegulations } from '@dualuse/app';
import { findTenantBySlug } from '@dualuse/store';
import type { TestServer } from '@dualuse/server/testing';
import { REGULATIONS_SNAPSHOT, sharedData, sharedRegulationFiles } from '../../../test/support/shared';
import { apiCall } from './support';

export interface UnImport {
  results: { list: string; status: string; version: { entryCount: number } }[];
  rescreened: { hits: number }[];
}

/** Imports a dated UN consolidated-list snapshot through the API. */
export async function importUnSnapshot(server: TestServer, snapshot: string): Promise<UnImport> {
  const contentBase64 = readFileSync(sharedData('lists', 'un', snapshot, 'consolidated.xml')).toString('base64');
  const body = { files: [{ name: 'consolidated.xml', contentBase64 }] };
  const out = await apiCall<UnImport>(server, { method: 'POST', path: '/lists/import', body });
  assert.equal(out.results[0]?.list, 'un-sc');
  return out;
}

/** Loads the shared US CCL snapshot as the operator, as `dualuse controls import` would. */
export async function importSharedCcl(server: TestServer): Promise<void> {
  const operator = await findTenantBySlug(server.app.db.orm, 'operator');
  await importControlList(
    server.app,
    cliPrincipal({ id: operator!.id, isOperator: true }),
    readFileSync(sharedData('controls', 'us-ccl-ecfr', 'ccl_parsed.json'), 'utf8'),
    { fileName: 'ccl_parsed.json' },
  );
  // The licensing pages read the EAR Country Chart and Country Groups as well (regulations/).
  await importSharedRegulations(server);
}

/** Loads the shared EAR Country Chart and Country Groups as the operator, as `dualuse regulations import` would. */
export async function importSharedRegulations(server: TestServer): Promise<void> {
  const operator = await findTenantBySlug(server.app.db.orm, 'operator');
  await importRegulations(server.app, cliPrincipal({ id: operator!.id, isOperator: true }), sharedRegulationFiles(), {
    contentDate: REGULATIONS_SNAPSHOT.date,
  });
}

/** The paths of the EAR country tables snapshot's files (CSV layout), as a user picks them for the upload. */
export function regulationSnapshotPaths(): string[] {
  const dir = sharedData(...REGULATIONS_SNAPSHOT.parts);
  return readdirSync(dir)
    .filter((f) => /\.(csv|txt)$/.test(f))
    .map((f) => join(dir, f));
}

/** Imports the shared Eurostat Comext CHPL extract as a trade dataset through the API, as the Trade data page does. */
export async function importSharedTrade(server: TestServer): Promise<void> {
  const file = sharedData('trade', 'eurostat-comext-cn8-sanctioned', 'eu_exports_chpl_tier1_2_monthly.csv');
  const body = {
    name: 'eu_exports_chpl_tier1_2_monthly',
    format: 'comext',
    source: 'Eurostat Comext (shared/data/trade)',
    file: { name: 'eu_exports_chpl_tier1_2_monthly.csv', contentBase64: readFileSync(file).toString('base64') },
  };
  await apiCall(server, { method: 'POST', path: '/policy/trade/datasets', body });
}
