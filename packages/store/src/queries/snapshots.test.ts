import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openSnapshotDatabase, queryRecorder, sqlSnapshots, SNAPSHOT_DIR } from './snapshots';

test('the committed SQL snapshots are the SQL the store sends (npm run sql:snapshots rewrites them)', async () => {
  const recorder = queryRecorder();
  const db = await openSnapshotDatabase(recorder);
  const files = await sqlSnapshots(db, recorder);
  await db.close();
  assert.ok(files.size >= 4, 'tenant scope, lists, screening and licences');
  for (const [name, text] of files) {
    const path = join(SNAPSHOT_DIR, name);
    assert.ok(existsSync(path), `${path} is missing: run npm run sql:snapshots and commit it`);
    assert.equal(readFileSync(path, 'utf8'), text, `${name} drifted from the code: run npm run sql:snapshots`);
  }
  const extra = readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.sql') && !files.has(f));
  assert.deepEqual(extra, [], 'snapshot files no query produces');
  // The snapshots hold real statements, e.g. the row lock of the draw-down.
  assert.match(files.get('licences.sql')!, /FOR UPDATE/);
  assert.match(files.get('tenant-scope.sql')!, /SET\s+LOCAL ROLE dualuse_app/);
});
