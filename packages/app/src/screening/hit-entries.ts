/**
 * The listed entry each stored hit points at, named as a reader names it (core entryReference): the publisher's
 * reference, the list inside the file and the programmes, looked up in the version the hit was made against (a hit
 * on a tenant's own list has none).
 */
import { entryReference, type EntryReference, type ListEntry } from '@dualuse/core/screening';
import { entriesBySourceIds, type HitRow, type Orm } from '@dualuse/store';

const key = (versionId: string, sourceId: string) => `${versionId}\u0000${sourceId}`;

export async function hitEntries(tx: Orm, hits: readonly HitRow[]): Promise<(h: HitRow) => EntryReference> {
  const byVersion = new Map<string, Set<string>>();
  for (const h of hits) {
    // A hit on a tenant's own list has no published version to look in: its source id stands alone.
    if (!h.listVersionId) continue;
    const ids = byVersion.get(h.listVersionId) ?? new Set<string>();
    byVersion.set(h.listVersionId, ids.add(h.entrySourceId));
  }
  const entries = new Map<string, ListEntry>();
  for (const [versionId, ids] of byVersion)
    for (const row of await entriesBySourceIds(tx, versionId, [...ids]))
      entries.set(key(versionId, row.sourceId), row.entry as ListEntry);
  return (h) =>
    entryReference(h.entrySourceId, h.listVersionId ? entries.get(key(h.listVersionId, h.entrySourceId)) : undefined);
}
