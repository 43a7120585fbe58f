import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '../common/errors';
import { parseShipment, parseShipmentLines } from './input';

test('shipments from JSON: country names become ISO codes, HS codes with dots are kept', () => {
  const s = parseShipment({
    id: 'A',
    destination: 'Kyrgyzstan',
    parties: [{ role: 'consignee', name: 'X', country: 'Hong Kong SAR' }],
    items: [{ hsCode: '8542.31', quantity: 3 }],
    route: [{ from: 'Germany', to: 'TR' }],
  });
  assert.deepEqual(
    [s.destination, s.parties[0]!.country, s.route![0]!.from, s.items[0]!.hsCode],
    ['KG', 'HK', 'DE', '8542.31'],
  );
});

test('a bad field is an invalid_input error naming its JSON Pointer; a bad line stops the file', () => {
  const bad = (v: unknown, pointer: string) =>
    assert.throws(
      () => parseShipment(v, '/shipments/3'),
      (e: unknown) => e instanceof DomainError && e.kind === 'invalid_input' && e.details.pointer === pointer,
    );
  bad({ id: 'A', parties: [{ role: 'shipper', name: 'X' }] }, '/shipments/3/parties/0/role');
  bad(
    { id: 'A', parties: [{ role: 'consignee', name: 'X', incorporated: '12/01/2023' }] },
    '/shipments/3/parties/0/incorporated',
  );
  bad({ id: 'A', parties: [{ role: 'consignee', name: 'X' }], extra: 1 }, '/shipments/3/extra');
  assert.throws(
    () => parseShipmentLines('{"id":"A","parties":[{"role":"consignee","name":"X"}]}\n{"id":', 'in.jsonl'),
    /in\.jsonl line 2: not JSON/,
  );
  assert.throws(() => parseShipmentLines('\n\n', 'in.jsonl'), /no shipment/);
});
