/**
 * The store's queries that matter, as the SQL the database really receives, written to
 * `packages/store/queries/*.sql` so reviewers read the SQL, not only the query builder (the
 * practice of Immich's committed query files). Each query runs for real on a migrated PGlite
 * with drizzle's logger recording every statement; `npm run sql:snapshots` rewrites the files
 * and `snapshots.test.ts` fails when a committed file differs from what the code now sends.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'sql-formatter';
import { openDatabase, type Database, type Orm } from '../database';
import { migrate } from '../migrate';
import {
  insertLicence,
  findLicenceByNumber,
  insertDrawdowns,
  licenceUsage,
  lockLicences,
} from '../repositories/licences';
import { entriesBySourceIds, findPublication, insertListVersion } from '../repositories/lists';
import { decisionsFor, insertHits, openHitsFor, upsertCounterparty } from '../repositories/screening';
import { insertTenant } from '../repositories/tenants';
import { inTenant } from '../tenant-scope';

export interface QueryRecorder {
  label: string | undefined;
  readonly statements: Map<string, string[]>;
  logQuery(query: string, params: unknown[]): void;
}

export function queryRecorder(): QueryRecorder {
  const r: QueryRecorder = {
    label: undefined,
    statements: new Map(),
    logQuery(query) {
      if (r.label) r.statements.set(r.label, [...(r.statements.get(r.label) ?? []), query]);
    },
  };
  return r;
}

interface Snapshot {
  file: string;
  name: string;
  why: string;
  run(tx: Orm, s: Scene): Promise<unknown>;
}

interface Scene {
  tenantId: string;
  listVersionId: string;
  licenceId: string;
}

const FINGERPRINT = 'sha256:0000';

/** Grouped by file; inside a file, in the order a reviewer meets them in a request. */
const SNAPSHOTS: readonly Snapshot[] = [
  {
    file: 'lists',
    name: 'findPublication',
    why: 'Re-importing the same publication is a no-op: same list, publisher, content and date.',
    run: (tx) => findPublication(tx, { list: 'un', publisher: 'UN', contentHash: 'sha256:x', publishedAt: null }),
  },
  {
    file: 'lists',
    name: 'insertListVersion',
    why: 'A list import: one version row, then its entries in chunks of 500, in the caller transaction.',
    run: (tx) =>
      insertListVersion(tx, versionRow('sha256:snapshot-2'), [entryRow('E1'), entryRow('E2')]).then(() => undefined),
  },
  {
    file: 'lists',
    name: 'entriesBySourceIds',
    why: 'Hits name entries by source id; the entries they cite are read back by id.',
    run: (tx, s) => entriesBySourceIds(tx, s.listVersionId, ['E1', 'E2']),
  },
  {
    file: 'tenant-scope',
    name: 'inTenant',
    why: 'Every tenant query runs as dualuse_app with the tenant set for the row-level-security policies (0001).',
    run: async () => undefined,
  },
  {
    file: 'screening',
    name: 'upsertCounterparty',
    why: 'A counterparty by external id: read, then insert (or update when its screened fields changed).',
    run: (tx, s) =>
      upsertCounterparty(tx, {
        tenantId: s.tenantId,
        externalId: 'C-1',
        name: 'ACME',
        party: { name: 'ACME' },
        fingerprint: FINGERPRINT,
      }),
  },
  {
    file: 'screening',
    name: 'decisionsFor',
    why: "Officers' decisions on earlier hits of the same party fingerprint (false positives drop a hit).",
    run: (tx) => decisionsFor(tx, [FINGERPRINT]),
  },
  {
    file: 'screening',
    name: 'openHitsFor',
    why: 'A re-screen reuses open hits instead of queueing duplicates.',
    run: (tx) => openHitsFor(tx, [FINGERPRINT]),
  },
  {
    file: 'screening',
    name: 'insertHits',
    why: 'New hits, in chunks of 500.',
    run: (tx, s) => insertHits(tx, [hitRow(s)]),
  },
  {
    file: 'licences',
    name: 'findLicenceByNumber',
    why: 'A licence is named by its jurisdiction and number on a shipment.',
    run: (tx) => findLicenceByNumber(tx, 'US', 'D123456'),
  },
  {
    file: 'licences',
    name: 'lockLicences',
    why: 'Draw-down: lock the licences in id order (no deadlock between concurrent shipments) before reading balances.',
    run: (tx, s) => lockLicences(tx, [s.licenceId]),
  },
  {
    file: 'licences',
    name: 'licenceUsage',
    why: 'Draw-down: value and quantity already used per licence, under the lock.',
    run: (tx, s) => licenceUsage(tx, [s.licenceId]),
  },
  {
    file: 'licences',
    name: 'insertDrawdowns',
    why: 'Draw-down: one row per item shipped against a licence.',
    run: (tx, s) =>
      insertDrawdowns(tx, [
        {
          tenantId: s.tenantId,
          licenceId: s.licenceId,
          transactionId: 'T-1',
          item: 0,
          code: '3A090',
          value: 1,
          quantity: 1,
          shippedOn: '2026-01-01',
          createdBy: 'snapshot',
        },
      ]),
  },
];

