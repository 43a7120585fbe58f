// Issue 12, items 9 and 10 on a real database and the real files: one list fed by two sources
// (OFAC's own sdn.csv of 2024-05-03 and the trade.gov CSL of May 2022, whose SDN subset is a
// republication): provenance decides the current version, the operator can pin and unpin; an
// undated format (CSL) is dated by the newest date inside its data and fails the freshness check.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DomainError, type Principal } from '@dualuse/core';
import { parseListFile } from '@dualuse/core/screening';
import { pendingRescreenJobs } from '@dualuse/store';
import { openTestDatabase, testEngines } from '@dualuse/store/testing';
import { sharedData } from '../../../../test/support/shared';
import { loadConfig } from '../config';
import { openApp, type AppContext } from '../context';
import { pinListVersion, unpinList } from './current';
import { getListVersions, importListFiles, type SourceFile } from './import';
import { cliPrincipal } from '../access/principals';
import { screenParties } from '../screening/screen';
import { bootstrapOperator } from '../access/tenants';

const file = (...parts: string[]): SourceFile => ({
  name: parts.at(-1)!,
  bytes: new Uint8Array(readFileSync(sharedData('lists', ...parts))),
});
const OFAC = file('ofac', 'sdn-csv', '2024-05-03', 'sdn.csv');
const CSL = file('us-csl', '2022-05-16', 'consolidated.csv.gz');
const ofacEntries = parseListFile([OFAC])[0]!.entries;
const cslSdn = parseListFile([CSL]).find((l) => l.list === 'us-ofac-sdn')!.entries;
const cslSdnNames = new Set(cslSdn.flatMap((e) => e.names.map((n) => n.full.toUpperCase())));
const cslSdnIds = new Set(cslSdn.map((e) => e.sourceId));
/**
 * An organisation OFAC listed after the CSL copy was made (CSL keeps OFAC's ent_num as its id): only the 2024 file has
 * it.
 */
const newer = ofacEntries.find(
  (e) =>
    e.type === 'organization' &&
    !cslSdnIds.has(e.sourceId) &&
    e.names.every((n) => !cslSdnNames.has(n.full.toUpperCase())) &&
    e.names[0]!.full.split(' ').length >= 3,
)!;

for (const engine of testEngines()) {
  describe(`one list, two sources, on ${engine}`, () => {
    let app: AppContext;
    let p: Principal;
    before(async () => {
      app = await openApp(
        loadConfig({ LOG_LEVEL: 'silent', DUALUSE_LIST_MAX_AGE_DAYS: '0', DUALUSE_JAPANESE_READINGS: 'false' }),
        { db: await openTestDatabase(engine) },
      );
      p = cliPrincipal({ id: (await bootstrapOperator(app))!.tenant.id, isOperator: true });
    });
    after(() => app.close());

    const current = async (list: string) => (await getListVersions(app, p)).current.find((c) => c.list === list)!;
    const hit = async () =>
      (
        await screenParties(app, p, [{ name: newer.names[0]!.full, type: 'organization' }], {
          origin: 'search',
          persist: false,
          lists: ['us-ofac-sdn'],
        })
      ).results[0]!.hits.some((h) => h.entryId === newer.sourceId);

    test("item 9: the CSL republication imported after OFAC's own file does not replace it; re-importing OFAC keeps it current", async () => {
      const [ofac] = await importListFiles(app, p, [OFAC]);
      assert.deepEqual([ofac!.version.entryCount, ofac!.version.sourceRole, ofac!.current], [14965, 'primary', true]);
      const csl = await importListFiles(app, p, [CSL]);
      const sdn = csl.find((r) => r.list === 'us-ofac-sdn')!;
      assert.deepEqual(
        [sdn.status, sdn.version.entryCount, sdn.version.sourceRole, sdn.current],
        ['imported', 10026, 'secondary', false],
      );
      assert.match(
        sdn.currentReason,
        /newest publication of the list's own publisher \(US Treasury OFAC.*the republication .* is not newer/,
      );
      assert.equal((await current('us-ofac-sdn')).versionId, ofac!.version.id);
      assert.ok(
        csl.filter((r) => r.list !== 'us-ofac-sdn').every((r) => r.current),
        'lists only the CSL carries are current from it',
      );
      assert.ok(await hit(), `${newer.names[0]!.full} (OFAC ${newer.sourceId}, not in the 2022 CSL) is still screened`);
      const [again] = await importListFiles(app, p, [OFAC]);
      assert.deepEqual([again!.status, again!.current, again!.version.id], ['unchanged', true, ofac!.version.id]);
    });

    test('item 10: the CSL (no date in the format) is dated by its newest entry date, says so, and fails the freshness check', async () => {
      const el = (await getListVersions(app, p)).latest.find((v) => v.list === 'us-bis-entity-list')!;
      assert.deepEqual([el.publishedAt, el.dateSource], ['2022-04-21', 'entries']);
      assert.match(
        el.publishedBasis,
        /the format states no publication date; dated 2022-04-21, the newest listing date among \d+ dated entries/,
      );
      const config = app.config as { DUALUSE_LIST_MAX_AGE_DAYS: number };
      config.DUALUSE_LIST_MAX_AGE_DAYS = 30;
      try {
        await assert.rejects(
          screenParties(app, p, [{ name: 'anyone' }], {
            origin: 'search',
            persist: false,
            lists: ['us-bis-entity-list'],
          }),
          (e: unknown) =>
            e instanceof DomainError &&
            e.kind === 'unavailable' &&
            /us-bis-entity-list published 2022-04-21 .* days old, more than 30/.test(e.message),
        );
        // OFAC's legacy CSV states no date and no entry carries one: unknown, which fails closed too.
        await assert.rejects(
          screenParties(app, p, [{ name: 'anyone' }], { origin: 'search', persist: false, lists: ['us-ofac-sdn'] }),
          /us-ofac-sdn: publication date unknown/,
        );
      } finally {
        config.DUALUSE_LIST_MAX_AGE_DAYS = 0;
      }
    });

    test('item 9: the operator pins the CSL version, sees it, and unpins; each change queues a re-screen', async () => {
      const versions = (await getListVersions(app, p)).all.filter((v) => v.list === 'us-ofac-sdn');
      const cslVersion = versions.find((v) => v.sourceRole === 'secondary')!;
      const ofacVersion = versions.find((v) => v.sourceRole === 'primary')!;
      const jobs = (await pendingRescreenJobs(app.db.orm)).length;
      await assert.rejects(pinListVersion(app, p, { versionId: cslVersion.id, reason: ' ' }), /needs a reason/);
      const pinned = await pinListVersion(app, p, { versionId: cslVersion.id, reason: 'compare against the CSL copy' });
      assert.deepEqual([pinned.version.id, pinned.pinned, pinned.rule], [cslVersion.id, true, 'pinned']);
      assert.match((await current('us-ofac-sdn')).reason, /^pinned by .*: compare against the CSL copy$/);
      assert.equal(await hit(), false, 'screening now uses the pinned 2022 copy');
      const unpinned = await unpinList(app, p, { list: 'us-ofac-sdn', reason: 'comparison done' });
      assert.deepEqual([unpinned.version.id, unpinned.pinned], [ofacVersion.id, false]);
      assert.ok(await hit());
      assert.equal((await pendingRescreenJobs(app.db.orm)).length, jobs + 2);
      await assert.rejects(
        unpinList(app, p, { list: 'us-ofac-sdn', reason: 'again' }),
        /a pin on list us-ofac-sdn was not found/,
      );
    });
  });
}
