import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../../test/support/shared';
import { parseEuFsf } from './eu-fsf';

const l = parseEuFsf(
  'eu_fsf_sample.xml',
  readFileSync(sharedData('lists', 'eu-fsf', 'sample-2026-08-05', 'eu_fsf_sample.xml')),
);
const get = (id: string) => l.entries.find((e) => e.sourceId === id)!;

test('EU FSF 1.1 sample: 5 entities, 45 nameAlias, generation date', () => {
  assert.equal(l.entries.length, 5);
  assert.equal(
    l.entries.reduce((n, e) => n + e.names.length, 0),
    45,
  );
  assert.equal(l.publishedAt, '2026-08-05');
  assert.deepEqual(
    l.entries.map((e) => [e.sourceId, e.type, e.programs.join()]),
    [
      ['EU.3579.2', 'person', 'TERR'],
      ['EU.502.12', 'person', 'AFG'],
      ['EU.3953.70', 'organization', 'IRN'],
      ['EU.3886.3', 'person', 'LBY'],
      ['EU.3092.36', 'person', 'TAQA'],
    ],
  );
});

test('EU FSF: primary choice, weak aliases from remarks, dates, ids, citizenship', () => {
  assert.deepEqual(get('EU.3579.2').names[0], {
    full: 'Khalid Sheikh MOHAMMED',
    kind: 'primary',
    given: 'Khalid Sheikh',
    family: 'MOHAMMED',
    lang: 'en',
  });
  assert.deepEqual(get('EU.3579.2').birthDates, [{ date: '1965-04-14' }, { date: '1964-03-01' }]);
  assert.deepEqual(get('EU.502.12').birthDates, [{ date: '1953', to: '1958', approximate: true }]);
  assert.deepEqual(get('EU.502.12').countries, ['AF']);
  const asiri = get('EU.3092.36');
  assert.equal(asiri.names[0]!.kind, 'primary');
  assert.deepEqual(
    asiri.names.filter((n) => n.kind === 'weak_alias').map((n) => n.full),
    ['Abu-Salaah', 'Abosslah', 'Abu Saleh'],
  );
  assert.ok(asiri.names.some((n) => n.script === 'Arab'));
  assert.deepEqual(asiri.countries, ['SA']);
  assert.ok(asiri.identifiers.some((i) => i.type === 'national_id' && i.value === '1028745097' && i.country === 'SA'));
  const dorda = get('EU.3886.3');
  assert.deepEqual(dorda.identifiers[0], {
    type: 'passport',
    value: 'FK117RK0',
    country: 'LY',
    note: 'National passport; issued 2018-11-25; valid to 2026-11-24; Tripoli',
  });
  assert.ok(dorda.otherIds?.includes('UN LYi.006'));
  const parchin = get('EU.3953.70');
  assert.equal(parchin.addresses.length, 6);
  assert.deepEqual(parchin.countries, ['IR']);
  assert.ok(parchin.identifiers.some((i) => i.type === 'registration' && i.value === '892'));
});
