// The rules version a determination records is the hash of the jurisdiction registry's rules: registering a
// jurisdiction (the toy XX of test/support) changes it, in the answer and in the audit record.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { licensingRules } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { determineTransactions, licensingRulesVersion } from './determine';

const tx = (id: string) => ({
  id,
  date: '2026-11-23',
  exporter: { name: 'Acme Inc', country: 'US' },
  destination: 'AE',
  items: [{ classification: { US: '3A090.a' }, origin: 'US' }],
});

// Registration cannot be undone in a process, so one engine (the first) is enough to show it.
const engine = testEngines()[0]!;
describe(`the licensing rules version follows the jurisdiction registry (${engine})`, () => {
  let app: AppContext;
  let admin: ReturnType<typeof cliPrincipal>;
  before(async () => {
    app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
    const boot = await bootstrapOperator(app);
    admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
  });
  after(() => app.close());

  test('a registered jurisdiction changes the version the determination and its audit record name', async () => {
    const before = await determineTransactions(app, admin, [tx('V-1')]);
    assert.match(before.versions.rules!, /^rules sha256:[0-9a-f]{16}$/);
    assert.equal(before.versions.rules, licensingRulesVersion());
    const builtIn = licensingRules().length;

    const { TOY } = await import('../../../../test/support/toy-jurisdiction');
    assert.ok(licensingRules().length > builtIn, 'the toy rules joined the registry');

    const afterReg = await determineTransactions(app, admin, [tx('V-2')]);
    assert.notEqual(afterReg.versions.rules, before.versions.rules);
    assert.equal(afterReg.versions.rules, licensingRulesVersion());
    assert.ok(afterReg.results[0]!.determinations[TOY], 'the toy jurisdiction answers');

    const { records } = await listAuditRecords(app, admin, { action: 'licensing.determine', limit: 10 });
    const versionOf = (id: string) => records.find((r) => r.subject?.id === id)?.inputVersions.rules;
    assert.equal(versionOf('V-1'), before.versions.rules);
    assert.equal(versionOf('V-2'), afterReg.versions.rules);
  });
});
