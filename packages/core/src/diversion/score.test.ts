import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { groupAlerts } from './alerts';
import { parseChplTiers } from './chpl';
import { RED_FLAG_RULES } from './data/red-flags';
import { paymentAccountKey, type ScoringContext, type Shipment } from './model';
import { ListedAddressIndex } from './listed';
import { computeCoverage, type OwnershipEdge } from './ownership';
import { scoreShipment } from './score';

const E = (owner: string, asset: string, percentage: number): OwnershipEdge => ({
  id: `${owner}>${asset}`,
  owner,
  asset,
  percentage,
});

const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
const ctx: ScoringContext = {
  chpl,
  listed: [
    {
      id: 'ofac-46739',
      list: 'us-ofac-sdn',
      names: ['TORDAN INDUSTRY LIMITED'],
      addresses: ['Unit 617, 6/F, 131-132 Connaught Road West, Solo Workshops; Hong Kong; China'],
      phones: ['+852 2345 6789'],
      emails: ['sales@tordan-hk.com'],
    },
    { id: 'UVL-7', list: 'us-bis-uvl', names: ['Shenzhen Koala Electronics Co Ltd'], addresses: [] },
  ],
  referencePrices: new Map([['847989', { price: 3000, currency: 'EUR', source: 'test price list 2025' }]]),
  registryAddresses: new ListedAddressIndex(
    Array.from({ length: 12 }, (_, i) => ({
      id: `hk-${i}`,
      list: 'registry',
      names: [`Shell ${i} Ltd`],
      addresses: ["Rm 1203, 12/F, 99 Queen's Road Central, Hong Kong"],
    })),
  ),
  history: new Map([['precision parts gmbh|847989', [10, 12, 8, 11]]]),
  ownership: ['ofac_50_percent', 'eu_ownership_control', 'bis_affiliates_rule'].map((r) =>
    computeCoverage(
      [E('SDN-1', 'HOLD-1', 60), E('HOLD-1', 'OWNED-1', 60), E('SDN-1', 'MINOR-1', 30), E('EL-1', 'AFF-1', 50)],
      [
        { id: 'SDN-1', lists: ['us_ofac_sdn', 'eu_fsf'] },
        { id: 'EL-1', lists: ['us_bis_entity_list'] },
      ],
      '2025-10-15',
      r,
    ),
  ),
  // Two small payments from a Kyrgyz account to other chip suppliers in May 2025 (structuring, #13).
  payments: new Map([
    [
      paymentAccountKey('KG12 3456 7890 1234'),
      [
        {
          payerAccount: 'KG1234567890 1234',
          beneficiary: 'Alpha Chips GmbH',
          amount: 4000,
          currency: 'EUR',
          date: '2025-05-20',
        },
        {
          payerAccount: 'KG1234567890 1234',
          beneficiary: 'Beta Semiconductors BV',
          amount: 3500,
          currency: 'EUR',
          date: '2025-05-25',
        },
        {
          payerAccount: 'KG1234567890 1234',
          beneficiary: 'Gamma Components Srl',
          amount: 2500,
          currency: 'EUR',
          date: '2025-01-05',
        },
      ],
    ],
  ]),
  // A denial by BAFA of machines of this heading to a Swiss end user (#27).
  denials: [
    {
      id: 'DE-2023-0917',
      authority: 'BAFA',
      date: '2023-09-01',
      party: 'Orion Precision Machines AG',
      country: 'CH',
      hsCodes: ['847989'],
    },
  ],
};

