/**
 * Shared fixtures of the scoring tests (score.test.ts, score-scenarios.test.ts): a scoring context with
 * the real CHPL, a listed party, ownership and history, and a clean shipment every rule stays silent on.
 */
import { readFileSync } from 'node:fs';
import { sharedData } from '../../../../test/support/shared';
import { parseChplTiers } from './chpl';
import { paymentAccountKey, type ScoringContext, type Shipment } from './model';
import { ListedAddressIndex } from './listed';
import { computeCoverage, type OwnershipEdge } from './ownership';
import { scoreShipment } from './score';

export const E = (owner: string, asset: string, percentage: number): OwnershipEdge => ({
  id: `${owner}>${asset}`,
  owner,
  asset,
  percentage,
});

export const chpl = parseChplTiers(readFileSync(sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'), 'utf8'));
export const ctx: ScoringContext = {
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
  // A payer account a coalition partner shared as an indicator (issue 14 item 6).
  sharedIndicators: [
    {
      indicator: { type: 'payer_account', value: 'KG21 1234 5678 9012', reason: 'Pays for a front company' },
      provenance: {
        agencyId: 'de',
        agencyName: 'BAFA',
        coalitions: [{ id: 'c1', name: 'Machine tools group' }],
        publishedAt: '2025-03-01T09:00:00.000Z',
        reason: 'Pays for a front company',
        recordId: 'r1',
      },
    },
  ],
};

/** A plain German sale to a Swiss machine builder: every rule must stay silent. */
export const clean = (): Shipment => ({
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

export const fired = (s: Shipment, c = ctx) => scoreShipment(s, c).flags.map((f) => f.rule);
