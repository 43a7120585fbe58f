/** The edges of red flags 13, 19, 23, 25 and 27 (the fire/decoy pairs are in score.test.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseShipment } from './input';
import { ListedAddressIndex } from './listed';
import { paymentAsShipment } from './import/payments';
import { paymentAccountKey, type ScoringContext, type Shipment } from './model';
import { scoreShipment } from './score';

const ship = (extra: Partial<Shipment> = {}): Shipment => ({
  id: 'X',
  date: '2025-06-01',
  destination: 'CH',
  items: [{ hsCode: '8479.89', quantity: 1 }],
  parties: [
    { role: 'exporter', name: 'Muster GmbH', country: 'DE' },
    { role: 'end_user', name: 'Helvetia Tools AG', country: 'CH', address: 'Werkstrasse 1, Bern' },
  ],
  ...extra,
});
const fires = (s: Shipment, ctx: ScoringContext, rule: string) =>
  scoreShipment(s, ctx).flags.find((f) => f.rule === rule);

test('structuring: only small payments inside the window count, the current supplier is not counted twice, and without history the rule abstains', () => {
  const acct = 'CH93 0076 2011 6238 5295 7';
  const past = (beneficiary: string, date: string, amount = 3000) => ({
    payerAccount: acct,
    beneficiary,
    amount,
    currency: 'EUR',
    date,
  });
  const payment = { payerAccount: acct, amount: 4000, currency: 'EUR', date: '2025-06-01', beneficiary: 'Muster GmbH' };
  const ctx = (rows: ReturnType<typeof past>[]): ScoringContext => ({
    payments: new Map([[paymentAccountKey(acct), rows]]),
  });
  const rule = 'structuring_small_payments_multiple_suppliers';
  assert.ok(fires(ship({ payment }), ctx([past('A GmbH', '2025-05-10'), past('B BV', '2025-05-30')]), rule));
  assert.ok(
    !fires(ship({ payment }), ctx([past('A GmbH', '2025-04-10'), past('B BV', '2025-05-30')]), rule),
    'A was paid 52 days earlier',
  );
  assert.ok(
    !fires(ship({ payment }), ctx([past('A GmbH', '2025-05-10', 90000), past('B BV', '2025-05-30')]), rule),
    'A was not a small payment',
  );
  assert.ok(
    !fires(ship({ payment }), ctx([past('Muster GmbH', '2025-05-10'), past('B BV', '2025-05-30')]), rule),
    'paying the same supplier again is not spreading',
  );
  assert.ok(scoreShipment(ship({ payment }), {}).abstained.includes(rule));
  assert.equal(
    parseShipment({ id: 'P', parties: [{ role: 'consignee', name: 'X' }], payment: { payerAccount: acct, amount: 1 } })
      .payment!.payerAccount,
    acct,
    'the input schema takes the account',
  );
});

test('line of business: NACE codes and words; a technical buyer or a non-technical item does not fire', () => {
  const rule = 'line_of_business_mismatch';
  const items = [{ hsCode: '8471.50', quantity: 20 }];
  const withBusiness = (business: string, its = items) =>
    ship({
      items: its,
      parties: [
        { role: 'exporter', name: 'M', country: 'DE' },
        { role: 'end_user', name: 'Kafe Almaty', country: 'KZ', business },
      ],
    });
  assert.match(
    fires(withBusiness('I56.10'), {}, rule)!.why,
    /NACE I56\.10 \(class 56 "Food and beverage service activities"\)/,
  );
  assert.ok(fires(withBusiness('small bakery'), {}, rule));
  assert.ok(!fires(withBusiness('electronics distributor'), {}, rule));
  assert.ok(!fires(withBusiness('bakery', [{ hsCode: '8417.20', quantity: 1 }]), {}, rule), 'an oven for a bakery');
});

test('military co-location: a facility gazetteer match fires; a party that declares itself military does not', () => {
  const rule = 'military_colocated_address';
  const gazetteer = new ListedAddressIndex([
    {
      id: 'FAC-1',
      list: 'military-facilities',
      names: ['Example Air Depot'],
      addresses: ['Hangar 7, 12 Airfield Road, Kant'],
    },
  ]);
  const s = ship({
    parties: [
      { role: 'exporter', name: 'M', country: 'DE' },
      { role: 'end_user', name: 'Kant Aero Services', country: 'KG', address: 'Hangar 7, 12 Airfield Rd, Kant' },
    ],
  });
  assert.match(fires(s, { militaryAddresses: gazetteer }, rule)!.why, /FAC-1/);
  assert.ok(!fires(s, {}, rule), 'no words, no gazetteer: nothing');
  const declared = ship({
    parties: [
      { role: 'exporter', name: 'M', country: 'DE' },
      {
        role: 'end_user',
        name: 'Army Depot',
        country: 'KG',
        address: 'Military Unit 12345, Kant',
        business: 'armed forces logistics',
      },
    ],
  });
  assert.ok(!fires(declared, {}, rule));
});

test('HS vs description: a description word alone or a part number alone decides; an unknown description says nothing', () => {
  const rule = 'hs_description_mismatch';
  const item = (hsCode: string, description?: string, manufacturerPartNumber?: string) =>
    ship({
      items: [
        {
          hsCode,
          quantity: 1,
          ...(description ? { description } : {}),
          ...(manufacturerPartNumber ? { manufacturerPartNumber } : {}),
        },
      ],
    });
  assert.match(fires(item('8504.40', 'N-channel MOSFET 60 V'), {}, rule)!.why, /"mosfet" points to HS 8541/);
  assert.match(fires(item('8536.69', undefined, 'IRF540NPBF'), {}, rule)!.why, /prefix IRF/);
  assert.ok(!fires(item('8541.29', 'N-channel MOSFET', 'IRF540NPBF'), {}, rule));
  assert.ok(!fires(item('8504.40', 'spare parts'), {}, rule));
});

test("denial undercut: within three years only, in the denied party's country, for the same item", () => {
  const rule = 'denial_undercut';
  const denial = {
    id: 'D-1',
    authority: 'BAFA',
    date: '2022-07-01',
    party: 'Helvetia Tools AG',
    country: 'CH',
    hsCodes: ['8479.89'],
  };
  assert.ok(fires(ship(), { denials: [denial] }, rule));
  assert.ok(!fires(ship({ date: '2025-08-01' }), { denials: [denial] }, rule), 'denied more than three years before');
  assert.ok(!fires(ship(), { denials: [{ ...denial, country: 'AT' }] }, rule), 'a namesake in another country');
  assert.ok(!fires(ship(), { denials: [{ ...denial, hsCodes: [], eccns: ['3A001'] }] }, rule), 'another item');
  assert.ok(
    fires(
      ship({ items: [{ eccn: '3a001', quantity: 1 }] }),
      { denials: [{ ...denial, hsCodes: [], eccns: ['3A001'] }] },
      rule,
    ),
    'by ECCN',
  );
});

/** Issue 18, item 4: each bug with the case that showed it. */
test('forwarder rule: "Logistics" in a company name alone does not fire; a declared logistics business or the forwarder itself does', () => {
  const rule = 'forwarder_or_logistics_as_end_user';
  const withEndUser = (u: Partial<Shipment['parties'][number]>, forwarder?: Shipment['parties'][number]) =>
    ship({
      parties: [
        { role: 'exporter', name: 'M', country: 'DE' },
        { role: 'end_user', name: 'Silk Road Logistics LLC', country: 'KZ', ...u },
        ...(forwarder ? [forwarder] : []),
      ],
    });
  assert.ok(!fires(withEndUser({}), {}, rule), 'the name alone');
  assert.ok(
    !fires(withEndUser({ business: 'electronics distributor' }), {}, rule),
    'the name, with a non-logistics business',
  );
  assert.match(
    fires(withEndUser({ business: 'freight forwarding' }), {}, rule)!.why,
    /declares a logistics business \("freight forwarding": freight, forwarding\); its name also reads as logistics \(logistics\)/,
  );
  assert.match(
    fires(
      withEndUser(
        { address: 'Dostyk 5, Almaty' },
        { role: 'freight_forwarder', name: 'KZ Cargo Line', country: 'KZ', address: 'DOSTYK 5, ALMATY' },
      ),
      {},
      rule,
    )!.why,
    /also the shipment's freight forwarder "KZ Cargo Line" \(same address\)/,
  );
  const consigneeOnly = ship({
    parties: [
      { role: 'exporter', name: 'M', country: 'DE' },
      { role: 'consignee', name: 'Silk Way Logistics LLC', country: 'KG' },
    ],
  });
  assert.ok(!fires(consigneeOnly, {}, rule), 'no end user, a consignee with "Logistics" in its name only');
});

