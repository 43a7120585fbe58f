/**
 * The shared eCFR snapshot of the country tables (../shared/data/regulations/us-ear-ecfr/2026-09-24,
 * CSV layout) as a version, for tests that need real tables. A *.test.ts so it may read shared data;
 * it has one self-check.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedData } from '../../../../test/support/shared';
import { readEarTables } from './read';
import { buildTables, type EarTables } from './tables';
import type { EarTablesData } from './model';

export const SNAPSHOT_DATE = '2026-09-24';
export const snapshotDir = () => sharedData('regulations', 'us-ear-ecfr', SNAPSHOT_DATE);

export function snapshotFiles(): Record<string, string> {
  const dir = snapshotDir();
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /\.(csv|txt)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

let cached: { data: EarTablesData; tables: EarTables; contentHash: string } | undefined;
export function sharedTables(): { data: EarTablesData; tables: EarTables; contentHash: string } {
  if (!cached) {
    const { data, contentHash } = readEarTables(snapshotFiles(), { contentDate: SNAPSHOT_DATE });
    cached = {
      data,
      contentHash,
      tables: buildTables(data, {
        id: `test-${contentHash.slice(0, 8)}`,
        contentDate: SNAPSHOT_DATE,
        format: data.source.format,
        sha256: contentHash,
      }),
    };
  }
  return cached;
}

test('the shared snapshot reads as 200 chart rows and 200 group rows', () => {
  const { data } = sharedTables();
  assert.equal(data.chart.length, 200);
  assert.equal(data.groups.length, 200);
});
