// Screening from the command line: import real list files (and sync them from a publisher
// served on loopback), screen one name, a CSV batch and name pairs, review a hit.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { sharedData } from '../../../test/support/shared';

const BIN = fileURLToPath(new URL('../bin/dualuse.js', import.meta.url));
const UN = sharedData('lists', 'un', '2026-08-01', 'consolidated.xml');

describe('dualuse lists and screen', () => {
  let home: string;
  let env: Record<string, string>;
  let publisher: Server;
  let publisherUrl: string;

  const dualuse = (args: string[], extra: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [BIN, ...args],
        { env: { ...env, ...extra }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  before(async () => {
    home = mkdtempSync(join(tmpdir(), 'dualuse-screen-'));
    env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      DUALUSE_HOME: home,
      LOG_LEVEL: 'warn',
      DUALUSE_LIST_MAX_AGE_DAYS: '0',
    };
    // A stand-in for the UN's publication server, on loopback only.
    publisher = createServer((req, res) => {
      if (req.url === '/consolidated.xml') res.end(readFileSync(UN));
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => publisher.listen(0, '127.0.0.1', r));
    publisherUrl = `http://127.0.0.1:${(publisher.address() as { port: number }).port}`;
    assert.equal((await dualuse(['admin', 'init'])).code, 0);
  });
  after(() => new Promise<void>((r) => publisher.close(() => r())));

  test('screening before any list is loaded fails closed with exit 7', async () => {
    const r = await dualuse(['screen', 'Anyone']);
    assert.equal(r.code, 7);
    assert.match(r.stderr, /no restricted-party list is loaded/);
  });

  test('lists sync downloads from the configured publisher and imports', async () => {
    const sources = join(home, 'sources.json');
    writeFileSync(
      sources,
      JSON.stringify({ 'un-sc': [`${publisherUrl}/consolidated.xml`], broken: [`${publisherUrl}/missing.xml`] }),
    );
    const r = await dualuse(['--json', 'lists', 'sync'], { DUALUSE_LIST_SOURCES: sources });
    assert.equal(r.code, 7, 'one source failed, so the exit code says so');
    const out = JSON.parse(r.stdout) as {
      synced: {
        source: string;
        results: { list: string; status: string; version: { entryCount: number } }[];
        error?: string;
      }[];
    };
    const un = out.synced.find((s) => s.source === 'un-sc')!;
    assert.equal(un.results[0]!.status, 'imported');
    assert.equal(un.results[0]!.version.entryCount, 1011);
    assert.match(out.synced.find((s) => s.source === 'broken')!.error!, /HTTP 404/);
    const again = await dualuse(['--json', 'lists', 'import', UN]);
    assert.equal((JSON.parse(again.stdout) as { results: { status: string }[] }).results[0]!.status, 'unchanged');
  });

  test('screen NAME prints hits with explanations; --format jsonl writes one line per input row', async () => {
    const one = await dualuse(['screen', 'Eric Badege', '--format', 'jsonl']);
    assert.equal(one.code, 0, one.stderr);
    const line = JSON.parse(one.stdout) as {
      input: { name: string };
      hits: { score: number; list: string; entryId: string; explanation: { tokens: unknown[] } }[];
    };
    assert.equal(line.input.name, 'Eric Badege');
    assert.equal(line.hits[0]!.list, 'un-sc');
    assert.ok(line.hits[0]!.score >= 0.8 && line.hits[0]!.explanation.tokens.length >= 2);
    const csv = join(home, 'parties.csv');
    writeFileSync(
      csv,
      'id,name,country,date_of_birth,account_manager,notes\nP1,Eric Badege,CD,,,\nP2,Jane Ordinary Customer,GB,1980-01-01,,\nP3,"BADEGE, Eric",,,,\n',
    );
    const batch = await dualuse(['screen', '--input', csv, '--format', 'jsonl']);
    assert.equal(batch.code, 0, batch.stderr);
    const lines = batch.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { input: { externalId: string }; hits: unknown[] });
    assert.deepEqual(
      lines.map((l) => [l.input.externalId, l.hits.length > 0]),
      [
        ['P1', true],
        ['P2', false],
        ['P3', true],
      ],
    );
    assert.match(batch.stderr, /screening/, 'progress is shown on stderr');
    assert.match(batch.stderr, /^ignored columns: account_manager, notes$/m, 'columns not screened are named once');
    // Issue 17: unambiguous forms are read, a row still invalid is one error line and the rest is
    // screened (exit 9); --strict keeps all-or-nothing (exit 2). Real UN names, injected faults.
    const bad = join(home, 'bad.csv');
    writeFileSync(
      bad,
      '\uFEFFid;name;date_of_birth;country\nB1;"BADEGE,\nEric";31/12/1980;CD\nB2;Someone;02/03/1980;GB\nB3;Eric Badege;1969-7-16;Narnia\nB4;Eric Badege;July 16, 1969;CD\n',
    );
    const partial = await dualuse(['screen', '--input', bad, '--format', 'jsonl']);
    assert.equal(partial.code, 9, partial.stderr);
    const out = partial.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            input?: { externalId: string; birthDate: string };
            hits?: unknown[];
            line?: number;
            error?: { field: string; message: string };
          },
      );
    assert.deepEqual(
      out.map((l) =>
        l.input ? [l.input.externalId, l.input.birthDate, l.hits!.length > 0] : [l.line, l.error!.field],
      ),
      [
        ['B1', '1980-12-31', true],
        [4, 'date_of_birth'],
        [5, 'country'],
        ['B4', '1969-07-16', true],
      ],
    );
    assert.match(
      out[1]!.error!.message,
      /bad\.csv line 4: date of birth '02\/03\/1980' could be day\/month or month\/day/,
    );
    assert.match(partial.stderr, /2 row\(s\) were invalid and skipped; 2 screened/);
    const refused = await dualuse(['screen', '--input', bad, '--strict']);
    assert.equal(refused.code, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /bad\.csv line 4: date of birth '02\/03\/1980'/);
    const imported = await dualuse(['--json', 'counterparties', 'import', bad]);
    assert.equal(imported.code, 9, imported.stderr);
    const counts = JSON.parse(imported.stdout) as { created: number; errors: { line: number }[] };
    assert.equal(counts.created, 2);
    assert.deepEqual(
      counts.errors.map((e) => e.line),
      [4, 5],
    );
    assert.equal((await dualuse(['counterparties', 'import', bad, '--strict'])).code, 2);
  });

  test('screen compare scores pairs, one JSON object per row', async () => {
    const pairs = join(home, 'pairs.csv');
    writeFileSync(
      pairs,
      'name1,name2,schema,extra\nVladimir Putin,Владимир Путин,Person,x\nGlobal Trading LLC,Global Trading Corp,Company,y\n',
    );
    const r = await dualuse(['screen', 'compare', '--input', pairs, '--format', 'jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { score: number; match: boolean });
    assert.equal(rows.length, 2);
    assert.equal(rows[0]!.match, true);
    assert.equal(rows[1]!.match, false);
  });

  test('a hit is reviewed from the command line and the decision suppresses it next time', async () => {
    const open = JSON.parse((await dualuse(['--json', 'hits', 'list', '--status', 'open'])).stdout) as {
      hits: { id: string; entryId: string }[];
    };
    assert.ok(open.hits.length > 0);
    const id = open.hits[0]!.id;
    const decided = await dualuse([
      '--json',
      'hits',
      'decide',
      id,
      '--decision',
      'false_positive',
      '--reason',
      'customer verified',
    ]);
    assert.equal(decided.code, 0, decided.stderr);
    assert.equal((JSON.parse(decided.stdout) as { status: string }).status, 'false_positive');
    const audit = JSON.parse((await dualuse(['--json', 'audit', 'list', '--action', 'screening.'])).stdout) as {
      records: { action: string }[];
    };
    assert.ok(audit.records.some((r) => r.action === 'screening.decide'));
    assert.ok(audit.records.some((r) => r.action === 'screening.run'));
  });
});
