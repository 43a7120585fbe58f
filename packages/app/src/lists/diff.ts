/** Comparing two versions of one list: entries added, removed and changed (with the changed fields). */
import { authorise, canonicalJson, DomainError, notFound, type ListVersionView, type Principal } from '@dualuse/core';
import { entriesBySourceIds, entryHashesOfVersion, findListVersion, type Orm } from '@dualuse/store';
import type { AppContext } from '../common';
import { listVersionView } from './view';

export interface EntryChange {
  sourceId: string;
  name: string;
  fields?: string[];
}

export interface VersionDiff {
  from: ListVersionView;
  to: ListVersionView;
  added: EntryChange[];
  removed: EntryChange[];
  changed: EntryChange[];
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
}

export const summarise = (d: VersionDiff): DiffSummary => ({
  added: d.added.length,
  removed: d.removed.length,
  changed: d.changed.length,
});

export async function computeVersionDiff(tx: Orm, fromId: string, toId: string): Promise<VersionDiff> {
  const [from, to] = await Promise.all([findListVersion(tx, fromId), findListVersion(tx, toId)]);
  if (!from) throw notFound(`list version ${fromId}`);
  if (!to) throw notFound(`list version ${toId}`);
  const a = await entryHashesOfVersion(tx, fromId);
  const b = await entryHashesOfVersion(tx, toId);
  const addedIds = [...b.keys()].filter((id) => !a.has(id));
  const removedIds = [...a.keys()].filter((id) => !b.has(id));
  const changedIds = [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id));
  const names = async (versionId: string, ids: string[]) =>
    new Map((await entriesBySourceIds(tx, versionId, ids)).map((e) => [e.sourceId, e]));
  const newRows = await names(toId, [...addedIds, ...changedIds]);
  const oldRows = await names(fromId, [...removedIds, ...changedIds]);
  const changedFields = (id: string) => {
    const x = oldRows.get(id)!.entry as Record<string, unknown>;
    const y = newRows.get(id)!.entry as Record<string, unknown>;
    return [...new Set([...Object.keys(x), ...Object.keys(y)])]
      .filter((k) => canonicalJson(x[k] ?? null) !== canonicalJson(y[k] ?? null))
      .sort();
  };
  const byId = (l: EntryChange[]) => l.sort((m, n) => m.sourceId.localeCompare(n.sourceId, 'en', { numeric: true }));
  return {
    from: listVersionView(from),
    to: listVersionView(to),
    added: byId(addedIds.map((id) => ({ sourceId: id, name: newRows.get(id)?.name ?? '' }))),
    removed: byId(removedIds.map((id) => ({ sourceId: id, name: oldRows.get(id)?.name ?? '' }))),
    changed: byId(
      changedIds.map((id) => ({ sourceId: id, name: newRows.get(id)?.name ?? '', fields: changedFields(id) })),
    ),
  };
}

export async function diffListVersions(
  ctx: AppContext,
  p: Principal,
  fromId: string,
  toId: string,
): Promise<VersionDiff> {
  authorise(p, 'lists:read');
  const diff = await computeVersionDiff(ctx.db.orm, fromId, toId);
  if (diff.from.list !== diff.to.list)
    throw new DomainError('invalid_input', `versions belong to different lists (${diff.from.list}, ${diff.to.list})`);
  return diff;
}
