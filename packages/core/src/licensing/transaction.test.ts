import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../common/errors';
import { policyFromText } from './engine';
import { rowApplies } from './facts';
import { parseTransaction } from './transaction';

const valid = {
  id: 'T-1',
  date: '2026-11-23',
  exporter: { name: 'Acme Inc', country: 'US' },
  items: [
    {
      description: 'datacenter GPU',
      classification: { US: '3A090.a' },
      parameters: { tpp: 15824 },
      hs: '854231',
      origin: 'US',
      us_content_percent: 100,
      value: 250000,
      quantity: 10,
      made_with_us_technology: false,
    },
  ],
  destination: 'CN',
  parties: [{ role: 'end_user', name: 'Example Cloud Co', country: 'CN' }],
  end_use: ['civil'],
  technology_release_to: null,
};

const issues = (input: unknown) => {
  try {
    parseTransaction(input);
  } catch (e) {
    assert.ok(e instanceof DomainError && e.kind === 'invalid_input');
    return (e.details.issues as { pointer: string; message: string }[]).map((i) => `${i.pointer} ${i.message}`);
  }
  return assert.fail('expected a refusal');
};

describe('transaction input', () => {
  test('the example of issue 5 is accepted as is', () => {
    const t = parseTransaction(valid);
    assert.equal(t.items[0]!.classification!.US, '3A090.a');
    assert.equal(t.technology_release_to, null);
  });

  test('a bad classification is named by its JSON Pointer', () => {
    const bad = structuredClone(valid);
    bad.items[0]!.classification = { US: '3A09' };
    assert.deepEqual(issues(bad), [
      "/items/0/classification/US '3A09' is not a control code such as 3A090.a, or EAR99 / unlisted",
    ]);
  });

  test('unknown and missing fields are each named', () => {
    const { destination: _d, ...rest } = valid;
    const out = issues({ ...rest, colour: 'red', items: [{ ...valid.items[0], origin: 'usa', weight: 3 }] });
    assert.ok(out.includes('/destination is required'));
    assert.ok(out.includes("/colour unknown field 'colour'"));
    assert.ok(out.includes("/items/0/weight unknown field 'weight'"));
    assert.ok(out.some((o) => o.startsWith('/items/0/origin')));
  });

  test('dates, percentages, end uses and party roles are checked', () => {
    const out = issues({
      ...valid,
      date: '2026-13-45',
      end_use: ['fun'],
      parties: [{ role: 'buyer', name: 'X' }],
      items: [{ ...valid.items[0], us_content_percent: 120 }],
    });
    assert.deepEqual(
      out.map((o) => o.split(' ')[0]),
      ['/date', '/items/0/us_content_percent', '/parties/0/role', '/end_use/0'],
    );
  });

  test('an item needs a classification or parameters', () => {
    assert.deepEqual(issues({ ...valid, items: [{ origin: 'US' }] }), [
      '/items/0/classification give a classification per jurisdiction, or parameters to classify the item by',
    ]);
  });
});

describe('reading the control data and list entries', () => {
  test('a License Requirements row naming other paragraphs does not reach the item', () => {
    assert.equal(rowApplies('3A090.a', '3A090.b').applies, false);
    assert.equal(
      rowApplies('3A001.a.1.a when usable in "missiles"; and to 3A001.a.5.a when designed; and 3A001.z.2', '3A001.b.2')
        .applies,
      false,
    );
    assert.equal(rowApplies('3B001.a.1 to a.3, b, e, f.2 to f.4, g to j', '3B001.a.2').applies, true);
    assert.equal(rowApplies('entire entry', '2B001.a').applies, true);
  });

  test('review policies are read from the list text, strictest first', () => {
    assert.equal(policyFromText('Presumption of denial.'), 'presumption_of_denial');
    assert.equal(policyFromText('Policy of denial.'), 'denial');
    assert.equal(
      policyFromText('Case-by-case review for ECCNs 1A004; presumption of denial for all other items'),
      'presumption_of_denial',
    );
    assert.equal(policyFromText('See § 744.11(b)'), undefined);
  });
});