test('letter of credit: "to the order of" the issuing bank is consigned to the bank; "to order" and another party are not', () => {
  const rule = 'lc_consigned_to_issuing_bank';
  const lc = (consignedTo: string) =>
    ship({ payment: { letterOfCredit: { issuingBank: 'Kyrgyz Investment Bank', consignedTo } } });
  assert.match(
    fires(lc('To the order of Kyrgyz Investment Bank'), {}, rule)!.why,
    /consigned "To the order of Kyrgyz Investment Bank", i\.e\. to the issuing bank/,
  );
  assert.ok(fires(lc('ORDER OF THE KYRGYZ INVESTMENT BANK'), {}, rule));
  assert.ok(fires(lc('Kyrgyz Investment Bank'), {}, rule));
  assert.ok(!fires(lc('To order'), {}, rule), 'a blank order names no one');
  assert.ok(!fires(lc('To the order of Helvetia Tools AG'), {}, rule), "to the buyer's order");
});

test('a payment imported without a shipment is not "no end user is named"; a shipment of goods without one still is', () => {
  const rule = 'end_use_info_refused';
  const payment = paymentAsShipment({
    id: 'P-1',
    payer: 'Helvetia Tools AG',
    payerCountry: 'CH',
    beneficiary: 'Muster GmbH',
    beneficiaryCountry: 'DE',
    amount: 12000,
    currency: 'EUR',
    date: '2025-06-01',
  });
  assert.ok(!fires(payment, {}, rule));
  const goods = ship({
    parties: [
      { role: 'exporter', name: 'M', country: 'DE' },
      { role: 'consignee', name: 'Helvetia Tools AG', country: 'CH' },
    ],
  });
  assert.match(fires(goods, {}, rule)!.why, /no end user is named/);
  assert.ok(fires({ ...payment, endUserInfoDeclined: true }, {}, rule), 'an explicit refusal counts on any record');
});

