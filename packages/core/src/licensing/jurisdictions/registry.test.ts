// The jurisdiction registry: the built-in entries agree with the control lists and the rules, and a bad registration is
// refused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONTROL_LISTS, JURISDICTIONS } from '../../controls/model';
import { ALL_RULES } from '../rules';
import { parseTransaction } from '../transaction';
import { BUILT_IN_JURISDICTIONS } from './builtin';
import type { JurisdictionDefinition } from './model';
import { jurisdictionOf, licensingJurisdictions, licensingRules, registerJurisdiction } from './registry';

test('the built-in jurisdictions, in the order determinations list them, and their rules are ALL_RULES', () => {
  assert.deepEqual(licensingJurisdictions(), ['US', 'EU', 'UK', 'NL', 'JP', 'AU']);
  assert.equal(licensingRules(), ALL_RULES);
  for (const j of BUILT_IN_JURISDICTIONS)
    for (const r of j.rules.flat()) assert.equal(r.jurisdiction, j.code, `${r.id} is listed under ${j.code}`);
  assert.equal(
    BUILT_IN_JURISDICTIONS.reduce((n, j) => n + j.rules.flat().length, 0),
    ALL_RULES.length,
  );
});

test('each built-in names control lists that it publishes; WA publishes a list but has no licensing law', () => {
  for (const j of BUILT_IN_JURISDICTIONS)
    for (const id of j.controlLists)
      assert.equal(CONTROL_LISTS[id as keyof typeof CONTROL_LISTS]?.jurisdiction, j.code, `${j.code}: ${id}`);
  assert.deepEqual(JURISDICTIONS, ['US', 'EU', 'WA', 'UK', 'JP', 'NL', 'AU']);
  assert.equal(jurisdictionOf('WA'), undefined);
});

test("each built-in's code pattern accepts its form's placeholder examples and refuses a malformed code", () => {
  for (const j of BUILT_IN_JURISDICTIONS) {
    for (const example of j.form.classification.placeholder.split(' or '))
      assert.match(example, j.classification.pattern, `${j.code} ${example}`);
    assert.doesNotMatch('3A09 0', j.classification.pattern);
  }
});

test('a registration that would make the registry inconsistent is refused, and nothing is registered', () => {
  const base: JurisdictionDefinition = {
    code: 'US',
    name: 'Again',
    adjective: 'x',
    law: 'x',
    controlLists: [],
    classification: { pattern: /^x$/, examples: 'x' },
    rules: [],
    form: { classification: { label: 'x', placeholder: 'x', hint: 'x' } },
  };
  assert.throws(() => registerJurisdiction(base), /jurisdiction US is already registered/);
  assert.throws(() => registerJurisdiction({ ...base, code: 'x1' }), /code 'x1' is not 2-3 capital letters/);
  const stray = { ...ALL_RULES[0]!, id: 'YY-1' };
  assert.throws(() => registerJurisdiction({ ...base, code: 'YY', rules: [[stray]] }), /rule YY-1 is for US, not YY/);
  const dup = { ...ALL_RULES[0]!, jurisdiction: 'YY' };
  assert.throws(
    () => registerJurisdiction({ ...base, code: 'YY', rules: [[dup]] }),
    new RegExp(`duplicate licensing rule id ${ALL_RULES[0]!.id.replace(/[.()]/g, '\\$&')}`),
  );
  assert.deepEqual(licensingJurisdictions(), ['US', 'EU', 'UK', 'NL', 'JP', 'AU']);
});

test("a Japanese provision as exporters write it is keyed as the JP list keys it; other lists' codes are kept as given", () => {
  const tx = (JP: string) =>
    parseTransaction({
      id: 'T',
      date: '2026-01-01',
      exporter: { country: 'JP' },
      destination: 'CN',
      items: [{ origin: 'JP', classification: { JP, UK: 'ml10.a' } }],
    }).items[0]!.classification;
  for (const written of ['Art. 6 item 17 (ka)', '第6条第17号カ', '6-17-ka', 'JP6-17-KA'])
    assert.deepEqual(tx(written), { JP: 'JP6-17-KA', UK: 'ml10.a' }, written);
  assert.equal(tx('JP2023LIT')!.JP, 'JP2023LIT');
  assert.throws(() => tx('Art. 6'), /classification\/JP: 'Art\. 6' is not a control code such as JP6-17-KA/);
});
