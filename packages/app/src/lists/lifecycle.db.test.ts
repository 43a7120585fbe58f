// Issue 12, items 1, 2 and 3 on a real database and real list files: a version is current
// because it is the newest publication; a version that fails its sanity checks (cut short,
// fewer entries than it declares, older than the stored publication) is refused and nothing is
// stored, also through `lists sync`; the re-screen after a change of the current version is a
// job recorded with the version, resumed after a crash and idempotent.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DomainError, type Principal } from '@dualuse/core';
import { parseListFile } from '@dualuse/core/screening';
import { pendingRescreenJobs } from '@dualuse/store';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { listAuditRecords } from '../audit/log';
import { importCounterparties } from '../screening/counterparties';
import { runRescreenJobs } from './rescreen';
import { syncLists } from './sync';
import { getListVersions, importListFiles, type SourceFile } from './import';
import { cliPrincipal } from '../access/principals';
import { getHits, screenParties } from '../screening/screen';
import { bootstrapOperator, createTenant } from '../access/tenants';

const text = (...parts: string[]) => readFileSync(sharedData('lists', ...parts), 'utf8');
const UN = text('un', '2026-08-01', 'consolidated.xml');
const SDN = text('ofac', 'sdn-csv', '2024-02-20', 'sdn.csv');
const xml = (s: string): SourceFile => ({ name: 'consolidated.xml', bytes: new TextEncoder().encode(s) });
const redate = (s: string, date: string) => s.replace(/dateGenerated="[^"]+"/, `dateGenerated="${date}T23:00:00.000Z"`);
/** The UN file without one individual: the publication that delisted them. */
const without = (s: string, ref: string) =>
  s.replace(
    new RegExp(
      `<INDIVIDUAL>(?:(?!</INDIVIDUAL>)[\\s\\S])*?<REFERENCE_NUMBER>${ref.replace('.', '\\.')}</REFERENCE_NUMBER>[\\s\\S]*?</INDIVIDUAL>\\s*`,
    ),
    '',
  );
const person = parseListFile([xml(UN)])[0]!.entries.find(
  (e) => e.type === 'person' && e.names[0]!.full.split(' ').length >= 3,
)!;
const name = person.names[0]!.full;

