/**
 * US EAR scenarios for the BIS affiliates rule (Entity List / MEU 50 % ownership), the covered regions of Ukraine
 * (746.6) and licence exceptions TSU and APR — each naming the official source it is built from.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cclEntries, fired, item, run, us } from './scenario-support.test';
import { determineTransaction } from './engine';
import { sharedTables } from '../regulations/shared-tables.test';

/** A transaction given whole (fields the Scenario helper does not carry, such as destination_region). */
const runRaw = (tx: Record<string, unknown>) =>
  determineTransaction(tx, {
    controls: (j, code) => (j === 'US' ? cclEntries().get(code) : undefined),
    screened: true,
    tables: sharedTables().tables,
  });

describe('BIS affiliates rule (Entity List / MEU 50 % ownership; FR Doc. 2025-19001, suspended 10 Nov 2025 – 9 Nov 2026)', () => {
  const sub = (owners: { name: string; list: string; percent?: number }[]) => [
    { role: 'end_user', name: 'Example Subsidiary Ltd', country: 'MY', listed_owners: owners },
  ];
  const ear99 = [item('EAR99', { value: 5000 })];

  test('in force (Oct 2025): an unlisted Malaysian company 60 % owned by an Entity List party needs a licence even for EAR99 items', () => {
    const d = us(
      run({
        date: '2025-10-15',
        destination: 'MY',
        items: ear99,
        parties: sub([{ name: 'Listed Parent Co', list: 'us-bis-entity-list', percent: 60 }]),
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-744.11(a)(3)-affiliates-2025'));
    assert.match(
      d.rules.find((r) => r.id === 'US-744.11(a)(3)-affiliates-2025')!.why,
      /60 % owned by Listed Parent Co/,
    );
  });

  test('aggregation: two Entity List owners of 25 % each reach the 50 % threshold together', () => {
    const d = us(
      run({
        date: '2025-10-15',
        destination: 'MY',
        items: ear99,
        parties: sub([
          { name: 'A', list: 'us-bis-entity-list', percent: 25 },
          { name: 'B', list: 'us-bis-meu', percent: 25 },
        ]),
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
  });

  test('49 % is below the threshold: no requirement from the affiliates rule', () => {
    const d = us(
      run({
        date: '2025-10-15',
        destination: 'MY',
        items: ear99,
        parties: sub([{ name: 'Listed Parent Co', list: 'us-bis-entity-list', percent: 49 }]),
      }),
    );
    assert.ok(!fired(d).includes('US-744.11(a)(3)-affiliates-2025'));
  });

  test('red flag 29: a listed owner of unknown share → licence required, and the question is stated', () => {
    const d = us(
      run({
        date: '2025-10-15',
        destination: 'MY',
        items: ear99,
        parties: sub([{ name: 'Listed Parent Co', list: 'us-bis-entity-list' }]),
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(d.open_questions.some((q) => /unknown share/.test(q)));
  });

  test('during the suspension (March 2026) the same 60 % subsidiary is not reached by the affiliates rule', () => {
    const d = us(
      run({
        date: '2026-03-01',
        destination: 'MY',
        items: ear99,
        parties: sub([{ name: 'Listed Parent Co', list: 'us-bis-entity-list', percent: 60 }]),
      }),
    );
    assert.ok(!fired(d).some((id) => id.startsWith('US-744.11(a)(3)')));
    assert.equal(d.decision, 'NO_LICENCE_REQUIRED');
  });

  test('after the suspension ends (10 Nov 2026) the rule applies again', () => {
    const d = us(
      run({
        date: '2026-11-23',
        destination: 'MY',
        items: ear99,
        parties: sub([{ name: 'Listed Parent Co', list: 'us-bis-entity-list', percent: 60 }]),
      }),
    );
    assert.ok(fired(d).includes('US-744.11(a)(3)-affiliates-reimposed'));
  });

  test('an owner on a list the rule does not name (e.g. the UN list) does not trigger it', () => {
    const d = us(
      run({
        date: '2025-10-15',
        destination: 'MY',
        items: ear99,
        parties: sub([{ name: 'X', list: 'un-sc', percent: 100 }]),
      }),
    );
    assert.ok(!fired(d).some((id) => id.startsWith('US-744.11(a)(3)')));
  });
});

describe('Covered regions of Ukraine (15 CFR 746.6) and License Exceptions TSU, APR', () => {
  test('80 FR 2286 (Crimea rule, 2015): an EAR99 laptop to a company in Sevastopol needs a licence — policy of denial — while the same laptop to Kyiv does not', () => {
    const kyiv = us(run({ destination: 'UA', items: [item('EAR99', { value: 900 })] }));
    assert.equal(kyiv.decision, 'NO_LICENCE_REQUIRED');
    const tx = {
      id: 'T',
      date: '2026-11-23',
      exporter: { country: 'US' },
      destination: 'UA',
      destination_region: 'crimea',
      items: [item('EAR99', { value: 900 })],
      parties: [],
      end_use: [],
    };
    const withRegion = us(runRaw(tx));
    assert.equal(withRegion.decision, 'LICENCE_REQUIRED');
    assert.equal(withRegion.policy, 'denial');
    assert.ok(fired(withRegion).includes('US-746.6-Crimea'));
  });

  test('E.O. 14065 and 746.6 (Feb 2022): exports to the so-called LNR need a licence, and no licence exception overcomes it', () => {
    const d = us(
      runRaw({
        id: 'T',
        date: '2026-11-23',
        exporter: { country: 'US' },
        destination: 'UA',
        destination_region: 'lnr',
        items: [item('5A992.c', { value: 100 })],
        parties: [],
        end_use: [],
      }),
    );
    assert.equal(d.decision, 'LICENCE_REQUIRED');
    assert.ok(fired(d).includes('US-746.6-DNR-LNR'));
  });

  test('a region outside Ukraine is refused with the field named', () => {
    assert.throws(
      () =>
        runRaw({
          id: 'T',
          date: '2026-11-23',
          exporter: { country: 'US' },
          destination: 'RU',
          destination_region: 'crimea',
          items: [item('EAR99')],
          parties: [],
          end_use: [],
        }),
      /\/destination_region: region 'crimea' lies in Ukraine/,
    );
  });

  test('15 CFR 740.13(c): an error-fixing update of NS-controlled 3D002 software for a customer in Brazil → License Exception TSU', () => {
    const d = us(run({ destination: 'BR', items: [item('3D002', { software_update: true })] }));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'TSU');
  });

  test('15 CFR 740.16(a): a German distributor reexporting a US-made 2B001.b machine tool to Brazil → License Exception APR', () => {
    const d = us(run({ exporter: 'DE', destination: 'BR', items: [item('2B001.b')] }));
    assert.ok(fired(d).includes('US-734.3(a)(2)'));
    assert.equal(d.decision, 'LICENCE_EXCEPTION');
    assert.equal(d.authorisation, 'APR');
  });

  test('15 CFR 740.16(a): APR is not available for reexports to D:1 — the same machine tool from Germany to China needs a licence', () => {
    assert.equal(us(run({ exporter: 'DE', destination: 'CN', items: [item('2B001.b')] })).decision, 'LICENCE_REQUIRED');
  });
});
