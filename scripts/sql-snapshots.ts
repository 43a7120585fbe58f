/**
 * `npm run sql:snapshots`: rewrites packages/store/queries/*.sql from the queries the store
 * really sends (packages/store/src/queries/snapshots.ts). Commit the result with the change.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSnapshotDatabase, queryRecorder, sqlSnapshots, SNAPSHOT_DIR } from '@dualuse/store/queries/snapshots';

const recorder = queryRecorder();
const db = await openSnapshotDatabase(recorder);
const files = await sqlSnapshots(db, recorder);
await db.close();
mkdirSync(SNAPSHOT_DIR, { recursive: true });
for (const old of readdirSync(SNAPSHOT_DIR))
  if (old.endsWith('.sql') && !files.has(old)) rmSync(join(SNAPSHOT_DIR, old));
for (const [name, text] of files) writeFileSync(join(SNAPSHOT_DIR, name), text);
console.log(`wrote ${files.size} files to ${SNAPSHOT_DIR}: ${[...files.keys()].join(', ')}`);
