/**
 * Address normalisation on real Hong Kong and Dubai variants from the OFAC Russia network
 * slice (shared/data/graph/ofac-russia-network-sample: SDN names of 2024-05-03, addresses of
 * 2026-08-01, public domain). Each pair below is quoted from the file and asserted to be there,
 * so the test fails if the data changes rather than passing on strings of our own.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { compareAddresses, normaliseAddress } from './address';

const rows = readFileSync(sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; properties: { name?: string[]; address?: string[] } });
/** The OFAC address of entry `id` beginning with `start`, or a failed test naming what is missing. */
const real = (id: string, start: string): string => {
  const a = rows.find((r) => r.id === id)?.properties.address?.find((x) => x.startsWith(start));
  assert.ok(a, `${id} has an address starting "${start}" in the OFAC slice`);
  return a;
};
const same = (a: string, b: string) => compareAddresses(normaliseAddress(a), normaliseAddress(b));

test('Hong Kong: "Room 606 Celebrity Comm, Centre … Sham Shuipo" (NEWAY, ofac-45975) is "Room 606, 6/F, Celebrity Commercial Center … Sham Shui Po, Kowloon" (RG SOLUTIONS, ofac-48588)', () => {
  const neway = real('ofac-45975', 'Room 606 Celebrity Comm');
  const rg = real('ofac-48588', 'Room 606, 6/F');
  const m = same(neway, rg);
  assert.ok(m, `${neway} ≈ ${rg}`);
  assert.match(m.why, /floor 6 \(given on one side only\) implied by unit 606/);
  assert.match(m.why, /"kowloon"/, 'the district added on one side is named');
  // Same building and floor, another unit: M AND S TRADING "Room 14F A" vs KOBI "Room A1, 14 Floor" (ofac-46793 /
  // ofac-46874).
  assert.equal(
    same(real('ofac-46793', 'Room 14F A'), real('ofac-46874', 'Room A1, 14 Floor')),
    null,
    'unit A and unit A1 are different doors',
  );
});

test('Hong Kong districts and floors written apart or together normalise to one token (real spellings)', () => {
  const tokensOf = (id: string, start: string) => normaliseAddress(real(id, start)).tokens;
  assert.ok(
    tokensOf('ofac-42859', 'Unit 1405B').includes('mongkok') &&
      tokensOf('ofac-45952', 'Room 10/1003').includes('mongkok'),
    'Mongkok (WELMART) = Mong Kok (BESTOP)',
  );
  assert.ok(
    tokensOf('ofac-48624', '16/F').includes('wanchai') && tokensOf('ofac-48851', '5/F Heng Shan').includes('wanchai'),
    'Wanchai (PIXEL) = Wan Chai (CFU)',
  );
  assert.ok(
    tokensOf('ofac-48763', 'Suite A').includes('tsimshatsui') &&
      tokensOf('ofac-38641', 'Room 03').includes('tsimshatsui'),
    'Tsimshatsui (IPM) = Tsim Sha Tsui (SINNO)',
  );
  assert.ok(tokensOf('ofac-46701', 'Unit 7, 17/F').includes('kowloon'), '"Kln" (WAYTOP) = Kowloon');
  assert.ok(
    tokensOf('ofac-48781', 'Room 2, 21F').includes('floor21') &&
      tokensOf('ofac-46874', 'Room A1').includes('floor14') &&
      tokensOf('ofac-37864', '31/F').includes('floor31'),
    '21F, 14 Floor, 31/F',
  );
  for (const [a, b] of [
    ['Rm 5, 13F', 'Flat 5, 13/F'],
    ['Room 5, 13th Floor', 'Unit 5, Floor 13'],
    ['Suite 5, G/F', 'Office 5, Ground Floor'],
  ] as const)
    assert.equal(normaliseAddress(a).key, normaliseAddress(b).key, `${a} = ${b}`);
});

test('Dubai: "Office OT 17-32, 17th Floor, Office Tower, Central Park Towers" (KAZAN, ofac-43556) is "PO Box 507065, Unit OT 17-32, Central Park Towers, Office Tower" (SUN SHIP, ofac-46622)', () => {
  const kazan = real('ofac-43556', 'Office OT 17-32');
  const sunShip = real('ofac-46622', 'PO Box 507065');
  const m = same(kazan, sunShip);
  assert.ok(m, `${kazan} ≈ ${sunShip}`);
  assert.match(m.why, /PO box none \/ 507065/);
  assert.equal(normaliseAddress(sunShip).poBox, '507065');
  assert.equal(
    same(kazan, real('ofac-45910', '17-35 Central Park Towers')),
    null,
    'unit 17-35 (ARX) is another door of the same towers',
  );
  // IFZA with and without "DDP", and "27610 - 001" / "27610-001" (STERLING ofac-46608 / KAZAN ofac-43556).
  assert.ok(same(real('ofac-46608', 'Unit 27610 - 001'), real('ofac-43556', 'Unit 27610-001'))?.why.includes('"ddp"'));
});

test('UAE free zones under their real names and written variants: DAFZA, SAIF Zone, JAFZA; PO boxes kept apart from doors', () => {
  const zone = (id: string, start: string) => normaliseAddress(real(id, start)).tokens;
  assert.ok(
    zone('ofac-37863', 'Dubai Airport Freezone Authority').includes('dafza') &&
      zone('ofac-46509', 'Dubai Airport Free Zone Authority').includes('dafza') &&
      zone('ofac-45734', 'Office 4EA 324').includes('dafza'),
  );
  assert.ok(
    zone('ofac-45747', 'M2 Warehouse, Sharjah Airport International Free Zone').includes('saifzone') &&
      zone('ofac-46647', 'P.O. Box 514057, Saif Zone').includes('saifzone'),
  );
  const jafza = real('ofac-48021', 'Warehouse No. FZS1AA01');
  assert.ok(normaliseAddress(jafza).tokens.includes('jafza'));
  assert.ok(same(jafza, 'Warehouse FZS1AA01, Street S111, JAFZA, Dubai, UAE'), 'Jebel Ali Free Zone = JAFZA');
  assert.ok(same(jafza, 'Warehouse FZS1AA01, Street S111, Jebel Ali Freezone, Dubai, United Arab Emirates'));
  // "P.O. Box: 513830" (FLAVIC), "P.O. Box 491" (GTLK), "PO Box 20609" twice for POLARSTAR: the box, not a door.
  assert.equal(normaliseAddress(real('ofac-45747', 'P.O. Box: 513830')).poBox, '513830');
  assert.equal(normaliseAddress(real('ofac-37863', 'Dubai Airport Freezone')).poBox, '491');
  const polar = rows
    .find((r) => r.id === 'ofac-48021')!
    .properties.address!.map((a) => normaliseAddress(a).poBox)
    .filter(Boolean);
  assert.deepEqual(polar, ['20609', '20609'], 'two different POLARSTAR addresses with one PO box');
  assert.equal(normaliseAddress('PO Box SHJ-124903; Sharjah').poBox, 'shj124903');
  assert.equal(
    same('P.O. Box 62105; Sharjah; UAE', 'P.O. Box 74345; Sharjah; UAE'),
    null,
    'two PO boxes in one city are not one place',
  );
  assert.equal(
    normaliseAddress('Unit 3504, 1 Lake Plaza, Jumeirah Lakes Towers').key,
    normaliseAddress('Unit 3504, 1 Lake Plaza, JLT').key,
  );
});