for (const engine of testEngines()) {
  describe(`list version lifecycle on ${engine}`, () => {
    let app: AppContext;
    let p: Principal;
    let bank: Principal;

    before(async () => {
      app = await openApp(
        loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0', DUALUSE_JAPANESE_READINGS: 'false' }),
        { db: await openTestDatabase(engine) },
      );
      const boot = await bootstrapOperator(app);
      p = cliPrincipal({ id: boot!.tenant.id, isOperator: true });
      const t = await createTenant(app, p, {
        slug: 'bank-l',
        name: 'Bank L',
        kind: 'bank',
        admin: { email: 'admin@bank-l.example', name: 'A' },
      });
      bank = cliPrincipal({ id: t.tenant.id, isOperator: false });
      await importCounterparties(app, bank, [{ name, externalId: 'C-1', type: 'person' }]);
    });
    after(() => app.close());

    const hitsFor = async () =>
      (
        await screenParties(app, p, [{ name, type: 'person' }], { origin: 'search', persist: false, lists: ['un-sc'] })
      ).results[0]!.hits.filter((h) => h.entryId === person.sourceId);

    test('item 1: a re-publication of older content with a newer date becomes current, and the re-listed person is screened', async () => {
      const [a] = await importListFiles(app, p, [xml(UN)]);
      const [b] = await importListFiles(app, p, [xml(redate(without(UN, person.sourceId), '2026-08-02'))]);
      assert.equal(b!.version.entryCount, a!.version.entryCount - 1);
      assert.equal((await hitsFor()).length, 0, 'delisted in the 2026-08-02 publication');
      const [c] = await importListFiles(app, p, [xml(redate(UN, '2026-08-03'))]);
      assert.equal(c!.status, 'imported', 'same entries as 2026-08-01, but a new publication');
      assert.equal(c!.version.contentHash, a!.version.contentHash);
      assert.deepEqual([c!.current, c!.version.publishedAt], [true, '2026-08-03']);
      assert.equal((await hitsFor()).length, 1, 're-listed: screening hits again');
      // The same publication again (same date, same content) is what "unchanged" means.
      const [again] = await importListFiles(app, p, [xml(redate(UN, '2026-08-03'))]);
      assert.deepEqual([again!.status, again!.version.id, again!.current], ['unchanged', c!.version.id, true]);
    });

    test('item 3: each change of the current version left a durable job; running it re-screens once, and a resumed run adds nothing', async () => {
      const jobs = (await pendingRescreenJobs(app.db.orm)).filter((j) => j.list === 'un-sc');
      assert.equal(jobs.length, 3, 'imports of 08-01, 08-02 and 08-03 each changed the current version');
      const out = await runRescreenJobs(app);
      assert.equal(
        out.filter((r) => r.tenant === 'bank-l').reduce((n, r) => n + r.hits, 0),
        2,
        'the first import and the re-listing each raise the hit',
      );
      const open = () => getHits(app, bank, { status: 'open', limit: 50 });
      assert.deepEqual(
        (await open()).map((h) => [h.origin, h.entryId]),
        [['list_change', person.sourceId]],
        'the same open hit is not queued twice',
      );
      // A crash after the tenants committed but before the job was marked done: the job runs again.
      await app.db.raw((tx) => tx.exec(`UPDATE list_rescreen_jobs SET status = 'pending', finished_at = NULL`));
      const resumed = await runRescreenJobs(app);
      assert.deepEqual(
        resumed.filter((r) => r.tenant === 'bank-l').map((r) => r.hits),
        [1, 1],
        'the tenants already done report their stored counts',
      );
      assert.equal((await open()).length, 1);
      assert.equal((await pendingRescreenJobs(app.db.orm)).length, 0);
    });

    test('item 2: an older publication is refused unless allowed with a reason; then stored but not current', async () => {
      const before = (await getListVersions(app, p)).all.length;
      await assert.rejects(
        importListFiles(app, p, [xml(redate(UN, '2026-07-01'))]),
        (e: unknown) =>
          e instanceof DomainError &&
          e.kind === 'invalid_input' &&
          /publication date 2026-07-01 is older than the stored 2026-08-03/.test(e.message),
      );
      assert.equal((await getListVersions(app, p)).all.length, before);
      const [old] = await importListFiles(app, p, [xml(redate(UN, '2026-07-01'))], {
        allowOlder: true,
        reason: 'archive the July publication',
      });
      assert.deepEqual([old!.status, old!.current, old!.accepted.length], ['imported', false, 1]);
      assert.match(old!.currentReason, /published 2026-08-03/);
    });

    test('item 2: `lists sync` applies the same checks: a download cut short is FAILED and nothing is stored', async () => {
      const server = createServer((_req, res) => res.end(SDN.split('\r\n').slice(0, 100).join('\r\n')));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const dir = mkdtempSync(join(tmpdir(), 'dualuse-sync-'));
      writeFileSync(
        join(dir, 'sources.json'),
        JSON.stringify({ 'us-ofac-sdn': [`http://127.0.0.1:${(server.address() as { port: number }).port}/SDN.CSV`] }),
      );
      (app.config as { DUALUSE_LIST_SOURCES?: string }).DUALUSE_LIST_SOURCES = join(dir, 'sources.json');
      try {
        await importListFiles(app, p, [{ name: 'sdn.csv', bytes: new TextEncoder().encode(SDN) }]);
        const count = (await getListVersions(app, p)).all.length;
        const [out] = await syncLists(app, p, { log: () => {} });
        assert.match(out!.error ?? '', /us-ofac-sdn: 100 entries against 13931 in the previous version/);
        assert.equal((await getListVersions(app, p)).all.length, count);
      } finally {
        delete (app.config as { DUALUSE_LIST_SOURCES?: string }).DUALUSE_LIST_SOURCES;
        server.close();
      }
    });
    test('item 2: OFAC sdn.csv cut at a row boundary (100 of 13,931 rows) is refused with the figures; --accept-shrink with a reason takes it, audited', async () => {
      const full: SourceFile = { name: 'sdn.csv', bytes: new TextEncoder().encode(SDN) };
      const cut: SourceFile = {
        name: 'sdn.csv',
        bytes: new TextEncoder().encode(SDN.split('\r\n').slice(0, 100).join('\r\n') + '\r\n'),
      };
      const [v] = await importListFiles(app, p, [full]);
      assert.equal(v!.version.entryCount, 13931);
      const count = (await getListVersions(app, p)).all.length;
      const jobs = (await pendingRescreenJobs(app.db.orm)).length;
      await assert.rejects(
        importListFiles(app, p, [cut]),
        (e: unknown) =>
          e instanceof DomainError &&
          e.kind === 'invalid_input' &&
          /us-ofac-sdn: 100 entries against 13931 in the previous version .*: a drop of 99\.3 %, more than the 10 % allowed/.test(
            e.message,
          ) &&
          /nothing was imported/.test(e.message),
      );
      assert.equal((await getListVersions(app, p)).all.length, count, 'nothing stored');
      assert.equal((await pendingRescreenJobs(app.db.orm)).length, jobs, 'no job queued');
      await assert.rejects(importListFiles(app, p, [cut], { acceptShrink: true }), /need --reason/);
      const [taken] = await importListFiles(app, p, [cut], {
        acceptShrink: true,
        reason: 'test: OFAC delisted them',
      });
      assert.deepEqual([taken!.status, taken!.current], ['imported', true]);
      const audit = (await listAuditRecords(app, p, { action: 'lists.import', limit: 1 })).records[0]!;
      assert.equal((audit.details as { reason?: string }).reason, 'test: OFAC delisted them');
      assert.match(JSON.stringify(audit.details), /a drop of 99\.3 %.*accepted: test: OFAC delisted them/);
    });

    test('item 2: a file declaring more entries than it holds (OFAC SDN.XML Record_Count) is refused, no override', async () => {
      const sdnXml = (count: number) =>
        `<?xml version="1.0" standalone="yes"?><sdnList xmlns="http://tempuri.org/sdnList.xsd"><publshInformation><Publish_Date>05/03/2024</Publish_Date><Record_Count>${count}</Record_Count></publshInformation><sdnEntry><uid>36</uid><lastName>AEROCARIBBEAN AIRLINES</lastName><sdnType>Entity</sdnType><programList><program>CUBA</program></programList></sdnEntry></sdnList>`;
      const f = (s: string): SourceFile => ({ name: 'cons.xml', bytes: new TextEncoder().encode(s) });
      await assert.rejects(
        importListFiles(app, p, [f(sdnXml(442))], { acceptShrink: true, allowOlder: true, reason: 'x' }),
        /us-ofac-cons: the file declares 442 entries but 1 were read: truncated or corrupt/,
      );
      const [ok] = await importListFiles(app, p, [f(sdnXml(1))]);
      assert.deepEqual([ok!.version.declaredCount, ok!.version.publishedAt, ok!.current], [1, '2024-05-03', true]);
    });
  });
}
