/**
 * The memo of keyed conditions (item-context.ts, staged.ts) must never change an answer: a batch
 * that varies every field the keys hold, and several they deliberately leave out (content shares,
 * values, parties, hits), is determined with and without the memo, twice in a different order so
 * that the second pass re-uses outcomes stored by other transactions. Results must be identical,
 * explanations, open questions and their order included.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PartyHit } from './conditions';
import { determine, type DetermineOptions } from './engine';
import type { DeterminationResult } from './model';
import { cclEntries } from './scenario-support.test';
import { sharedTables } from '../regulations/shared-tables.test';
import { parseTransaction, type Transaction } from './transaction';

const CODES = [
  '3A090.a',
  '4A090.a',
  '2B001.a',
  '5A002.a',
  '3A001.b.2',
  '1C006.d',
  '3B001.f.1.b',
  '3B993.f.1',
  '3A991.a',
  '5A992.c',
  'EAR99',
  '9A610.a',
  '3E001',
  '0A501.a',
  '7A994',
];
const PLACES = [
  'CN',
  'DE',
  'JP',
  'RU',
  'AE',
  'KZ',
  'CA',
  'GB',
  'AU',
  'IR',
  'MO',
  'NL',
  'IL',
  'VN',
  'CU',
  'BY',
  'UA',
  'HK',
  'IN',
  'TW',
  'US',
  'FR',
];
const END_USES = [
  ['civil'],
  ['military'],
  ['military_end_user'],
  ['wmd'],
  ['supercomputer'],
  ['advanced_node_ic_production'],
  [],
];

// A fixed-seed generator (mulberry32), so a failure can be reproduced.
let seed = 7;
const rnd = (k: number) => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % k;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;

function transaction(i: number): Transaction {
  const exporter = pick(['US', 'US', 'DE', 'FR', 'NL', 'GB', 'JP', 'AU', 'TW']);
  const items = Array.from({ length: 1 + rnd(3) }, () => {
    const code = pick(CODES);
    return {
      classification: {
        US: code,
        ...(rnd(2) ? { EU: code.startsWith('3A090') || code === 'EAR99' ? 'unlisted' : code } : {}),
      },
      origin: rnd(3) ? exporter : pick(PLACES),
      hs: pick(['854231', '847130', '9306']),
      value: rnd(8_000),
      quantity: 1 + rnd(5),
      ...(rnd(2) ? { us_content_percent: rnd(60) } : {}),
      ...(rnd(4) === 0 ? { us_content_eccns: [pick(['9A515.a', '0A606.y', '5E002', '3A001'])] } : {}),
      sta_consignee_statement: rnd(2) === 0,
      enc_eligible: rnd(2) === 0,
      made_with_us_technology: rnd(3) === 0,
      ...(rnd(5) === 0 ? { sanctions_lists: [pick(['eu-833-annex-xl', 'eu-833-annex-vii', 'uk-rus-sch-2a'])] } : {}),
    };
  });
  // A covered region of Ukraine (15 CFR 746.6) only with destination UA, as the parser requires.
  const region =
    rnd(8) === 0
      ? { destination: 'UA', destination_region: pick(['crimea', 'dnr', 'lnr']) }
      : { destination: pick(PLACES) };
  return parseTransaction({
    id: `T-${i}`,
    date: pick(['2022-01-10', '2023-06-01', '2025-03-01', '2026-11-23']),
    exporter: { name: 'Exporter', country: exporter },
    items,
    ...region,
    parties: [{ role: 'end_user', name: `Party ${i % 7}`, country: pick(PLACES) }],
    end_use: pick(END_USES),
    ...(rnd(6) === 0 ? { technology_release_to: pick(PLACES) } : {}),
    ...(rnd(8) === 0 ? { informed_by_authority: ['wmd'] } : {}),
    ...(rnd(5) === 0 ? { exporter_aware: ['military_end_use'] } : {}),
    ...(rnd(5) === 0 ? { contract_clauses: ['no_re_export_to_russia'] } : {}),
  });
}

const entries = cclEntries();
const controls: DetermineOptions['controls'] = (j, code) => (j === 'US' ? entries.get(code) : undefined);
const tables = sharedTables().tables;
const hits = (i: number): PartyHit[] =>
  i % 9 === 0
    ? [
        {
          party: 0,
          list: 'us-bis-entity-list',
          entryId: 'E1',
          name: 'Listed Co',
          score: 0.97,
          licenseRequirement: 'For all items subject to the EAR.',
          licensePolicy: 'Case-by-case review.',
        },
      ]
    : [];

test('the memo of keyed conditions changes no determination, in full detail or fired only', () => {
  const txs = Array.from({ length: 400 }, (_, i) => transaction(i));
  for (const detail of ['full', 'fired'] as const) {
    const plain: DeterminationResult[] = txs.map((t, i) =>
      determine(t, { controls, hits: hits(i), screened: true, detail, memo: false, tables }),
    );
    for (const order of [txs.map((_, i) => i), txs.map((_, i) => txs.length - 1 - i)]) {
      for (const i of order)
        assert.deepStrictEqual(
          determine(txs[i]!, { controls, hits: hits(i), screened: true, detail, tables }),
          plain[i],
          `transaction ${i}, detail ${detail}`,
        );
    }
  }
});
