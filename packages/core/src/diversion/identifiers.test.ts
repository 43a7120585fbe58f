/** Identifiers in free descriptions (issue 18 item 1): the extractor, and the two rules that read it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { parseChplTiers } from './chpl';
import { extractIdentifiers, itemIdentifiers, readPartNumber } from './identifiers';
import type { Item, Shipment } from './model';
import { scoreShipment } from './score';

const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const kinds = (text: string) => extractIdentifiers(text, 'd').map((e) => `${e.kind}:${e.value}`);

test('part numbers: manufacturer and distributor wrappers and plurals are dropped; ordinary words and quantities are not part numbers', () => {
  assert.deepEqual(kinds('100 pcs TI-TPS7A4901DGNR, ST:STM32F407VGT6s and 511-STM32F103C8T6 (497-STM8S003F3P6-ND)'), [
    'part_number:TPS7A4901DGNR',
    'part_number:STM32F407VGT6',
    'part_number:STM32F103C8T6',
    'part_number:STM8S003F3P6',
  ]);
  assert.deepEqual(readPartNumber("IRF540N's"), { value: 'IRF540N', prefix: 'IRF' });
  assert.deepEqual(
    kinds('2nd batch, 100x spare parts, TPS report, Stm32 board, model 2024'),
    [],
    'lower case, no digit, or no known prefix',
  );
});

test('relabelled-chip descriptions as written: glued labels, makers in any case, glued quantities, ordering suffixes, RF front-end ICs', () => {
  assert.deepEqual(kinds('XC7K325T-2FFG900I x 50 pcs'), ['part_number:XC7K325T2FFG900I']);
  assert.deepEqual(kinds('Xilinx:XC7K325T-2FFG900Ix50, P/N:XCZU9EG-2FFVB1156I*20, LTC2208IUP#PBF/100PCS'), [
    'part_number:XC7K325T2FFG900I',
    'part_number:XCZU9EG2FFVB1156I',
    'part_number:LTC2208IUP',
  ]);
  assert.deepEqual(kinds('beamformers ADAR1000ACCZN×200; HMC1122LP4METR; ADRV9009BBCZs; LMX2594RHAT'), [
    'part_number:ADAR1000ACCZN',
    'part_number:HMC1122LP4METR',
    'part_number:ADRV9009BBCZ',
    'part_number:LMX2594RHAT',
  ]);
  assert.deepEqual(kinds('Box x50, Hmc lamp, ADAR family'), [], 'a glued quantity on a word, lower case, no digit');
});

test('tariff codes need a label; "CN" and "tariff" need six digits; family names match as words', () => {
  assert.deepEqual(kinds('HS code: 8542.31.0000; CN 8542 31 90; HTS 8473'), [
    'hs_code:8542310000',
    'hs_code:85423190',
    'hs_code:8473',
  ]);
  assert.deepEqual(
    kinds('made in CN 2024, tariff 8473, order 854231'),
    [],
    'a country and a year, a short tariff label, a bare number',
  );
  assert.deepEqual(kinds('Zynq-7000 evaluation parts, Artix family'), ['model:artix', 'model:zynq']);
  assert.deepEqual(kinds('cyclone dust separator'), [], '"Cyclone" is left out: it is also a machine');
  const hs = extractIdentifiers('HS 8542.31', 'items[0].description')[0]!;
  assert.equal(hs.hs6, '854231');
});

test('the part-number field and the description are both read; the same part number is reported once, from the field', () => {
  const ids = itemIdentifiers({ manufacturerPartNumber: 'irf540npbf', description: 'IRF540NPBF and STM32F407VGT6' }, 3);
  assert.deepEqual(
    ids.map((e) => [e.field, e.value]),
    [
      ['items[3].manufacturerPartNumber', 'IRF540NPBF'],
      ['items[3].description', 'STM32F407VGT6'],
    ],
  );
});

/**
 * A relabelled chip: declared as computer parts (HS 8473.30, not on the CHPL), part numbers only in the description, to
 * Kyrgyzstan.
 */