function versionRow(contentHash: string) {
  return {
    list: 'un',
    title: 'snapshot',
    publisher: 'UN',
    format: 'un-xml',
    contentHash,
    entryCount: 2,
    sourceFiles: [],
    warnings: [],
    importedBy: {},
  };
}

function entryRow(sourceId: string) {
  return { sourceId, entryHash: `h-${sourceId}`, type: 'person', name: sourceId, entry: {} };
}

function hitRow(s: Scene) {
  return {
    tenantId: s.tenantId,
    query: { name: 'ACME' },
    queryFingerprint: FINGERPRINT,
    list: 'un',
    listVersionId: s.listVersionId,
    entrySourceId: 'E1',
    entryHash: 'h-E1',
    score: 0.9,
    explanation: {},
    status: 'open',
    origin: 'batch',
  };
}

async function scene(db: Database): Promise<Scene> {
  const tenant = await insertTenant(db.orm, { slug: 'snapshot', name: 'Snapshot', kind: 'company' });
  const version = await insertListVersion(db.orm, versionRow('sha256:snapshot-1'), [entryRow('E1')]);
  const licence = await inTenant(db, tenant.id, (tx) =>
    insertLicence(tx, {
      tenantId: tenant.id,
      number: 'D123456',
      jurisdiction: 'US',
      validFrom: '2026-01-01',
      expires: '2027-01-01',
      terms: {},
      createdBy: 'snapshot',
    }),
  );
  return { tenantId: tenant.id, listVersionId: version.id, licenceId: licence.id };
}

/**
 * A migrated, empty PGlite that reports its statements to `recorder` (the test runner's template when there is one).
 */
export async function openSnapshotDatabase(recorder: QueryRecorder): Promise<Database> {
  const template = process.env.DUALUSE_TEST_PGLITE_TEMPLATE;
  const logQuery = (query: string, params: unknown[]) => recorder.logQuery(query, params);
  if (template) return openDatabase({ loadDataDir: new Blob([readFileSync(template)]), logQuery });
  const db = await openDatabase({ logQuery });
  await migrate(db);
  return db;
}

export const SNAPSHOT_DIR = fileURLToPath(new URL('../../queries/', import.meta.url));

/**
 * Runs every snapshot query on `db` (opened with `recorder.logQuery`, migrated, empty) and
 * returns file name → text. Tenant queries run inside `inTenant`; the tenant-scope file
 * holds the statements `inTenant` itself sends.
 */
export async function sqlSnapshots(db: Database, recorder: QueryRecorder): Promise<Map<string, string>> {
  const s = await scene(db);
  for (const q of SNAPSHOTS) {
    if (q.file === 'lists') {
      // Published lists are shared reference data, written outside any tenant.
      recorder.label = q.name;
      await db.orm.transaction((tx) => q.run(tx as unknown as Orm, s));
    } else if (q.file === 'tenant-scope') {
      recorder.label = q.name;
      await inTenant(db, s.tenantId, async () => undefined);
    } else {
      await inTenant(db, s.tenantId, async (tx) => {
        recorder.label = q.name;
        await q.run(tx, s);
      });
    }
    recorder.label = undefined;
  }
  const files = new Map<string, string>();
  for (const q of SNAPSHOTS) {
    const statements = (recorder.statements.get(q.name) ?? []).filter((t) => !/^(begin|commit|rollback)/i.test(t));
    const text = statements.map((t) => `${format(t, { language: 'postgresql', keywordCase: 'upper' })};`).join('\n\n');
    const block = `-- name: ${q.name}\n-- ${q.why}\n${text}\n`;
    files.set(
      `${q.file}.sql`,
      files.has(`${q.file}.sql`) ? `${files.get(`${q.file}.sql`)}\n${block}` : `${HEADER}\n${block}`,
    );
  }
  return files;
}

const HEADER =
  '-- Generated by `npm run sql:snapshots` (packages/store/src/queries/snapshots.ts): the SQL these\n' +
  '-- repository functions send, recorded on PGlite. Do not edit; the snapshot test fails when it drifts.\n';
