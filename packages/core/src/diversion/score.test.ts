import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RED_FLAG_RULES } from './data/red-flags';
import { scoreShipment } from './score';
import { clean, ctx, fired } from './score-support.test';
import type { Shipment } from './model';

test('the clean shipment raises no flag and no alert', () => {
  const r = scoreShipment(clean(), ctx);
  assert.deepEqual(r.flags, []);
  assert.equal(r.score, 0);
  assert.equal(r.alert, false);
});

/** For each rule: an edit of the clean shipment that must fire it, and a decoy edit that must not. */
const CASES: Record<string, [(s: Shipment) => void, (s: Shipment) => void]> = {
  listed_party_match: [
    (s) => (s.parties[1]!.name = 'Tordan Industry Ltd'),
    (s) => (s.parties[1]!.name = 'Jordan Industrial Supplies Ltd'),
  ],
  address_match_listed: [
    (s) => (s.parties[1]!.address = 'Room 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, HK'),
    (s) => (s.parties[1]!.address = 'Unit 618, 6/F, 131-132 Connaught Road West, Hong Kong'),
  ],
  shared_officer_or_contact_with_listed: [
    (s) => (s.parties[1]!.emails = ['Sales@Tordan-HK.com']),
    (s) => (s.parties[1]!.phones = ['+852 2345 6780']),
  ],
  mass_registration_address: [
    (s) => (s.parties[1]!.address = "Room 1203, 12th Floor, 99 Queen's Road Central, HK"),
    (s) => (s.parties[1]!.address = "Room 1204, 12th Floor, 99 Queen's Road Central, HK"),
  ],
  unverified_list_party: [
    (s) => (s.parties[1]!.name = 'Shenzhen Koala Electronics Co., Ltd.'),
    (s) => (s.parties[1]!.name = 'Shenzhen Panda Electronics Co Ltd'),
  ],
  overpayment_vs_market: [
    (s) => Object.assign(s.items[0]!, { value: 120000, quantity: 12 }),
    (s) => Object.assign(s.items[0]!, { unitPrice: 5000 }),
  ],
  lc_consigned_to_issuing_bank: [
    (s) =>
      (s.payment!.letterOfCredit = { issuingBank: 'Kyrgyz Investment Bank', consignedTo: 'KYRGYZ INVESTMENT BANK' }),
    (s) =>
      (s.payment!.letterOfCredit = {
        issuingBank: 'UBS',
        consignedTo: 'Precision Parts GmbH',
        invoiceNamesEndUser: true,
      }),
  ],
  ownership_50pct_blocked: [(s) => (s.parties[1]!.id = 'OWNED-1'), (s) => (s.parties[1]!.id = 'MINOR-1')],
  affiliates_rule_entity_list: [(s) => (s.parties[2]!.id = 'AFF-1'), (s) => (s.parties[2]!.id = 'HOLD-2')],
  significant_minority_ownership_listed: [(s) => (s.parties[1]!.id = 'MINOR-1'), (s) => (s.parties[1]!.id = 'OWNED-1')],
  chpl_tier1_2_to_high_risk_jurisdiction: [
    (s) => Object.assign(s, { destination: 'KG', items: [{ hsCode: '8542.31', quantity: 5 }] }),
    (s) => (s.items = [{ hsCode: '854231', quantity: 5 }]),
  ],
  transshipment_hub_routing: [
    (s) =>
      (s.route = [
        { from: 'DE', to: 'AM' },
        { from: 'AM', to: 'CH' },
      ]),
    (s) =>
      (s.route = [
        { from: 'DE', to: 'AT' },
        { from: 'AT', to: 'CH' },
      ]),
  ],
  // Issue 18: a "Logistics" name alone no longer fires (decoy); a declared logistics business does.
  forwarder_or_logistics_as_end_user: [
    (s) => Object.assign(s.parties[2]!, { name: 'Silk Road Logistics LLC', business: 'freight forwarding' }),
    (s) => (s.parties[2]!.name = 'Silk Road Logistics LLC'),
  ],
  free_trade_zone_consignee: [
    (s) => (s.parties[1]!.address = 'Unit 27610-001, Building A1, IFZA Business Park, Dubai Silicon Oasis'),
    (s) => (s.parties[1]!.address = 'Freiestrasse 12, 8032 Zürich'),
  ],
  payment_from_third_country: [
    (s) => (s.payment = { payer: 'Orion Trade FZE', payerBankCountry: 'AE' }),
    (s) => (s.payment = { payer: 'PRECISION PARTS', payerBankCountry: 'CH' }),
  ],
  incorporated_after_2022_02_24: [
    (s) => Object.assign(s.parties[1]!, { country: 'KG', incorporated: '2022-07-01' }),
    (s) => (s.parties[1]!.incorporated = '2023-01-01'),
  ],
  no_russia_clause_missing: [
    (s) => Object.assign(s, { destination: 'KZ', items: [{ hsCode: '851762' }], contract: { date: '2025-01-01' } }),
    (s) => Object.assign(s, { items: [{ hsCode: '851762' }], contract: {}, destination: 'US' }),
  ],
  end_use_info_refused: [(s) => (s.endUserInfoDeclined = true), (s) => (s.endUseStatement = true)],
  installation_training_declined: [(s) => (s.servicesDeclined = true), (s) => (s.servicesDeclined = false)],
  phone_country_mismatch: [
    (s) => (s.parties[1]!.phones = ['+7 495 123 4567']),
    (s) => (s.parties[1]!.phones = ['0041 44 000 00 00']),
  ],
  no_web_presence_or_free_email: [
    (s) => Object.assign(s.parties[1]!, { website: undefined, emails: ['precision.parts@mail.ru'] }),
    (s) => (s.parties[1]!.emails = ['x@gmail.com']),
  ],
  unusual_quantity_vs_history: [(s) => (s.items[0]!.quantity = 400), (s) => (s.items[0]!.quantity = 30)],
  last_minute_routing_change: [
    (s) => (s.amendments = [{ field: 'consignee', from: 'Precision Parts GmbH', to: 'Alpha Trading' }]),
    (s) => (s.amendments = []),
  ],
  structuring_small_payments_multiple_suppliers: [
    (s) =>
      Object.assign(s.payment!, {
        payerAccount: 'KG12 3456 7890 1234',
        amount: 4500,
        currency: 'EUR',
        date: '2025-06-01',
      }),
    (s) =>
      Object.assign(s.payment!, {
        payerAccount: 'KG12 3456 7890 1234',
        amount: 45000,
        currency: 'EUR',
        date: '2025-06-01',
      }),
  ],
  line_of_business_mismatch: [
    (s) =>
      Object.assign(s, { items: [{ hsCode: '8542.31', quantity: 50 }] }) &&
      (s.parties[2]!.business = '56.10 Restaurants and mobile food service'),
    (s) =>
      Object.assign(s, { items: [{ hsCode: '8417.20', quantity: 1 }] }) &&
      (s.parties[2]!.business = 'industrial bakery'),
  ],
  military_colocated_address: [
    (s) => (s.parties[2]!.address = 'в/ч 12345, ул. Ленина 1, Новосибирск'),
    (s) => (s.parties[2]!.address = 'Arsenalstrasse 5, 8005 Zürich'),
  ],
  hs_description_mismatch: [
    (s) =>
      (s.items = [
        {
          hsCode: '8473.30',
          description: 'STM32F407VGT6 microcontroller',
          manufacturerPartNumber: 'STM32F407VGT6',
          quantity: 100,
        },
      ]),
    (s) =>
      (s.items = [
        {
          hsCode: '8542.31',
          description: 'STM32F407VGT6 microcontroller',
          manufacturerPartNumber: 'STM32F407VGT6',
          quantity: 100,
        },
      ]),
  ],
  denial_undercut: [
    (s) => (s.parties[2]!.name = 'ORION PRECISION MACHINES AG'),
    (s) =>
      Object.assign(s, { items: [{ hsCode: '8417.20', quantity: 1 }] }) &&
      (s.parties[2]!.name = 'Orion Precision Machines AG'),
  ],
  // The shared indicator by normal form (spaces and case); a similar account is not it.
  coalition_indicator: [
    (s) => (s.payment!.payerAccount = 'kg21-1234-5678-9012'),
    (s) => (s.payment!.payerAccount = 'KG21 1234 5678 9013'),
  ],
  previously_scheduled_for_russia: [
    (s) => (s.amendments = [{ field: 'destination', from: 'RU', to: 'CH' }]),
    (s) => (s.amendments = [{ field: 'destination', from: 'AT', to: 'CH' }]),
  ],
};