test('Art. 12g clause: no contract stated at all is unknown, not missing; a stated contract without the clause fires', () => {
  const rule = 'no_russia_clause_missing';
  const chpl = new Map([['851762', '2']]);
  const sale = (contract?: Shipment['contract']) =>
    ship({
      destination: 'KZ',
      items: [{ hsCode: '851762', quantity: 1 }],
      ...(contract ? { contract } : {}),
      parties: [
        { role: 'exporter', name: 'Muster GmbH', country: 'DE' },
        { role: 'end_user', name: 'Astana Net LLP', country: 'KZ' },
      ],
    });
  assert.ok(!fires(sale(), { chpl }, rule));
  assert.ok(fires(sale({ date: '2025-01-10' }), { chpl }, rule));
  assert.ok(fires(sale({ noReExportToRussiaClause: false }), { chpl }, rule));
  assert.ok(!fires(sale({ noReExportToRussiaClause: true }), { chpl }, rule));
});

test('free zone: the buyer is read too, not only consignee and end user', () => {
  const rule = 'free_trade_zone_consignee';
  const s = ship({
    parties: [
      { role: 'exporter', name: 'M', country: 'DE' },
      { role: 'purchaser', name: 'Orion Trade FZE', country: 'AE', address: 'Office 12, Jebel Ali Free Zone, Dubai' },
      { role: 'consignee', name: 'Helvetia Tools AG', country: 'CH', address: 'Werkstrasse 1, Bern' },
    ],
  });
  assert.match(fires(s, {}, rule)!.why, /purchaser "Orion Trade FZE" is in a free-trade zone/);
  s.parties[1]!.address = 'Werkstrasse 3, Bern';
  s.parties[1]!.name = 'Orion Trade AG';
  assert.ok(!fires(s, {}, rule));
});

test('quantities: every consignee of the record is compared with its own history, not the first one only', () => {
  const rule = 'unusual_quantity_vs_history';
  const history = new Map([['astana parts llp|847989', [10, 12, 8, 11]]]);
  const s = ship({
    items: [{ hsCode: '8479.89', quantity: 400 }],
    parties: [
      { role: 'exporter', name: 'M', country: 'DE' },
      { role: 'consignee', name: 'Helvetia Tools AG', country: 'CH' },
      { role: 'consignee', name: 'Astana Parts LLP', country: 'KZ' },
    ],
  });
  assert.match(
    fires(s, { history }, rule)!.why,
    /the median 11 of 4 earlier orders of HS 847989 by "Astana Parts LLP"/,
  );
});
