import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  domainOf,
  normaliseIdentifierInput,
  normalisePhone,
  resolutionKey,
  resolveParties,
  type ResolvableParty,
} from './index';

test('phones to E.164 without a library: international, 00, bare calling code and national forms agree', () => {
  const hk = ['+852 2123 4567', '00852-2123-4567', '(852) 2123 4567', '2123 4567'].map(
    (p) => normalisePhone(p, 'HK')?.e164,
  );
  assert.deepEqual(hk, Array(4).fill('+85221234567'));
  assert.equal(normalisePhone('044 123 45 67', 'CH')?.e164, '+41441234567', 'the trunk 0 is dropped');
  assert.equal(normalisePhone('8 (495) 123-45-67', 'RU')?.e164, '+74951234567', 'Russia dials 8 as trunk');
  assert.equal(normalisePhone('2123 4567')?.e164, undefined, 'no country, no "+": national digits only');
  assert.equal(normalisePhone('123'), undefined, 'too short for a phone number');
});

test('domains and identifiers: scheme suffixes and punctuation go, short numbers do not identify', () => {
  assert.equal(domainOf('https://www.Tordan-HK.com/about?x=1'), 'tordan-hk.com');
  assert.equal(domainOf('Sales@Tordan-HK.com'), 'tordan-hk.com');
  assert.deepEqual(normaliseIdentifierInput('1077711000102 (Russia).'), {
    scheme: 'russia',
    value: '1077711000102',
    original: '1077711000102 (Russia).',
  });
  assert.equal(normaliseIdentifierInput('LEI: 2138-00ABCDEF12345678')?.scheme, 'lei');
  assert.equal(normaliseIdentifierInput('4292 (Turkey)'), undefined);
});

/**
 * A written world: one Kyrgyz re-exporter seen in a shipment, a payment, a registry and a list; two shells at its
 * agent's office; a namesake abroad.
 */
const world: ResolvableParty[] = [
  {
    ref: 'ship:S1/consignee',
    source: 'shipment',
    name: 'Asia Components LLC',
    country: 'KG',
    address: 'Office 12, 3rd Floor, 45 Chui Avenue, Bishkek',
    phones: ['+996 312 555 123'],
    emails: ['asia.comp@mail.ru'],
  },
  { ref: 'pay:P7/payer', source: 'payment', name: 'ASIA COMPONENTS, OOO', country: 'KG' },
  {
    ref: 'reg:KG-1',
    source: 'registry',
    name: 'ООО "Азия Компонентс"',
    country: 'KG',
    address: 'Chui Ave 45, 3/F, Room 12, Bishkek',
    phones: ['0312 555 123'],
    identifiers: [{ scheme: 'kg-inn', value: '01409202210123' }],
  },
  {
    ref: 'list:X',
    source: 'list',
    name: 'Asia Komponents',
    identifiers: ['01409202210123'],
    emails: ['ASIA.COMP@mail.ru'],
  },
  {
    ref: 'reg:KG-2',
    source: 'registry',
    name: 'Tengri Trade LLC',
    country: 'KG',
    address: 'Room 12, 3/F, 45 Chui Avenue, Bishkek',
    phones: ['+996 312 555 123'],
  },
  {
    ref: 'reg:KG-3',
    source: 'registry',
    name: 'Tengri Trade LLC',
    country: 'KG',
    identifiers: [{ scheme: 'kg-inn', value: '02202202310999' }],
  },
  {
    ref: 'ship:S9/consignee',
    source: 'shipment',
    name: 'Asia Components LLC',
    country: 'KZ',
    address: '7 Abay Avenue, Almaty',
  },
];

test('one party across shipment, payment, registry and list is one cluster, every link explained', () => {
  const r = resolveParties(world);
  const asia = r.clusters.find((c) => c.members.includes('ship:S1/consignee'))!;
  assert.deepEqual(asia.members, ['list:X', 'pay:P7/payer', 'reg:KG-1', 'ship:S1/consignee']);
  assert.ok(asia.confidence >= r.threshold);
  for (const l of asia.links) assert.ok(l.evidence.length && l.why.includes('confidence'), l.why);
  const reg = asia.links.find((l) => [l.a, l.b].includes('reg:KG-1') && [l.a, l.b].includes('list:X'))!;
  assert.ok(
    reg.evidence.some((e) => e.kind === 'identifier' && e.normalised === '01409202210123'),
    reg.why,
  );
  const ship = asia.links.find((l) => [l.a, l.b].sort().join() === 'reg:KG-1,ship:S1/consignee')!;
  const kinds = ship.evidence.map((e) => e.kind).sort();
  assert.deepEqual(kinds, ['address', 'name', 'phone'], ship.why);
  assert.equal(ship.evidence.find((e) => e.kind === 'phone')!.normalised, '+996312555123');
  assert.equal(r.clusterOf.get('pay:P7/payer'), asia.id);
});

