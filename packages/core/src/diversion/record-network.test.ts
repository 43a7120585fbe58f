/** Rings tied only by what their records share (issue 18 item 3): payer account, forwarder, notify party, contacts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Party, Shipment } from './model';
import { counterpartyOf, recordNetwork, scoredMembers } from './record-network';

let n = 0;
const order = (buyer: Party, extra: Partial<Shipment> = {}, others: Party[] = []): Shipment => ({
  id: `R-${++n}`,
  date: `2025-0${1 + (n % 9)}-15`,
  destination: buyer.country,
  items: [{ hsCode: '854231', quantity: 100 }],
  parties: [{ role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' }, buyer, ...others],
  ...extra,
});
const buyer = (name: string, country: string, extra: Partial<Party> = {}): Party => ({
  role: 'consignee',
  name,
  country,
  ...extra,
});
const big = { role: 'freight_forwarder' as const, name: 'Global Express Carrier AG', country: 'DE' };

/** Three planted rings and twelve unrelated buyers who all use one big carrier (a hub that must link nobody). */
function world(): { records: Shipment[]; planted: string[][] } {
  n = 0;
  const acct = 'KG21 1234 5678 9012 3456';
  const ringA = [
    buyer('Tien Shan Trade LLC', 'KG'),
    buyer('Ararat Components LLC', 'AM'),
    buyer('Steppe Parts LLP', 'KZ'),
  ];
  const smallForwarder = { role: 'freight_forwarder' as const, name: 'Bosphorus Air Cargo Ltd', country: 'TR' };
  const ringB = [
    buyer('Anatolia Elektronik AS', 'TR'),
    buyer('Caspian Supply LLC', 'AZ'),
    buyer('Tbilisi Tech LLC', 'GE'),
  ];
  const ringC = [
    buyer('Pearl River Parts Ltd', 'HK', { emails: ['orders@prp-trade.com'] }),
    buyer('Kowloon Chips Co Ltd', 'HK', { emails: ['ORDERS@PRP-TRADE.COM'], phones: ['+852 5555 0101'] }),
    buyer('Victoria Harbour Electronics Ltd', 'HK', { phones: ['00852 5555 0101'] }),
  ];
  const noise = Array.from({ length: 12 }, (_, i) =>
    buyer(`Honest Buyer ${i} GmbH`, 'CH', {
      address: `Bahnhofstrasse ${i + 1}, 8001 Zürich`,
      phones: [`+41 44 000 00 ${10 + i}`],
    }),
  );
  const records = [
    ...ringA.map((b, i) =>
      order(
        b,
        {
          payment: {
            payerAccount: i === 1 ? acct.replace(/ /g, '') : acct,
            payer: 'Silk Finance Ltd',
            date: `2025-03-0${i + 1}`,
          },
        },
        [big],
      ),
    ),
    ...ringB.map((b) => order(b, {}, [smallForwarder])),
    ...ringC.map((b) => order(b, {}, [big])),
    ...noise.map((b) =>
      order(
        b,
        {
          payment: { payerAccount: `CH93 0076 2011 6238 5295 ${b.name.length}${b.name.slice(-6, -5)}`, payer: b.name },
        },
        [big],
      ),
    ),
  ];
  return { records, planted: [ringA, ringB, ringC].map((r) => r.map(counterpartyOf).sort()) };
}

test('rings tied only by a payer account, a small forwarder, or e-mail and phone are recovered; a carrier serving everyone links nobody', () => {
  const { records, planted } = world();
  const { rings, edges } = recordNetwork(records);
  assert.deepEqual(
    rings.map((r) => r.members.map((m) => m.key)).sort(),
    [...planted].sort(),
    'exactly the planted rings',
  );
  assert.ok(!edges.some((e) => e.value === big.name), 'the big carrier serves 18 counterparties: a hub, not a tie');
  const a = rings.find((r) => r.edges.every((e) => e.kind === 'same_payer_account'))!;
  assert.equal(a.members.length, 3);
  assert.match(a.edges[0]!.why, /same payer account "KG21 1234 5678 9012 3456" on records R-1, R-2/);
  assert.equal(a.edges[0]!.firstDate, '2025-03-01');
  assert.equal(a.edges[0]!.lastDate, '2025-03-02');
  const c = rings.find((r) => r.edges.some((e) => e.kind === 'shared_email'))!;
  assert.deepEqual(new Set(c.edges.map((e) => e.kind)), new Set(['shared_email', 'shared_phone']));
  assert.equal(c.sharedIdentifiers, 2);
});

test('rings are scored by listed and alerted members; two buyers on one record are not tied by that record alone', () => {
  const { records } = world();
  const listed = new Set([counterpartyOf(buyer('Caspian Supply LLC', 'AZ'))]);
  const { rings } = recordNetwork(records, { listed, alerted: new Set(['R-1']) });
  assert.equal(rings[0]!.listedMembers, 1, 'the ring with a listed member comes first');
  assert.match(rings[0]!.why, /3 counterparties tied by same forwarder .*; 1 listed, 0 with an alert/);
  assert.equal(rings[1]!.alertedMembers, 1);
  const one = order(buyer('Solo Trading LLC', 'KG'), { payment: { payerAccount: 'KG99 0000' } }, [
    { role: 'end_user', name: 'Solo Factory LLC', country: 'KG' },
    { role: 'freight_forwarder', name: 'Tiny Cargo', country: 'KG' },
  ]);
  assert.deepEqual(recordNetwork([one]).edges, []);
});

test('listed and alerted members come from the scores: a listed-name flag names the buyer by field', () => {
  const { records } = world();
  const r1 = records[0]!;
  const m = scoredMembers(records, [
    { id: r1.id, alert: true, flags: [{ rule: 'listed_party_match', fields: ['parties[1].name'] }] },
    { id: 'R-2', alert: false, flags: [{ rule: 'payment_from_third_country', fields: ['payment.payer'] }] },
  ]);
  assert.deepEqual([...m.listed], [counterpartyOf(r1.parties[1]!)]);
  assert.deepEqual([...m.alerted], [r1.id]);
  assert.equal(recordNetwork(records, m).rings[0]!.listedMembers, 1);
});
