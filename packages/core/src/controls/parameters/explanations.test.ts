/**
 * What a person reads in an answer (issue 19): parameters by their labels and units, never their
 * names ("item_kind integrated_circuit is integrated_circuit"), and caveats only for the items
 * they concern (the non-datacenter licence-exception hint is not shown for a datacenter chip).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyItem } from './classify';

const asOf = '2026-11-23';
const run = (parameters: Record<string, unknown>) => classifyItem({ parameters }, { asOf, jurisdictions: ['US'] });
const gpu = { item_kind: 'integrated_circuit', dense_tops: 1979, bit_length: 8, die_area_mm2: 814 };
const entry = (parameters: Record<string, unknown>, code: string) =>
  run(parameters).entries.find((e) => e.code === code)!;

test('explanations name parameters in words with their units, never by their names', () => {
  const e = entry({ ...gpu, designed_for_datacenter: true }, '3A090.a');
  const texts = [e.explanation.summary, ...e.explanation.checks.map((c) => c.text)];
  for (const t of texts) assert.doesNotMatch(t, /\w_\w|item_kind|integrated_circuit|tpp \d/, t);
  assert.ok(e.explanation.checks.some((c) => c.text === 'Form of the item: integrated circuit'));
  assert.match(e.explanation.summary, /Performance density \(TPP per mm²\) 19\.45 meets ≥ 5\.92/);
  const computed = run(gpu).derivations.find((d) => d.param === 'tpp')!;
  assert.equal(computed.formula, 'Dense TOPS 1979 × Bit length of the operation 8');
  const asked = run({ dense_tops: 1979, bit_length: 8, die_area_mm2: 814 }).missing[0]!;
  assert.deepEqual([asked.param, asked.label], ['item_kind', 'Form of the item']);
});

test('a release by a note says which values released the item, in words', () => {
  const r = run({ item_kind: 'integrated_circuit', tpp: 3000, die_area_mm2: 600, designed_for_datacenter: false });
  const note2 = r.excluded.find((x) => x.code === '3A090.b')!;
  assert.deepEqual(
    note2.checks.map((c) => c.text),
    [
      'Designed or marketed for datacenters: no',
      'Total processing performance (TPP) 3000 meets < 4800 (by 1800, 37.5%)',
    ],
  );
});

test('the non-datacenter caveat of 3A090.a is shown only when the item may be a non-datacenter item', () => {
  const datacenter = entry({ ...gpu, designed_for_datacenter: true }, '3A090.a').explanation.caveat!;
  const other = entry({ ...gpu, designed_for_datacenter: false }, '3A090.a').explanation.caveat!;
  assert.doesNotMatch(datacenter, /Non-datacenter/);
  assert.match(datacenter, /Foundry\/OSAT presumptions of Note 1 are not modelled/);
  assert.match(other, /Non-datacenter items with TPP ≥ 4800 stay in 3A090\.a but may use License Exception NAC\/ACA/);
  assert.match(other, /Foundry\/OSAT/);
});