test('nothing merged silently: a shell at the same office and phone, a namesake abroad and two firms of one name with different registration numbers stay apart', () => {
  const r = resolveParties(world);
  assert.equal(
    r.clusterOf.get('reg:KG-2'),
    'reg:KG-2',
    'same door and phone, different name: a neighbour, not the party',
  );
  assert.equal(r.clusterOf.get('ship:S9/consignee'), 'ship:S9/consignee', 'same name in another country');
  const shell = resolveParties([world[0]!, world[4]!], { reviewFrom: 0 }).nearMisses[0]!;
  assert.ok(
    shell.conflicts.some((c) => c.startsWith('names differ')) && shell.evidence.some((e) => e.kind === 'address'),
    shell.why,
  );
  const twins = resolveParties(
    [
      world[4]!,
      world[5]!,
      {
        ref: 'reg:KG-4',
        name: 'Tengri Trade LLC',
        country: 'KG',
        identifiers: [{ scheme: 'kg-inn', value: '02202202399999' }],
      },
    ],
    { reviewFrom: 0 },
  );
  const split = twins.nearMisses.find((l) => [l.a, l.b].sort().join() === 'reg:KG-3,reg:KG-4')!;
  assert.ok(split.confidence < 0.2 && split.conflicts.some((c) => c.startsWith('different kg-inn')), split.why);
});

test('the threshold is a parameter and near misses are reported for review', () => {
  const strict = resolveParties(world, { threshold: 0.97 });
  assert.ok(strict.clusters.every((c) => c.confidence >= 0.97));
  assert.ok(strict.nearMisses.length > 0 && strict.nearMisses.every((l) => l.confidence < 0.97 && l.confidence >= 0.5));
  assert.throws(
    () =>
      resolveParties([
        { ref: 'a', name: 'X' },
        { ref: 'a', name: 'Y' },
      ]),
    /records\[1\]\.ref: "a" is used twice/,
  );
});

test('resolutionKey: legal form, punctuation and case do not split a counterparty; the country does', () => {
  assert.equal(
    resolutionKey({ name: 'Asia Components LLC', country: 'KG' }),
    resolutionKey({ name: 'ASIA COMPONENTS, OOO', country: 'kg' }),
  );
  assert.notEqual(
    resolutionKey({ name: 'Asia Components LLC', country: 'KG' }),
    resolutionKey({ name: 'Asia Components LLC', country: 'KZ' }),
  );
});

test('blocking: a common word does not make everyone a candidate, and oversized blocks are reported', () => {
  const many: ResolvableParty[] = Array.from({ length: 40 }, (_, i) => ({
    ref: `r${i}`,
    name: `Trading ${String.fromCharCode(65 + (i % 26))}${i} Limited`,
    country: 'HK',
  }));
  const r = resolveParties(many, { maxBlock: 10 });
  assert.ok(r.stats.compared < 40, `compared ${r.stats.compared} pairs of ${(40 * 39) / 2}`);
  assert.ok(r.skippedBlocks.some((b) => b.key === 'nt:trading' && b.size === 40));
});

test('the same name at two different doors is a near miss for review, not a link; a shared e-mail settles it', () => {
  const a: ResolvableParty = {
    ref: 'a',
    name: 'Orion Trade FZE',
    country: 'AE',
    address: 'Office 438, Building 4WB, Dubai Airport Free Zone',
  };
  const b: ResolvableParty = {
    ref: 'b',
    name: 'ORION TRADE F.Z.E.',
    country: 'AE',
    address: 'Warehouse FZS1AA01, Street S111, Jebel Ali Free Zone',
  };
  const r = resolveParties([a, b]);
  assert.deepEqual(r.clusters, []);
  assert.ok(
    r.nearMisses[0]!.conflicts.some((c) => c.startsWith('addresses differ')),
    r.nearMisses[0]!.why,
  );
  const withMail = resolveParties([
    { ...a, emails: ['ops@orion-trade.ae'] },
    { ...b, emails: ['OPS@orion-trade.ae'] },
  ]);
  assert.deepEqual(
    withMail.clusters.map((c) => c.members),
    [['a', 'b']],
  );
});
