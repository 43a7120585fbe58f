// `dualuse score`, imports, ownership, network and cases as a user runs them, on an embedded
// database with the real OFAC Russia network slice loaded as a list.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';
import { sharedData } from '../../../../../test/support/shared';

const OFAC = sharedData('graph', 'ofac-russia-network-sample', 'entities.ftm.jsonl');

describe('dualuse score, imports and cases', () => {
  const { home, run, cleanup } = cliSandbox('records', { DUALUSE_LIST_MAX_AGE_DAYS: '0' });
  const input = join(home, 'shipments.jsonl');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
    assert.equal((await run('lists', 'import', OFAC)).code, 0);
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
          destination: 'HK',
          parties: [
            ...base.parties,
            {
              role: 'consignee',
              name: 'Bright Star Components Ltd',
              country: 'HK',
              address: 'Rm 617, 6th Floor, 131-132 Connaught Rd West, Solo Workshops, Hong Kong',
            },
          ],
        },
        {
          ...base,
          id: 'B',
          destination: 'CH',
          parties: [...base.parties, { role: 'end_user', name: 'Precision Parts GmbH', country: 'CH' }],
          endUseStatement: true,
          contract: { noReExportToRussiaClause: true },
        },
      ]
        .map((s) => JSON.stringify(s))
        .join('\n'),
    );
  });
  after(cleanup);

  test('score --input --format jsonl prints {id, alert, score, severity, flags[{tag, why, citation}]} per shipment', async () => {
    const r = await run('score', '--input', input, '--format', 'jsonl');
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 2);
    for (const l of lines) {
      assert.deepEqual(Object.keys(l), ['id', 'alert', 'score', 'severity', 'flags']);
      for (const f of l.flags as Record<string, unknown>[])
        assert.deepEqual(Object.keys(f), ['tag', 'why', 'citation']);
    }
    assert.deepEqual(
      lines.map((l) => [l.id, l.alert]),
      [
        ['A', true],
        ['B', false],
      ],
    );
  });

  test('shipments import → alerts → case → close; companies import → ownership and network', async () => {
    const imp = await run('--json', 'shipments', 'import', input);
    assert.equal(imp.code, 0, imp.stderr);
    assert.equal((JSON.parse(imp.stdout) as { batch: { alerts: number } }).batch.alerts, 1);
    const again = await run('shipments', 'import', input);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /line 1, field id: shipment "A" is already imported/);
    const alerts = JSON.parse((await run('--json', 'alerts')).stdout) as { alerts: { id: string }[] };
    const opened = JSON.parse((await run('--json', 'cases', 'open', alerts.alerts[0]!.id)).stdout) as {
      case: { id: string };
    };
    assert.equal((await run('cases', 'note', opened.case.id, 'asked the customer for the end user')).code, 0);
    const closed = await run(
      '--json',
      'cases',
      'close',
      opened.case.id,
      '--decision',
      'declined',
      '--reason',
      'listed shell office',
    );
    assert.equal((JSON.parse(closed.stdout) as { case: { status: string } }).case.status, 'closed');
    const reg = join(home, 'reg.csv');
    writeFileSync(
      reg,
      'record,id,name,country,listed_on,from,to,percentage\ncompany,L,Listed Holding AO,RU,us_ofac_sdn,,,\ncompany,B,Bravo Trading LLC,AE,,,,\nshareholder,SH-1,,,,L,B,50\n',
    );
    assert.equal((await run('companies', 'import', reg)).code, 0);
    const own = JSON.parse((await run('--json', 'ownership', 'B', '--as-of', '2024-01-01')).stdout) as {
      regimes: { regime: string; covered: boolean; inForce: boolean }[];
    };
    // 50 % exactly: OFAC (50 % or more) covers; the EU (more than 50 %) does not; the BIS Affiliates Rule was not yet
    // in force in 2024.
    assert.deepEqual(
      own.regimes.filter((x) => x.covered && x.inForce).map((x) => x.regime),
      ['ofac_50_percent'],
    );
    const net = JSON.parse((await run('--json', 'network', 'B')).stdout) as { edges: { why: string }[] };
    assert.match(net.edges[0]!.why, /Listed Holding AO holds 50 % of Bravo Trading LLC \[record SH-1\]/);
  });
});
