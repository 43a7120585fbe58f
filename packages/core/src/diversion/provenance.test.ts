/**
 * Issue 11 items 4 and 6 for the diversion data: `verified: true` only with a quoted passage and
 * its URL or citation; every number that is ours labelled a product heuristic, in the data and
 * in the flag the user reads; the transshipment list attributed to the alert that carries it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { provenanceProblems } from '../common/evidence';
import { countryCode } from '../common/countries';
import * as J from './data/jurisdictions';
import { OWNERSHIP_REGIMES } from './data/ownership-regimes';
import { RED_FLAG_RULES } from './data/red-flags';
import { scoreShipment } from './score';

const LISTS = Object.values(J).filter(
  (v): v is J.CountryList => typeof v === 'object' && v !== null && Array.isArray((v as J.CountryList).countries),
);

describe('provenance of the diversion data', () => {
  test('every country list, red-flag rule and ownership regime that says verified: true carries a quote and a URL or citation', () => {
    const entries: [string, Parameters<typeof provenanceProblems>[0]][] = [
      ...LISTS.map((l): [string, J.CountryList] => [`list ${l.id}`, l]),
      ...RED_FLAG_RULES.map((r): [string, (typeof RED_FLAG_RULES)[number]] => [`rule ${r.id}`, r]),
      ...OWNERSHIP_REGIMES.map((o): [string, object] => [`regime ${o.id}`, o]),
    ];
    assert.ok(LISTS.length >= 9, `all country lists are walked (${LISTS.length})`);
    assert.deepEqual(
      entries.flatMap(([name, e]) => provenanceProblems(e).map((p) => `${name}: ${p}`)),
      [],
    );
    const verified = entries.filter(([, e]) => e.verified).map(([name]) => name);
    for (const name of ['list fincen-bis-2022-transshipment', 'list eaeu', 'rule lc_consigned_to_issuing_bank'])
      assert.ok(verified.includes(name), name);
  });

  test('no list starts on a baseline date without a quoted source for it', () => {
    const baseline = LISTS.filter(
      (l) => ['2015-01-01', '2016-07-01', '2020-06-29'].includes(l.effectiveFrom) && !l.verified,
    ).map((l) => l.id);
    assert.deepEqual(baseline, []);
  });
});

describe('the 18 transshipment points come from FIN-2022-Alert003 (28 Jun 2022), not FIN-2023-Alert004', () => {
  const list = J.FINCEN_BIS_TRANSSHIPMENT;
  test('citation and date are those of the June 2022 joint alert', () => {
    assert.match(list.citation, /FIN-2022-Alert003, 28 Jun 2022/);
    assert.doesNotMatch(list.citation, /2023/);
    assert.equal(list.effectiveFrom, '2022-06-28');
  });

  test('the countries are exactly the ones the quoted alert names ("These points include but are not limited to: ...")', () => {
    const quote = list.evidence![0]!.quote;
    const named = quote
      .slice(quote.indexOf('not limited to:') + 'not limited to:'.length)
      .replace(/\.$/, '')
      .split(/,\s*(?:and\s+)?/)
      .map((n) => n.trim());
    assert.equal(named.length, 18);
    const codes = named.map((n) => countryCode(n) ?? `?${n}`);
    assert.deepEqual([...codes].sort(), [...list.countries].sort());
  });
});

describe('EAEU membership dates (Treaty in force 1 Jan 2015; Armenia 2 Jan 2015; Kyrgyzstan 6 Aug 2015)', () => {
  test('a member counts only from the day its accession took effect', () => {
    assert.ok(J.inList(J.EAEU_PARTNERS, 'KZ', '2015-01-01'));
    assert.ok(!J.inList(J.EAEU_PARTNERS, 'AM', '2015-01-01'));
    assert.ok(J.inList(J.EAEU_PARTNERS, 'AM', '2015-01-02'));
    assert.ok(!J.inList(J.EAEU_PARTNERS, 'KG', '2015-08-05'));
    assert.ok(J.inList(J.EAEU_PARTNERS, 'KG', '2015-08-06'));
    assert.match(J.EAEU_PARTNERS.evidence![0]!.quote, /Kyrgyzstan’s accession came into effect on 6 August 2015/);
  });
});

describe('our weights and thresholds are labelled product heuristics, not law', () => {
  const numeric = (v: unknown) =>
    typeof v === 'number' ||
    (typeof v === 'object' &&
      v !== null &&
      !Array.isArray(v) &&
      Object.values(v).length > 0 &&
      Object.values(v).every((x) => typeof x === 'number'));

  test('every numeric param of every rule is named in heuristicParams, and heuristicParams names only real params', () => {
    for (const r of RED_FLAG_RULES) {
      for (const p of r.heuristicParams) assert.ok(p in r.params, `${r.id}: heuristic param ${p} is not a param`);
      const unlabelled = Object.entries(r.params)
        .filter(([k, v]) => numeric(v) && !r.heuristicParams.includes(k))
        .map(([k]) => k);
      assert.deepEqual(unlabelled, [], `${r.id}: numeric params not labelled as ours`);
    }
  });

  test('a flag says which of its numbers are ours, in its own field and in the explanation the user reads; the score states its basis', () => {
    const s = scoreShipment({
      id: 'S1',
      date: '2025-06-01',
      destination: 'KG',
      parties: [
        { role: 'exporter', name: 'Muster GmbH', country: 'DE' },
        { role: 'consignee', name: 'Bishkek Trade LLC', country: 'KG', emails: ['buyer@gmail.com'] },
      ],
      items: [{ hsCode: '854231', quantity: 10, value: 1000 }],
      amendments: [{ date: '2025-05-01', field: 'destination', from: 'RU', to: 'KG' }],
    } as Parameters<typeof scoreShipment>[0]);
    assert.ok(s.flags.length > 0, 'the shipment raises flags');
    for (const f of s.flags) {
      assert.match(f.heuristic, new RegExp(`^weight ${f.weight}.*product heuristics?, not law$`));
      assert.ok(f.why.endsWith(`[${f.heuristic}]`), f.why);
    }
    assert.match(s.basis, /product heuristics, not law/);
  });
});
