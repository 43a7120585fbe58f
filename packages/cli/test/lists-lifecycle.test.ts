// Issue 12 from the command line, with the default freshness limit (30 days) and real files:
// `lists import` reports its own result and exits 0 when the import committed (another list's
// age is a warning, item 11); a file cut short exits 2 and stores nothing (item 2); the
// operator pins and unpins the version a list uses (item 9).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sharedData } from '../../../test/support/shared';
import { cliSandbox } from './sandbox';

const UN = sharedData('lists', 'un', '2026-08-01', 'consolidated.xml');
const SDN = sharedData('lists', 'ofac', 'sdn-csv', '2024-02-20', 'sdn.csv');

describe('dualuse lists: import result, checks and pins', () => {
  const { home, run, cleanup } = cliSandbox('lists-lifecycle');
  const cut = join(home, 'sdn.csv');
  before(async () => {
    writeFileSync(cut, readFileSync(SDN, 'latin1').split('\r\n').slice(0, 100).join('\r\n') + '\r\n', 'latin1');
    assert.equal((await run('admin', 'init')).code, 0);
  });
  after(cleanup);

  test('item 11: importing reports its own result and exits 0; a stale other list is a warning', async () => {
    const un = await run('lists', 'import', UN);
    assert.equal(un.code, 0, un.stderr);
    assert.match(un.stdout, /un-sc\s+imported\s+1011\s+2026-08-01 \(stated\)\s+yes/);
    assert.match(
      un.stderr,
      /warning: screening would refuse: un-sc published 2026-08-01 \(publication date stated by the file: 2026-08-01\) is \d+ days old, more than 30/,
    );
    const ofac = await run('lists', 'import', SDN);
    assert.equal(ofac.code, 0, ofac.stderr);
    assert.match(ofac.stdout, /us-ofac-sdn\s+imported\s+13931\s+unknown \(unknown\)\s+yes/);
    assert.match(
      ofac.stdout,
      /us-ofac-sdn: dated unknown: the format states no publication date and no entry carries a listing date/,
    );
    assert.match(ofac.stderr, /warning: .*un-sc published 2026-08-01/);
    const screen = await run('screen', 'Vladimir Putin');
    assert.equal(screen.code, 7, 'screening, not importing, fails closed on stale lists');
  });

  test('item 2: a file cut at a row boundary exits 2 with the figures and stores nothing; --accept-shrink needs a reason', async () => {
    const r = await run('lists', 'import', cut);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /us-ofac-sdn: 100 entries against 13931 in the previous version \(US Treasury OFAC, publication date unknown, imported \d{4}-\d{2}-\d{2}\): a drop of 99\.3 %/,
    );
    const list = JSON.parse((await run('--json', 'lists', 'list', '--all')).stdout) as { all: unknown[] };
    assert.equal(list.all.length, 2);
    assert.equal((await run('lists', 'import', cut, '--accept-shrink')).code, 2);
  });

  test('item 9: lists pin / unpin choose the version a list uses, and lists list shows why', async () => {
    const taken = await run(
      '--json',
      'lists',
      'import',
      cut,
      '--accept-shrink',
      '--reason',
      'test: accepted on purpose',
    );
    assert.equal(taken.code, 0, taken.stderr);
    const full = (
      JSON.parse((await run('--json', 'lists', 'list', '--all')).stdout) as {
        all: { id: string; list: string; entryCount: number }[];
      }
    ).all.find((v) => v.list === 'us-ofac-sdn' && v.entryCount === 13931)!;
    const pin = await run('lists', 'pin', full.id, '--reason', 'the cut file was a mistake');
    assert.equal(pin.code, 0, pin.stderr);
    assert.match(
      pin.stdout,
      new RegExp(`us-ofac-sdn: current version ${full.id} .*pinned by .*: the cut file was a mistake`),
    );
    const shown = JSON.parse((await run('--json', 'lists', 'list')).stdout) as {
      current: { list: string; versionId: string; rule: string; reason: string; pinned: boolean }[];
    };
    const sdn = shown.current.find((c) => c.list === 'us-ofac-sdn')!;
    assert.deepEqual([sdn.versionId, sdn.rule, sdn.pinned], [full.id, 'pinned', true]);
    assert.match(sdn.reason, /^pinned by dualuse CLI \(.+\): the cut file was a mistake$/);
    const unpin = await run('--json', 'lists', 'unpin', 'us-ofac-sdn', '--reason', 'done');
    assert.equal((JSON.parse(unpin.stdout) as { pinned: boolean }).pinned, false);
    assert.equal((await run('lists', 'rescreen')).code, 0);
  });
});
