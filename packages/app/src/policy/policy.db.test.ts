// Policy analysis end to end on both engines: a trade dataset imported as a version (bad rows refuse
// it whole), the cost of a draft control over it, an investment-screening case stored, decided once by
// an officer, and every step in the audit log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DomainError } from '@dualuse/core';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/index';
import { cliPrincipal } from '../access/principals';
import { bootstrapOperator } from '../access/tenants';
import { agreementComparison } from './analysis';
import { decideScreening, screenInvestmentCase, screeningCases } from './screening';
import { controlCost, importTradeDataset, tradeDatasets } from './trade';

const CSV = [
  'reporter,partner,hs_code,period,value,quantity',
  'DE,KG,85423190,2021-01,100,1',
  'DE,KG,85423190,2023-01,900,3',
  'CN,KG,854231,2023-01,300,',
  'FR,KZ,854232,2023-02,50,',
  'DE,RU,854231,2023-01,7000,',
  'DE,KG,851713,2023-01,5000,',
].join('\n');
const CONTROL = {
  name: 'ICs to KG/KZ',
  hs: ['854231', '854232'],
  destinations: ['KG', 'KZ'],
  adopters: ['EU'],
  effectiveDate: '2023-01-01',
};
const kind = (k: string) => (e: unknown) => e instanceof DomainError && e.kind === k;

for (const engine of testEngines()) {
  describe(`policy on ${engine}`, () => {
    let app: AppContext;
    let admin: ReturnType<typeof cliPrincipal>;
    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openTestDatabase(engine) });
      const boot = await bootstrapOperator(app);
      admin = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
    });
    after(() => app.close());

    test('import a trade dataset: versioned, hashed, bad rows refuse it whole; the same content is unchanged', async () => {
      await assert.rejects(
        importTradeDataset(app, admin, { name: 'bad', format: 'trade-csv', text: `${CSV}\nDE,QQ,854231,2023-01,1,` }),
        /1 bad row\(s\); nothing imported: bad\.csv line 8: partner "QQ"/,
      );
      assert.equal((await tradeDatasets(app, admin)).length, 0);
      const first = await importTradeDataset(app, admin, {
        name: 'comtrade',
        format: 'trade-csv',
        text: CSV,
        currency: 'USD',
      });
      assert.equal(first.status, 'imported');
      assert.equal(first.dataset.version, 1);
      assert.equal(first.dataset.rowCount, 6);
      assert.equal(
        (await importTradeDataset(app, admin, { name: 'comtrade', format: 'trade-csv', text: CSV })).status,
        'unchanged',
      );
      const second = await importTradeDataset(app, admin, {
        name: 'comtrade',
        format: 'trade-csv',
        text: `${CSV}\nIT,KZ,854231,2024,10,`,
      });
      assert.equal(second.dataset.version, 2);
    });

    test('the cost of a draft control over a stored version: touched trade, adopters’ share, audited', async () => {
      const [ds] = (await tradeDatasets(app, admin)).filter((d) => d.version === 1);
      const { cost } = await controlCost(app, admin, { dataset: ds!.id, control: CONTROL });
      assert.equal(cost.total, 100 + 900 + 300 + 50);
      assert.equal(cost.othersShare, 300 / 1350);
      await assert.rejects(
        controlCost(app, admin, { dataset: ds!.id, control: { ...CONTROL, destinations: ['XX'] } }),
        /\/destinations\/0/,
      );
      await assert.rejects(
        controlCost(app, { ...admin, role: 'auditor' }, { dataset: ds!.id, control: CONTROL }),
        kind('forbidden'),
      );
      const audit = await listAuditRecords(app, admin, { action: 'policy.control.cost', limit: 10 });
      assert.equal(audit.records.length, 1);
    });

    test('a screening case is stored with its answer and open questions, decided once by an officer', async () => {
      const c = await screenInvestmentCase(app, admin, {
        id: 'DEAL-1',
        date: '2026-11-23',
        acquirer: 'A',
        parties: [{ id: 'A', name: 'Dragon Semiconductor Group', country: 'CN' }],
        holdings: [],
        target: {
          name: 'Acme AI Chips Inc.',
          country: 'US',
          products: [{ description: 'GPU', classification: { US: '3A090.a' } }],
        },
        stake: { percent: 60, rights: { control: true } },
      });
      // No US control list is imported in this database: the reasons for control are unknown, and it says so.
      assert.ok(c.result.regimes[0]!.openQuestions.some((q) => /3A090\.a is not in the control data/.test(q)));
      assert.equal((await screeningCases(app, admin)).length, 1);
      await assert.rejects(
        decideScreening(app, { ...admin, role: 'analyst' }, c.id, { decision: 'file' }),
        kind('forbidden'),
      );
      const d = await decideScreening(app, admin, c.id, { decision: 'file', note: 'file a declaration' });
      assert.equal(d.decision, 'file');
      await assert.rejects(decideScreening(app, admin, c.id, { decision: 'escalate' }), /already decided/);
    });

    test('the agreement registry compares the seeded agreements', async () => {
      const { matrix, flags } = await agreementComparison(app, admin);
      assert.equal(matrix.agreements.length, 4);
      assert.equal(flags.length, 4);
    });
  });
}
