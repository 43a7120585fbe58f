/** The edges of red flags 13, 19, 23, 25 and 27 (the fire/decoy pairs are in score.test.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseShipment } from './input';
import { ListedAddressIndex } from './listed';
import { paymentAccountKey, type ScoringContext, type Shipment } from './model';
import { scoreShipment } from './score';

const ship = (extra: Partial<Shipment> = {}): Shipment => ({
  id: 'X', date: '2025-06-01', destination: 'CH', items: [{ hsCode: '8479.89', quantity: 1 }],
  parties: [{ role: 'exporter', name: 'Muster GmbH', country: 'DE' }, { role: 'end_user', name: 'Helvetia Tools AG', country: 'CH', address: 'Werkstrasse 1, Bern' }], ...extra,
});
const fires = (s: Shipment, ctx: ScoringContext, rule: string) => scoreShipment(s, ctx).flags.find((f) => f.rule === rule);

test('structuring: only small payments inside the window count, the current supplier is not counted twice, and without history the rule abstains', () => {
  const acct = 'CH93 0076 2011 6238 5295 7';
  const past = (beneficiary: string, date: string, amount = 3000) => ({ payerAccount: acct, beneficiary, amount, currency: 'EUR', date });
  const payment = { payerAccount: acct, amount: 4000, currency: 'EUR', date: '2025-06-01', beneficiary: 'Muster GmbH' };
  const ctx = (rows: ReturnType<typeof past>[]): ScoringContext => ({ payments: new Map([[paymentAccountKey(acct), rows]]) });
  const rule = 'structuring_small_payments_multiple_suppliers';
  assert.ok(fires(ship({ payment }), ctx([past('A GmbH', '2025-05-10'), past('B BV', '2025-05-30')]), rule));
  assert.ok(!fires(ship({ payment }), ctx([past('A GmbH', '2025-04-10'), past('B BV', '2025-05-30')]), rule), 'A was paid 52 days earlier');
  assert.ok(!fires(ship({ payment }), ctx([past('A GmbH', '2025-05-10', 90000), past('B BV', '2025-05-30')]), rule), 'A was not a small payment');
  assert.ok(!fires(ship({ payment }), ctx([past('Muster GmbH', '2025-05-10'), past('B BV', '2025-05-30')]), rule), 'paying the same supplier again is not spreading');
  assert.ok(scoreShipment(ship({ payment }), {}).abstained.includes(rule));
  assert.equal(parseShipment({ id: 'P', parties: [{ role: 'consignee', name: 'X' }], payment: { payerAccount: acct, amount: 1 } }).payment!.payerAccount, acct, 'the input schema takes the account');
});

test('line of business: NACE codes and words; a technical buyer or a non-technical item does not fire', () => {
  const rule = 'line_of_business_mismatch';
  const items = [{ hsCode: '8471.50', quantity: 20 }];
  const withBusiness = (business: string, its = items) => ship({ items: its, parties: [{ role: 'exporter', name: 'M', country: 'DE' }, { role: 'end_user', name: 'Kafe Almaty', country: 'KZ', business }] });
  assert.match(fires(withBusiness('I56.10'), {}, rule)!.why, /NACE 56/);
  assert.ok(fires(withBusiness('small bakery'), {}, rule));
  assert.ok(!fires(withBusiness('electronics distributor'), {}, rule));
  assert.ok(!fires(withBusiness('bakery', [{ hsCode: '8417.20', quantity: 1 }]), {}, rule), 'an oven for a bakery');
});

test('military co-location: a facility gazetteer match fires; a party that declares itself military does not', () => {
  const rule = 'military_colocated_address';
  const gazetteer = new ListedAddressIndex([{ id: 'FAC-1', list: 'military-facilities', names: ['Example Air Depot'], addresses: ['Hangar 7, 12 Airfield Road, Kant'] }]);
  const s = ship({ parties: [{ role: 'exporter', name: 'M', country: 'DE' }, { role: 'end_user', name: 'Kant Aero Services', country: 'KG', address: 'Hangar 7, 12 Airfield Rd, Kant' }] });
  assert.match(fires(s, { militaryAddresses: gazetteer }, rule)!.why, /FAC-1/);
  assert.ok(!fires(s, {}, rule), 'no words, no gazetteer: nothing');
  const declared = ship({ parties: [{ role: 'exporter', name: 'M', country: 'DE' }, { role: 'end_user', name: 'Army Depot', country: 'KG', address: 'Military Unit 12345, Kant', business: 'armed forces logistics' }] });
  assert.ok(!fires(declared, {}, rule));
});

test('HS vs description: a description word alone or a part number alone decides; an unknown description says nothing', () => {
  const rule = 'hs_description_mismatch';
  const item = (hsCode: string, description?: string, manufacturerPartNumber?: string) => ship({ items: [{ hsCode, quantity: 1, ...(description ? { description } : {}), ...(manufacturerPartNumber ? { manufacturerPartNumber } : {}) }] });
  assert.match(fires(item('8504.40', 'N-channel MOSFET 60 V'), {}, rule)!.why, /"mosfet" points to HS 8541/);
  assert.match(fires(item('8536.69', undefined, 'IRF540NPBF'), {}, rule)!.why, /prefix IRF/);
  assert.ok(!fires(item('8541.29', 'N-channel MOSFET', 'IRF540NPBF'), {}, rule));
  assert.ok(!fires(item('8504.40', 'spare parts'), {}, rule));
});

test('denial undercut: within three years only, in the denied party\'s country, for the same item', () => {
  const rule = 'denial_undercut';
  const denial = { id: 'D-1', authority: 'BAFA', date: '2022-07-01', party: 'Helvetia Tools AG', country: 'CH', hsCodes: ['8479.89'] };
  assert.ok(fires(ship(), { denials: [denial] }, rule));
  assert.ok(!fires(ship({ date: '2025-08-01' }), { denials: [denial] }, rule), 'denied more than three years before');
  assert.ok(!fires(ship(), { denials: [{ ...denial, country: 'AT' }] }, rule), 'a namesake in another country');
  assert.ok(!fires(ship(), { denials: [{ ...denial, hsCodes: [], eccns: ['3A001'] }] }, rule), 'another item');
  assert.ok(fires(ship({ items: [{ eccn: '3a001', quantity: 1 }] }), { denials: [{ ...denial, hsCodes: [], eccns: ['3A001'] }] }, rule), 'by ECCN');
});