/** A plain German sale to a Swiss machine builder: every rule must stay silent. */
const clean = (): Shipment => ({
  id: 'S-clean',
  date: '2025-06-01',
  destination: 'CH',
  parties: [
    { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
    {
      role: 'consignee',
      name: 'Precision Parts GmbH',
      country: 'CH',
      address: 'Industriestrasse 5, 8005 Zürich',
      phones: ['+41 44 123 45 67'],
      emails: ['buy@precision.ch'],
      website: 'precision.ch',
      incorporated: '1998-04-01',
    },
    { role: 'end_user', name: 'Precision Parts GmbH', country: 'CH', business: 'machine building' },
    { role: 'freight_forwarder', name: 'Alpen Spedition AG', country: 'CH' },
  ],
  items: [{ hsCode: '8479.89', quantity: 12, value: 40000 }],
  route: [{ from: 'DE', to: 'CH' }],
  payment: { payer: 'Precision Parts GmbH', payerBankCountry: 'CH' },
  contract: { date: '2025-01-10', noReExportToRussiaClause: true },
  endUseStatement: true,
});

const fired = (s: Shipment, c = ctx) => scoreShipment(s, c).flags.map((f) => f.rule);

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

test('a Kyrgyz re-exporter case combines into one explained alert', () => {
  const s: Shipment = {
    id: 'S-kg',
    date: '2025-03-01',
    destination: 'KG',
    parties: [
      { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
      {
        role: 'consignee',
        name: 'Asia Components LLC',
        country: 'KG',
        incorporated: '2022-09-14',
        emails: ['asia.comp@mail.ru'],
        phones: ['+7 916 000 11 22'],
      },
      { role: 'end_user', name: 'Asia Components LLC', country: 'KG' },
    ],
    items: [{ hsCode: '854232', quantity: 20000, value: 250000 }],
    payment: { payer: 'Gold Line Trading FZE', payerBankCountry: 'AE' },
    contract: { date: '2024-11-01' },
  };
  const r = scoreShipment(s, ctx);
  assert.equal(r.alert, true);
  assert.equal(r.severity, 'high');
  assert.deepEqual(
    new Set(r.flags.map((f) => f.tag)),
    new Set([
      'chpl_tier1_2_to_high_risk_jurisdiction',
      'payment_from_third_country',
      'incorporated_after_2022_02_24',
      'no_russia_clause_missing',
      'phone_country_mismatch',
      'no_web_presence_or_free_email',
    ]),
  );
  const sum = r.flags.reduce((a, f) => a + f.contribution, 0);
  assert.ok(Math.abs(sum - r.score) < 0.5, `contributions (${sum}) add up to the score (${r.score})`);
});

test('without CHPL or list data those rules abstain and say so', () => {
  const r = scoreShipment(clean(), {});
  assert.ok(
    r.abstained.includes('chpl_tier1_2_to_high_risk_jurisdiction') && r.abstained.includes('listed_party_match'),
  );
});

test('the Art. 12g clause rule is not applied before 20 Mar 2024', () => {
  const s = clean();
  Object.assign(s, {
    date: '2024-02-01',
    destination: 'KZ',
    items: [{ hsCode: '851762' }],
    contract: { date: '2024-01-15' },
  });
  assert.ok(!fired(s).includes('no_russia_clause_missing'));
  s.date = '2024-04-01';
  assert.ok(fired(s).includes('no_russia_clause_missing'));
  s.contract = { date: '2023-11-01' }; // old contract: grace until 20 Dec 2024
  assert.ok(!fired(s).includes('no_russia_clause_missing'));
});

test('ownership flags carry the chain; the Affiliates Rule is silent while suspended', () => {
  const s = clean();
  s.parties[1]!.id = 'OWNED-1';
  s.parties[2]!.id = 'AFF-1';
  const flags = scoreShipment(s, ctx).flags;
  const owned = flags.find((f) => f.tag === 'ownership_50pct_blocked')!;
  assert.match(owned.why, /60 % by HOLD-1 \[covered: 60 % by SDN-1 \(listed\)\]/);
  assert.ok(flags.some((f) => f.tag === 'affiliates_rule_entity_list'));
  const suspended = {
    ...ctx,
    ownership: [
      computeCoverage(
        [E('EL-1', 'AFF-1', 50)],
        [{ id: 'EL-1', lists: ['us_bis_entity_list'] }],
        '2026-01-15',
        'bis_affiliates_rule',
      ),
    ],
  };
  assert.ok(!scoreShipment(s, suspended).flags.some((f) => f.tag === 'affiliates_rule_entity_list'));
});

test('repeated alerts on one counterparty are grouped, across spelling, legal form and script', () => {
  const kg = (id: string, name: string, country = 'KG'): Shipment => ({
    id,
    date: '2025-03-01',
    destination: country,
    parties: [
      { role: 'exporter', name: 'Muster GmbH', country: 'DE' },
      { role: 'consignee', name, country, incorporated: '2023-01-01' },
    ],
    items: [{ hsCode: '854231' }],
    payment: { payer: 'Orion FZE', payerBankCountry: 'AE' },
  });
  const ships = [
    kg('1', 'Asia Components LLC'),
    kg('2', 'ASIA COMPONENTS, OOO'),
    kg('3', 'ООО "Азия Компонентс"'),
    kg('4', 'Asia Components LLC', 'KZ'),
  ];
  const groups = groupAlerts(
    ships,
    ships.map((s) => scoreShipment(s, ctx)),
  );
  assert.deepEqual(
    groups.map((g) => g.shipments).sort((a, b) => b.length - a.length),
    [['1', '2', '3'], ['4']],
  );
  assert.equal(groups.find((g) => g.shipments.length === 3)!.tags.chpl_tier1_2_to_high_risk_jurisdiction, 3);
});
