// Screening end to end on a real database and the real dated list snapshots: versions and
// diffs, all-or-nothing imports, fail-closed screening, hits, good-guy decisions that
// re-open when either side changes, and re-screening of counterparties on a list change.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DomainError, type Principal } from '@dualuse/core';
import { parseListFile } from '@dualuse/core/screening';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { importCounterparties } from './counterparties';
import { runRescreenJobs } from '../lists/rescreen';
import { diffListVersions, getListVersions, importListFiles, type SourceFile } from '../lists/import';
import { cliPrincipal } from '../access/principals';
import { decideHit, getHits, screenParties } from './screen';
import { createTenant } from '../access/tenants';
import { bootstrapOperator } from '../access/tenants';

const file = (...parts: string[]): SourceFile => ({
  name: parts[parts.length - 1]!,
  bytes: new Uint8Array(readFileSync(sharedData('lists', ...parts))),
});
const UN_OLD = file('un', '2026-02-27', 'consolidated.xml');
const UN_NEW = file('un', '2026-08-01', 'consolidated.xml');

/** The expected diff, computed from the parsed files without the database. */
function expectedDiff(a: SourceFile, b: SourceFile) {
  const [la] = parseListFile([a]);
  const [lb] = parseListFile([b]);
  const ids = (l: typeof la) => new Map(l!.entries.map((e) => [e.sourceId, JSON.stringify(e)]));
  const x = ids(la);
  const y = ids(lb);
  return {
    added: [...y.keys()].filter((k) => !x.has(k)).sort(),
    removed: [...x.keys()].filter((k) => !y.has(k)).sort(),
    changed: [...y.keys()].filter((k) => x.has(k) && x.get(k) !== y.get(k)).length,
  };
}

