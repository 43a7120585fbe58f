/** Whole scenarios through the scorer: a combined alert, abstention, dates, ownership chains, alert grouping. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupAlerts } from './alerts';
import { computeCoverage } from './ownership';
import { scoreShipment } from './score';
import { clean, ctx, E, fired } from './score-support.test';
import type { Shipment } from './model';

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
