// Stream events: the idempotency key names the same event however its JSON is ordered and a
// new version when the content changes; bad messages and bad payment events are refused with
// the field that is wrong (the worker dead-letters them instead of retrying).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError } from '@dualuse/core';
import { decodeEvent, encodeEvent, idempotencyKey, makeEvent, subjectFor, toShipment } from './events';
import { isPoison, retryDelayMs } from './stream';

const T = '0f8fad5b-d9cb-469f-a165-70867728950e';
const shipment = {
  id: 'S-1',
  destination: 'KG',
  parties: [{ role: 'consignee', name: 'Bishkek Trade House', country: 'KG' }],
  items: [{ hsCode: '854232', quantity: 3 }],
};

test('the key is tenant + kind + id + content hash, independent of JSON key order', () => {
  const reordered = { items: shipment.items, parties: shipment.parties, destination: 'KG', id: 'S-1' };
  assert.equal(idempotencyKey(T, 'shipment', shipment), idempotencyKey(T, 'shipment', reordered));
  assert.match(idempotencyKey(T, 'shipment', shipment), new RegExp(`^${T}:shipment:S-1:[0-9a-f]{32}$`));
  assert.notEqual(
    idempotencyKey(T, 'shipment', shipment),
    idempotencyKey(T, 'shipment', { ...shipment, destination: 'KZ' }),
    'an amended shipment is a new version',
  );
  assert.notEqual(
    idempotencyKey(T, 'shipment', shipment),
    idempotencyKey('1f8fad5b-d9cb-469f-a165-70867728950e', 'shipment', shipment),
    'another tenant, another event',
  );
});

test('an event survives the wire and names its subject', () => {
  const e = makeEvent(T, 'shipment', shipment);
  assert.deepEqual(decodeEvent(encodeEvent(e)), e);
  assert.equal(subjectFor('dualuse', e), `dualuse.${T}.shipments`);
});

test('unreadable messages and invalid bodies are poison, with the field named', () => {
  const bad = (text: string, pointer: RegExp) =>
    assert.throws(
      () => decodeEvent(new TextEncoder().encode(text)),
      (e: unknown) => e instanceof DomainError && isPoison(e) && pointer.test(e.message),
    );
  bad('not json', /not JSON/);
  bad(JSON.stringify({ v: 2 }), /\/v/);
  bad(JSON.stringify({ v: 1, kind: 'invoice' }), /\/kind/);
  bad(JSON.stringify({ v: 1, kind: 'shipment', tenantId: 'acme' }), /\/tenantId/);
  bad(JSON.stringify({ v: 1, kind: 'shipment', tenantId: T, key: 'other:shipment:x', publishedAt: 1 }), /\/key/);
  assert.throws(
    () => makeEvent(T, 'shipment', { ...shipment, parties: [{ role: 'consignee', name: 'X', country: 'Narnia' }] }),
    /\/parties\/0\/country: unknown country "Narnia"/,
  );
  assert.throws(
    () => toShipment('payment', { id: 'P-1', parties: shipment.parties, payment: { payer: 'A' }, amount: 3 }),
    /\/amount: unknown field of a payment event/,
  );
  assert.throws(
    () => toShipment('payment', { id: 'P-1', parties: shipment.parties }),
    /\/payment: a payment event needs the payment/,
  );
});

test('a payment event is scored as the order it pays for, without items', () => {
  const s = toShipment('payment', {
    id: 'P-1',
    parties: shipment.parties,
    payment: { payer: 'Gulf Star', payerBankCountry: 'United Arab Emirates' },
  });
  assert.deepEqual(s.items, []);
  assert.equal(s.payment!.payerBankCountry, 'AE');
});

test('transient failures back off and are not poison', () => {
  assert.equal(isPoison(new Error('connection reset')), false);
  assert.equal(isPoison(new DomainError('unavailable', 'no list loaded')), false);
  assert.deepEqual([1, 2, 3, 10].map(retryDelayMs), [1000, 2000, 4000, 30_000]);
});