test('the case table and the rule data agree: every rule has a firing case and a decoy, and no case names a rule that is gone', () => {
  const missing = RED_FLAG_RULES.filter(
    (r) => typeof CASES[r.id]?.[0] !== 'function' || typeof CASES[r.id]?.[1] !== 'function',
  ).map((r) => r.id);
  assert.deepEqual(missing, [], `rules without a fire case and a decoy: ${missing.join(', ')}`);
  const stale = Object.keys(CASES).filter((id) => !RED_FLAG_RULES.some((r) => r.id === id));
  assert.deepEqual(stale, []);
  assert.equal(new Set(RED_FLAG_RULES.map((r) => r.id)).size, RED_FLAG_RULES.length, 'rule ids are unique');
});

for (const rule of RED_FLAG_RULES) {
  test(`rule ${rule.id}: fires on its case, not on the decoy, and explains itself`, () => {
    const pair = CASES[rule.id];
    assert.ok(pair, `a test case for ${rule.id}`);
    const [fire, decoy] = pair;
    const s = clean();
    fire(s);
    const r = scoreShipment(s, ctx);
    const flag = r.flags.find((f) => f.rule === rule.id);
    assert.ok(flag, `${rule.id} fires (got ${r.flags.map((f) => f.rule).join(', ')})`);
    assert.ok(flag.citations.length > 0 && flag.why.length > 10 && flag.fields.length > 0);
    const d = clean();
    decoy(d);
    assert.ok(
      !fired(d).includes(rule.id),
      `${rule.id} stays silent on the decoy: ${scoreShipment(d, ctx)
        .flags.map((f) => f.why)
        .join(' | ')}`,
    );
  });
}

test('a coalition indicator flag carries who shared it, when and why', () => {
  const s = clean();
  s.payment!.payerAccount = 'KG2112345678 9012';
  const flag = scoreShipment(s, ctx).flags.find((f) => f.rule === 'coalition_indicator');
  assert.deepEqual(flag?.fields, ['payment.payerAccount']);
  assert.deepEqual(
    flag?.provenance?.map((p) => [p.agencyName, p.coalitions[0]!.name, p.publishedAt, p.reason]),
    [['BAFA', 'Machine tools group', '2025-03-01T09:00:00.000Z', 'Pays for a front company']],
  );
  assert.match(flag!.why, /BAFA shared with Machine tools group on 2025-03-01: Pays for a front company/);
  const { sharedIndicators: _none, ...without } = ctx;
  assert.ok(scoreShipment(s, without).abstained.includes('coalition_indicator'), 'no indicators: the rule abstains');
});
