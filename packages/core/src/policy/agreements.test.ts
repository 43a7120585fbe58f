import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreementProblems, compareAgreements, flagAgreements, parseAgreement } from './agreements';
import { SEED_AGREEMENTS } from './data/agreements';

test('the registry seeds four real agreements, every known field quoted and linked', () => {
  assert.equal(SEED_AGREEMENTS.length, 4);
  for (const a of SEED_AGREEMENTS) assert.deepEqual(agreementProblems(a), [], a.id);
  assert.deepEqual(
    SEED_AGREEMENTS.map((a) => a.signed.value),
    ['1997-12-05', '1988-06-20', '2017-09-20', '2009-11-30'],
  );
});

test('the comparison matrix lays terms side by side, unknown where no source says', () => {
  const m = compareAgreements(SEED_AGREEMENTS);
  assert.equal(m.agreements.length, 4);
  const row = (t: string) => m.rows.find((r) => r.term === t)!.cells.map((c) => c.value);
  assert.deepEqual(row('reciprocity'), ['yes', 'yes', 'unknown', 'yes']);
  assert.deepEqual(row('nationalTreatment'), ['unknown', 'unknown', 'unknown', 'unknown']);
  assert.deepEqual(row('in force'), ['1998-10-14', 'unknown', 'unknown', '2011-03-29']);
});

test('agreements covering controlled technology without a research-security clause are flagged', () => {
  const flags = flagAgreements(SEED_AGREEMENTS);
  assert.ok(
    flags.every((f) => f.flagged),
    JSON.stringify(flags.map((f) => [f.id, f.why])),
  );
  assert.match(flags[2]!.why, /emerging technologies like artificial intelligence/);
  const secured = {
    ...SEED_AGREEMENTS[2]!,
    terms: {
      ...SEED_AGREEMENTS[2]!.terms,
      researchSecurity: { value: 'yes', quote: 'a test clause text', url: 'https://example.org' },
    },
  };
  assert.equal(flagAgreements([secured])[0]!.flagged, false);
});

test('an agreement with a value but no source is refused', () => {
  const bad = { ...SEED_AGREEMENTS[0]!, signed: { value: '2001-01-01' } };
  assert.throws(() => parseAgreement(bad), /signed: a value without its quoted source/);
  assert.throws(() => parseAgreement({ ...SEED_AGREEMENTS[0]!, terms: {} }), /\/terms\/reciprocity: required/);
});
