// `dualuse indicators …` and `dualuse coalitions shared …` as a user runs them, on an embedded database: an agency
// founds a coalition sharing indicators and parties, publishes, lists (table and --json), checks, screens, retracts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cliSandbox } from '../../../test/sandbox';

describe('dualuse indicators and coalitions shared', () => {
  const { run, cleanup } = cliSandbox('shared-lists');
  before(async () => {
    assert.equal((await run('admin', 'init')).code, 0);
    assert.equal((await run('coalitions', 'register', '{"name":"BAFA","country":"DE"}')).code, 0);
    const c = await run('coalitions', 'create', '{"name":"MT group","shares":["indicator","list_addition"]}');
    assert.equal(c.code, 0, c.stderr);
  });
  after(cleanup);

  test('indicators: publish, list as a table and as JSON, check a record, retract; bad input exits 2', async () => {
    const pub = await run(
      'indicators',
      'publish',
      '{"type":"email_domain","value":"ala-too.kg","reason":"Front company domain"}',
      '--json',
    );
    assert.equal(pub.code, 0, pub.stderr);
    const { recordId } = JSON.parse(pub.stdout) as { recordId: string };
    const table = await run('indicators', 'list');
    assert.match(table.stdout, /^TYPE\s+VALUE\s+AGENCY\s+COALITIONS/m);
    assert.match(table.stdout, /email_domain\s+ala-too\.kg\s+BAFA\s+MT group/);
    const json = JSON.parse((await run('indicators', 'list', '--json')).stdout) as { provenance: { reason: string } }[];
    assert.deepEqual(
      json.map((r) => r.provenance.reason),
      ['Front company domain'],
    );
    const check = await run('indicators', 'check', '{"emails":["sales@Ala-Too.kg"]}', '--json');
    assert.match(check.stdout, /"matched": "sales@Ala-Too.kg"/);
    const bad = await run('indicators', 'publish', '{"type":"fax","value":"1","reason":"x"}');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /\/type/);
    assert.equal((await run('indicators', 'retract', recordId)).code, 0);
    assert.match((await run('indicators', 'list')).stdout, /\(none\)/);
  });

  test('shared parties: publish, screen a variant spelling, retract', async () => {
    const party = '{"party":{"name":"Ala-Too Machine Trading LLC","country":"KG"},"reason":"Front company"}';
    const pub = await run('coalitions', 'shared', 'publish', party, '--json');
    assert.equal(pub.code, 0, pub.stderr);
    const { recordId } = JSON.parse(pub.stdout) as { recordId: string };
    assert.match((await run('coalitions', 'shared', 'list')).stdout, /Ala-Too Machine Trading LLC\s+BAFA/);
    const screen = await run('coalitions', 'shared', 'screen', '[{"name":"Ala Too Machine Trading L.L.C."}]');
    assert.match(screen.stdout, /"agencyName": "BAFA"/);
    assert.equal((await run('coalitions', 'shared', 'retract', recordId)).code, 0);
    assert.match((await run('coalitions', 'shared', 'list')).stdout, /\(none\)/);
  });
});