for (const engine of testEngines()) {
  describe(`screening workflow on ${engine}`, () => {
    let app: AppContext;
    let p: Principal;

    before(async () => {
      app = await openApp(loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0' }), {
        db: await openTestDatabase(engine),
      });
      const boot = await bootstrapOperator(app);
      p = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
    });
    after(() => app.close());

    test('screening refuses to run with no list loaded (fail closed)', async () => {
      await assert.rejects(
        screenParties(app, p, [{ name: 'Anyone' }], { origin: 'search' }),
        (e: unknown) =>
          e instanceof DomainError && e.kind === 'unavailable' && /no restricted-party list/.test(e.message),
      );
    });

    test('a hostile or broken file is refused and nothing is stored', async () => {
      const bomb =
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><CONSOLIDATED_LIST>&lol2;</CONSOLIDATED_LIST>';
      const truncated = UN_OLD.bytes.slice(0, Math.floor(UN_OLD.bytes.length / 2));
      for (const bad of [
        { name: 'consolidated.xml', bytes: new TextEncoder().encode(bomb) },
        { name: 'consolidated.xml', bytes: truncated },
        { name: 'sdn.csv', bytes: new TextEncoder().encode('a,b\n1,2\n') },
      ]) {
        await assert.rejects(
          importListFiles(app, p, [bad]),
          (e: unknown) => e instanceof DomainError && e.kind === 'invalid_input',
        );
      }
      assert.deepEqual((await getListVersions(app, p)).all, []);
    });

    test('UN 2026-02-27 → 2026-08-01: versions and the diff match the files', async () => {
      const [first] = await importListFiles(app, p, [UN_OLD]);
      const [second] = await importListFiles(app, p, [UN_NEW]);
      assert.equal(first!.status, 'imported');
      assert.equal(second!.previousVersionId, first!.version.id);
      const expected = expectedDiff(UN_OLD, UN_NEW);
      const diff = await diffListVersions(app, p, first!.version.id, second!.version.id);
      assert.deepEqual(diff.added.map((e) => e.sourceId).sort(), expected.added);
      assert.deepEqual(diff.removed.map((e) => e.sourceId).sort(), expected.removed);
      assert.equal(diff.changed.length, expected.changed);
      assert.ok(expected.added.length > 0 && expected.removed.length > 0, 'the snapshots differ');
      assert.ok(
        diff.changed.every((c) => (c.fields ?? []).length > 0),
        'changed entries name their changed fields',
      );
      const again = await importListFiles(app, p, [UN_NEW]);
      assert.equal(again[0]!.status, 'unchanged');
      assert.equal((await getListVersions(app, p)).all.length, 2);
    });

    test('OFAC SDN 2024-02-20 → 2024-02-23 → 2024-05-03: each diff matches the files', async () => {
      const dates = ['2024-02-20', '2024-02-23', '2024-05-03'].map((d) => file('ofac', 'sdn-csv', d, 'sdn.csv'));
      const versions = [];
      for (const f of dates) versions.push((await importListFiles(app, p, [f]))[0]!);
      assert.ok(versions.every((v) => v.list === 'us-ofac-sdn' && v.status === 'imported'));
      for (let i = 1; i < dates.length; i++) {
        const expected = expectedDiff(dates[i - 1]!, dates[i]!);
        const diff = await diffListVersions(app, p, versions[i - 1]!.version.id, versions[i]!.version.id);
        assert.deepEqual(diff.added.map((e) => e.sourceId).sort(), expected.added);
        assert.deepEqual(diff.removed.map((e) => e.sourceId).sort(), expected.removed);
        assert.equal(diff.changed.length, expected.changed);
        assert.deepEqual(versions[i]!.diff, {
          added: expected.added.length,
          removed: expected.removed.length,
          changed: expected.changed,
        });
      }
    });

    test('screening the same party again does not queue the same hit twice', async () => {
      const name = parseListFile([UN_NEW])[0]!.entries.find((e) => e.type === 'organization')!.names[0]!.full;
      const a = (await screenParties(app, p, [{ name, type: 'organization' }], { origin: 'search' })).results[0]!
        .hits[0]!;
      const b = (await screenParties(app, p, [{ name, type: 'organization' }], { origin: 'batch' })).results[0]!
        .hits[0]!;
      assert.ok(a.id && a.id === b.id, 'the open hit is reused');
      const open = (await getHits(app, p, { status: 'open', limit: 500 }))
        .filter((h) => h.query.name === name)
        .map((h) => `${h.list}/${h.entryId}`);
      assert.ok(open.length >= 1);
      assert.equal(new Set(open).size, open.length, `no entry is queued twice: ${open.join(', ')}`);
    });

    test('a false positive is remembered, and re-opens when the party changes', async () => {
      const [entry] = parseListFile([UN_NEW])[0]!.entries.filter(
        (e) => e.type === 'person' && e.names[0]!.full.split(' ').length >= 3,
      );
      const name = entry!.names[0]!.full;
      const first = (await screenParties(app, p, [{ name }], { origin: 'search' })).results[0]!.hits[0]!;
      assert.equal(first.entryId, entry!.sourceId);
      assert.equal(first.status, 'open');
      assert.ok(first.id);
      await decideHit(app, p, first.id!, { decision: 'false_positive', reason: 'different person: checked passport' });
      const again = (await screenParties(app, p, [{ name }], { origin: 'search' })).results[0]!.hits[0]!;
      assert.equal(again.status, 'suppressed');
      assert.equal(again.decision?.reason, 'different person: checked passport');
      const changedParty = (
        await screenParties(app, p, [{ name, countries: ['FR'] }], { origin: 'search' })
      ).results[0]!.hits.find((h) => h.entryId === entry!.sourceId)!;
      assert.equal(changedParty.status, 'open', 'a changed party is screened afresh');
      const open = await getHits(app, p, { status: 'false_positive', limit: 10 });
      assert.equal(open.length, 1);
    });

    test('a list change re-screens stored counterparties against the changed entries and raises new hits', async () => {
      const { added } = expectedDiff(UN_OLD, UN_NEW);
      const newEntry = parseListFile([UN_NEW])[0]!.entries.find(
        (e) => added.includes(e.sourceId) && e.type === 'person',
      )!;
      // A second tenant with a counterparty that only the new version lists.
      const bank = await createTenant(app, p, {
        slug: 'bank-x',
        name: 'Bank X',
        kind: 'bank',
        admin: { email: 'admin@bank-x.example', name: 'A' },
      });
      const bp = cliPrincipal({ id: bank.tenant.id, isOperator: false });
      await importCounterparties(app, bp, [
        { name: newEntry.names[0]!.full, externalId: 'C-1', type: 'person' },
        { name: 'Jane Ordinary Customer', externalId: 'C-2' },
      ]);
      // The imports above left their re-screen jobs pending (recorded with each version); run them now.
      // (Before issue 12 the caller re-screened in-process from the import's result, and nothing recorded it.)
      const rescreened = await runRescreenJobs(app);
      const onUn = rescreened.filter((r) => r.tenant === 'bank-x' && r.list === 'un-sc');
      assert.ok(onUn.length >= 1 && onUn.every((r) => r.hits <= 1), JSON.stringify(onUn));
      const hits = (await getHits(app, bp, { status: 'open', limit: 50 })).filter((h) => h.list === 'un-sc');
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.origin, 'list_change');
      assert.equal(hits[0]!.entryId, newEntry.sourceId);
      // The operator tenant's hits stay invisible to the bank.
      assert.ok(hits.every((h) => h.query.name === newEntry.names[0]!.full));
    });
  });
}
