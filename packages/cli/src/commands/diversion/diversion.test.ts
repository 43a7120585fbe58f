// `dualuse diversion score` as a user runs it, on an embedded database with the OFAC network slice loaded.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { sharedData } from '../../../../../test/support/shared';

describe('dualuse diversion', () => {
  const { home, run, cleanup } = cliSandbox('diversion', { DUALUSE_LIST_MAX_AGE_DAYS: '0' });
  const input = join(home, 'shipments.jsonl');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
    const imp = await run('lists', 'import', sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'));
    assert.equal(imp.code, 0, imp.stderr);
    const base = {
      date: '2025-05-02',
      parties: [{ role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' }],
      items: [{ hsCode: '854231', quantity: 100 }],
    };
    writeFileSync(
      input,
      [
        {
          ...base,
          id: 'A',
          destination: 'KG',
          parties: [
            ...base.parties,
            {
              role: 'consignee',
              name: 'Silk Way Logistics LLC',
              country: 'Kyrgyzstan',
              incorporated: '2023-02-01',
              business: 'freight forwarding' /* issue 18: the name alone no longer fires the forwarder rule */,
            },
          ],
          payment: { payer: 'Orion FZE', payerBankCountry: 'AE' },
        },
        {
          ...base,
          id: 'B',
          destination: 'CH',
          parties: [
            ...base.parties,
            { role: 'consignee', name: 'Precision Parts GmbH', country: 'CH' },
            { role: 'end_user', name: 'Precision Parts GmbH', country: 'CH' },
          ],
          endUseStatement: true,
          contract: { noReExportToRussiaClause: true },
        },
      ]
        .map((s) => JSON.stringify(s))
        .join('\n'),
    );
  });
  after(cleanup);

  test('score --input --chpl prints one line per shipment with tags, reasons and citations', async () => {
    const r = await run(
      'diversion',
      'score',
      '--input',
      input,
      '--chpl',
      sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'),
    );
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            alert: boolean;
            score: number;
            flags: { tag: string; why: string; citation: string }[];
          },
      );
    assert.deepEqual(
      lines.map((l) => [l.id, l.alert]),
      [
        ['A', true],
        ['B', false],
      ],
    );
    const tags = lines[0]!.flags.map((f) => f.tag);
    for (const t of [
      'chpl_tier1_2_to_high_risk_jurisdiction',
      'forwarder_or_logistics_as_end_user',
      'incorporated_after_2022_02_24',
      'payment_from_third_country',
    ])
      assert.ok(tags.includes(t), `${t} in ${tags}`);
    assert.ok(lines[0]!.flags.every((f) => f.citation.length > 5 && f.why.length > 5));
    assert.deepEqual(lines[1]!.flags, []);
  });

  test('rings --input: buyers tied only by one payer account form a ring, each edge with its records', async () => {
    const file = join(home, 'rings.jsonl');
    const order = (id: string, name: string, country: string, payerAccount: string) => ({
      id,
      date: '2025-04-01',
      parties: [
        { role: 'exporter', name: 'Muster Elektronik GmbH', country: 'DE' },
        { role: 'consignee', name, country },
      ],
      items: [{ hsCode: '854231' }],
      payment: { payerAccount },
    });
    writeFileSync(
      file,
      [
        order('O-1', 'Tien Shan Trade LLC', 'KG', 'KG21 1234'),
        order('O-2', 'Ararat Components LLC', 'AM', 'kg211234'),
        order('O-3', 'Helvetia Tools AG', 'CH', 'CH93 0001'),
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    );
    const r = await run('--json', 'diversion', 'rings', '--input', file);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      rings: { members: { name: string }[]; edges: { kind: string; records: string[] }[] }[];
    };
    assert.deepEqual(
      out.rings.map((x) => x.members.map((m) => m.name).sort()),
      [['Ararat Components LLC', 'Tien Shan Trade LLC']],
    );
    assert.deepEqual(
      out.rings[0]!.edges.map((e) => [e.kind, e.records]),
      [['same_payer_account', ['O-1', 'O-2']]],
    );
    // --score: the records are scored with the loaded lists; the CHPL chips to KG and AM alert, the Swiss order does
    // not.
    const scored = await run(
      '--json',
      'diversion',
      'rings',
      '--input',
      file,
      '--score',
      '--chpl',
      sharedData('controls', 'bis-chpl', 'chpl_hs6_tiers.csv'),
    );
    assert.equal(scored.code, 0, scored.stderr);
    const s2 = JSON.parse(scored.stdout) as {
      scored: boolean;
      rings: { alertedMembers: number; listedMembers: number }[];
    };
    assert.equal(s2.scored, true);
    assert.deepEqual(
      s2.rings.map((x) => [x.alertedMembers, x.listedMembers]),
      [[2, 0]],
    );
  });

  test('a bad line is exit code 2 naming the line and field', async () => {
    const bad = join(home, 'bad.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify({ id: 'X', parties: [{ role: 'consignee', name: 'Y', country: 'Atlantis' }] })}\n`,
    );
    const r = await run('diversion', 'score', '--input', bad);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /line 1: \/parties\/0\/country: unknown country "Atlantis"/);
  });

  test('file analyses: ownership as of a date with the chain, network clusters, trade hotspots', async () => {
    const zala = sharedData('lists', 'ftm', 'opensanctions-zala', '2026-04-29', 'entities.ftm.json');
    const own = JSON.parse(
      (await run('--json', 'diversion', 'ownership', zala, '--as-of', '2024-06-01', '--regime', 'ofac_50_percent'))
        .stdout,
    ) as { results: { entity: string; covered: boolean; chain: string }[] };
    const cst = own.results.find((r) => r.entity === 'NK-abdzbEBkqyT29GyREbiURZ')!;
    assert.ok(cst.covered && /Zakharov/i.test(cst.chain), cst.chain);
    const net = JSON.parse(
      (
        await run(
          '--json',
          'diversion',
          'network',
          sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl'),
        )
      ).stdout,
    ) as { clusters: { kind: string; size: number }[] };
    // The six reference clusters of shared_address_clusters.csv, with ADDR-002 and ADDR-006 (the same IFZA
    // unit, written with and without "DDP") as one, plus three the reference omits: Bishkek, Istanbul, Sham Shui Po.
    assert.equal(net.clusters.filter((c) => c.kind === 'address').length, 8);
    const totals = sharedData('trade', 'eurostat-comext-monthly-totals', 'eu_trade_totals_normalised.csv');
    // The API's options (issue 18 item 5): --reporter, --min-ratio, --min-excess, a watch tier below the flag, every
    // series with its ratio in --json; 2024 is Jan–Aug in the file, pro-rated and said so.
    const trade = JSON.parse(
      (
        await run(
          '--json',
          'diversion',
          'trade',
          totals,
          '--freq',
          'A',
          '--baseline',
          '2019..2021',
          '--post',
          '2023..2024',
          '--reporter',
          'EU27_2020',
          '--min-ratio',
          '12',
          '--min-excess',
          '50000000',
        )
      ).stdout,
    ) as {
      series: number;
      flagged: number;
      thresholds: { minRatio: number; watchRatio: number };
      coverage: { partialYears: { year: string; months: number }[] };
      hotspots: { partner: string; tier: string; ratio: number }[];
      allSeries: { partner: string; tier: string; ratio: number }[];
    };
    assert.deepEqual(trade.thresholds, { minRatio: 12, minExcess: 50e6, watchRatio: 2 });
    const kg = trade.hotspots.find((h) => h.partner === 'Kyrgyzstan')!;
    assert.ok(kg.tier === 'watch' && kg.ratio > 9.5 && kg.ratio < 12, JSON.stringify(kg));
    assert.equal(trade.allSeries.length, trade.series);
    assert.ok(trade.allSeries.some((x) => x.tier === 'none' && x.ratio < 1));
    assert.deepEqual(
      trade.coverage.partialYears.map((y) => [y.year, y.months]),
      [['2024', 8]],
    );
    assert.equal((await run('diversion', 'trade', totals, '--min-ratio', 'x')).code, 2);
  });
});
