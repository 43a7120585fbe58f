/**
 * The tables a determination uses: the version in force on its date, built once per version
 * (versions are immutable, so the built lookup is cached by id).
 */
import { buildTables, noTables, type EarTables } from '@dualuse/core';
import { regulationVersionAsOf } from '@dualuse/store';
import type { Orm } from '@dualuse/store';
import { EAR_TABLES, parseStoredTables } from './import';

const built = new Map<string, EarTables>();

/** Read inside the caller's transaction (any tenant may read shared reference data). */
export async function earTablesAsOf(orm: Orm, asOf: string): Promise<EarTables> {
  const row = await regulationVersionAsOf(orm, EAR_TABLES.jurisdiction, EAR_TABLES.kind, asOf);
  if (!row) return noTables();
  let t = built.get(row.id);
  if (!t) {
    if (built.size > 32) built.clear();
    const data = parseStoredTables(row);
    built.set(
      row.id,
      (t = buildTables(data, {
        id: row.id,
        contentDate: row.contentDate,
        format: row.format,
        sha256: row.contentHash,
      })),
    );
  }
  return t;
}
