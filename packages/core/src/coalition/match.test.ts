import assert from 'node:assert/strict';
import { test } from 'node:test';
import { controlOverlaps } from './control-overlap';
import { denialFromApplication, denialInForce, reviewDateOf, reviewQueue } from './denial';
import { DenialMatcher } from './match';
import type { ApplicationInput } from './model';

const lathe = (over: Partial<ApplicationInput> = {}): ApplicationInput => ({
  agencyId: '00000000-0000-4000-8000-00000000000d',
  reference: 'X-1',
  destination: 'KG',
  items: [{ description: '5-axis machining centre', controlEntries: [{ jurisdiction: 'EU', code: '2B001.b' }] }],
  parties: [{ role: 'end_user', name: 'Ala-Too Machine Trading LLC', country: 'KG' }],
  endUse: 'Production of spare parts for agricultural machinery',
  ...over,
});

const deDenial = (id = 'd1', app = lathe()) =>
  denialFromApplication({
    id,
    agency: { id: 'de', name: 'BAFA', country: 'DE' },
    application: app,
    regimeRef: 'DE-2026-0001',
    criteria: ['EU-CP-2008/944-7'],
    reason: 'risk of diversion',
    deniedOn: '2026-11-01',
  });

test('the review date is three years on, 29 February falling back to 28 February (Art. 16)', () => {
  assert.equal(reviewDateOf('2026-11-01'), '2029-11-01');
  assert.equal(reviewDateOf('2028-02-29'), '2031-02-28');
  const d = deDenial();
  assert.equal(d.reviewDate, '2029-11-01');
  assert.ok(denialInForce(d, '2027-01-01'));
  assert.ok(!denialInForce(d, '2029-11-02'), 'past its review date unrenewed');
  assert.ok(!denialInForce({ ...d, status: 'revoked' }, '2027-01-01'));
  assert.deepEqual(
    reviewQueue([d], '2029-09-01').map((x) => x.id),
    ['d1'],
  );
  assert.deepEqual(reviewQueue([d], '2027-09-01'), []);
});

test('control entries overlap across numberings: Wassenaar 2.B.1, UK 2B001.b, a paragraph inside an entry', () => {
  assert.equal(
    controlOverlaps([{ jurisdiction: 'WA', code: '2.B.1.b' }], [{ jurisdiction: 'EU', code: '2B001.b' }]).length,
    1,
  );
  assert.equal(
    controlOverlaps([{ jurisdiction: 'UK', code: '2B001' }], [{ jurisdiction: 'EU', code: '2B001.b.2' }]).length,
    1,
  );
  assert.equal(
    controlOverlaps([{ jurisdiction: 'UK', code: '2B001.a' }], [{ jurisdiction: 'EU', code: '2B001.b' }]).length,
    0,
  );
  assert.equal(
    controlOverlaps([{ jurisdiction: 'EU', code: '3A001' }], [{ jurisdiction: 'EU', code: '2B001' }]).length,
    0,
  );
});

test('a national entry overlaps the US entries it overlays (NL 3B1001 ↔ US 3B001)', () => {
  const o = controlOverlaps([{ jurisdiction: 'NL', code: '3B1001' }], [{ jurisdiction: 'US', code: '3B001.f' }]);
  assert.equal(o.length, 1);
  assert.match(o[0]!.how, /overlaid by NL 3B1001 \(Regeling/);
});

test('the end user spelled differently is still essentially identical, explained and scored (our score)', () => {
  const m = new DenialMatcher([deDenial()]);
  const app = lathe({ parties: [{ role: 'end_user', name: 'Ala Too Machine Trading L.L.C.', country: 'KG' }] });
  const [hit, ...rest] = m.match(app, '2026-12-01');
  assert.equal(rest.length, 0);
  assert.ok(hit);
  assert.equal(hit.essentiallyIdentical, true);
  assert.equal(hit.agencyName, 'BAFA');
  assert.ok(hit.parties[0]!.score >= 0.8);
  assert.ok(hit.explanation.some((e) => /overlaps denied EU 2B001.b/.test(e)));
  assert.ok(hit.explanation.some((e) => /same destination KG/.test(e)));
  assert.match(hit.scoreLabel, /not a legal test/);
  assert.ok(hit.score > 0.9 && hit.score <= 1);
});

test('another item to the same end user is listed but not essentially identical; a stranger is not listed', () => {
  const m = new DenialMatcher([deDenial()]);
  const other = lathe({
    items: [{ description: 'camera', controlEntries: [{ jurisdiction: 'EU', code: '6A003.b' }] }],
  });
  const [hit] = m.match(other, '2026-12-01');
  assert.equal(hit?.essentiallyIdentical, false);
  assert.match(hit!.explanation[0]!, /no control entry in common/);
  const stranger = lathe({
    parties: [{ role: 'end_user', name: 'Bishkek Bakery Supplies', country: 'KG' }],
    destination: 'KZ',
  });
  assert.deepEqual(m.match(stranger, '2026-12-01'), []);
});

test('denials out of force do not match', () => {
  const m = new DenialMatcher([{ ...deDenial(), status: 'revoked' }]);
  assert.deepEqual(m.match(lathe(), '2026-12-01'), []);
  assert.deepEqual(new DenialMatcher([deDenial()]).match(lathe(), '2030-01-01'), []);
});