const relabelled = (item: Item): Shipment => ({
  id: 'R',
  date: '2025-06-01',
  destination: 'KG',
  items: [item],
  parties: [
    { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
    { role: 'end_user', name: 'Bishkek Components LLC', country: 'KG', business: 'electronics distributor' },
  ],
  endUseStatement: true,
  contract: { noReExportToRussiaClause: true },
});
const flag = (s: Shipment, rule: string) => scoreShipment(s, { chpl }).flags.find((f) => f.rule === rule);

test('relabelled chips: a part number in the description re-classifies to CHPL Tier 1 and contradicts the declared HS; both flags show the extraction and the shipment alerts', () => {
  const s = relabelled({
    hsCode: '8473.30',
    description: 'computer spare parts: 500 pcs ST STM32F407VGT6s, 200 Xilinx XC7A35T-1CSG324C',
    quantity: 700,
  });
  const chplFlag = flag(s, 'chpl_tier1_2_to_high_risk_jurisdiction');
  assert.ok(chplFlag, 'the CHPL rule reaches the item through its description');
  assert.equal(chplFlag.weight, 0.35, 'Tier 1 weight');
  assert.match(
    chplFlag.why,
    /declared HS 847330 is not on the CHPL, but the text points to CHPL Tier 1: part number "STM32F407VGT6s" \(items\[0\]\.description, part-number prefix STM32\) → HS 8542; heading 8542 holds CHPL subheadings 854231, 854232, 854233, 854239, all Tier 1/,
  );
  assert.deepEqual(
    chplFlag.extracted!.map((e) => e.value),
    ['STM32F407VGT6', 'XC7A35T1CSG324C'],
  );
  assert.ok(chplFlag.fields.includes('items[0].description'));
  const hsFlag = flag(s, 'hs_description_mismatch');
  assert.ok(hsFlag, "the wrong-HS rule reads the description's part numbers");
  assert.match(hsFlag.why, /declared HS 8473, but the part number "STM32F407VGT6s" .* points to HS 8542/);
  assert.equal(hsFlag.extracted!.length, 2);
  assert.equal(scoreShipment(s, { chpl }).alert, true);
});

test('re-classification by a labelled tariff code uses its own subheading; a truthful declaration is not re-classified', () => {
  const byCode = flag(
    relabelled({ hsCode: '8473.30', description: "parts, HS code 8542.32 on the maker's invoice" }),
    'chpl_tier1_2_to_high_risk_jurisdiction',
  );
  assert.match(byCode!.why, /tariff code "HS code 8542\.32" .* → HS 854232; HS 854232 is CHPL Tier 1/);
  const honest = flag(
    relabelled({ hsCode: '8542.31', description: 'STM32F407VGT6 microcontrollers' }),
    'chpl_tier1_2_to_high_risk_jurisdiction',
  );
  assert.match(honest!.why, /^HS 854231 is CHPL Tier 1/);
  assert.equal(honest!.extracted, undefined);
  assert.ok(
    !flag(relabelled({ hsCode: '8542.31', description: 'STM32F407VGT6 microcontrollers' }), 'hs_description_mismatch'),
  );
  assert.ok(
    !flag(
      relabelled({ hsCode: '8473.30', description: 'keyboard parts, black' }),
      'chpl_tier1_2_to_high_risk_jurisdiction',
    ),
    'nothing in the text: the declared code stands',
  );
});

test('a heading whose CHPL subheadings differ in tier takes the lowest-priority one and says so', () => {
  const mixed = new Map([
    ['854231', '1'],
    ['854239', '3.A'],
  ]);
  const s = relabelled({ hsCode: '8473.30', description: 'STM32F407VGT6' });
  const f = scoreShipment(s, { chpl: mixed }).flags.find((x) => x.rule === 'chpl_tier1_2_to_high_risk_jurisdiction');
  assert.match(f!.why, /several tiers \(854231, 854239\); the lowest-priority is Tier 3\.A/);
  assert.equal(f!.weight, 0.15);
});

test('the Art. 12g clause rule sees the re-classified item too, with the extraction as evidence', () => {
  const s: Shipment = {
    ...relabelled({ hsCode: '8473.30', description: '300 pcs TI-TMS320F28335PGFA' }),
    destination: 'KZ',
    contract: { date: '2025-01-10' },
  };
  s.parties[1]!.country = 'KZ';
  const f = flag(s, 'no_russia_clause_missing');
  assert.match(f!.why, /HS 847330, by its text TMS320F28335PGFA → CHPL Tier 1/);
  assert.equal(f!.extracted![0]!.field, 'items[0].description');
});
