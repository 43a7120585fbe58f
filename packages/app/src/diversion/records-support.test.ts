/**
 * Shared setup of the diversion records tests (records.db.test.ts, regimes.db.test.ts): an app on a fresh test
 * database with the OFAC network sample loaded as a list, the operator tenant's roles and a second tenant. A *.test.ts
 * so it may read shared data.
 */
import { readFileSync } from 'node:fs';
import { openTestDatabase } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { importListFiles } from '../lists/import';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator, createTenant } from '../access/tenants';

export const OFAC = sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl');
export const enc = (s: string) => new TextEncoder().encode(s);
export const jsonl = (rows: unknown[]) => enc(rows.map((r) => JSON.stringify(r)).join('\n'));
export const exporter = { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' };

type P = ReturnType<typeof cliPrincipal>;
export interface DiversionWorld {
  app: AppContext;
  admin: P;
  analyst: P;
  officer: P;
  /** An admin of a second tenant, "Bank B". */
  other: P;
}

export async function openDiversionWorld(engine: Parameters<typeof openTestDatabase>[0]): Promise<DiversionWorld> {
  const app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
    db: await openTestDatabase(engine),
  });
  const boot = await bootstrapOperator(app);
  const tenant = { id: boot!.tenant.id, isOperator: true };
  const [admin, analyst, officer] = [
    cliPrincipal(tenant),
    cliPrincipal(tenant, 'analyst'),
    cliPrincipal(tenant, 'officer'),
  ];
  await importListFiles(app, admin, [{ name: 'entities.ftm.jsonl', bytes: new Uint8Array(readFileSync(OFAC)) }]);
  const b = await createTenant(app, admin, {
    slug: 'bank-b',
    name: 'Bank B',
    kind: 'bank',
    admin: { email: 'b@bank.example', name: 'B' },
  });
  return { app, admin, analyst, officer, other: cliPrincipal({ id: b.tenant.id, isOperator: false }) };
}
