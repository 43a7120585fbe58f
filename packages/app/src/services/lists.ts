/**
 * Importing published restricted-party lists as immutable, hashed versions, and comparing
 * versions. A file is parsed completely before anything is written, and all the lists it
 * holds are written in one transaction: a bad file changes nothing.
 */
import { createHash } from 'node:crypto';
import { authorise, canonicalJson, DomainError, notFound, sha256Hex, type ListEntry, type ListVersionView, type ParsedList, type Principal } from '@dualuse/core';
import { LIST_FORMATS, parseListFile, type ListFormat } from '@dualuse/core/screening/formats/index';
import { allListVersions, entriesBySourceIds, entryHashesOfVersion, findListVersion, findListVersionByHash, inTenant, insertListVersion, latestListVersions, type ListVersionRow, type Orm } from '@dualuse/store';
import { actorOf, type AppContext } from './common';
import { record } from './audit';

export type { ListVersionView };

export const listVersionView = (v: ListVersionRow): ListVersionView => ({
  id: v.id,
  list: v.list,
  title: v.title,
  publisher: v.publisher,
  format: v.format,
  publishedAt: v.publishedAt,
  importedAt: v.importedAt.toISOString(),
  contentHash: v.contentHash,
  entryCount: v.entryCount,
  warnings: (v.warnings as unknown[]).length,
});

export const entryHash = (e: ListEntry): string => sha256Hex(canonicalJson(e));

export interface ImportResult {
  list: string;
  status: 'imported' | 'unchanged';
  version: ListVersionView;
  previousVersionId: string | null;
  diff: DiffSummary | null;
}

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export async function importListFiles(ctx: AppContext, p: Principal, files: SourceFile[], requestId: string | null = null, format?: string): Promise<ImportResult[]> {
  authorise(p, 'lists:import');
  if (format && !(LIST_FORMATS as readonly string[]).includes(format)) throw new DomainError('invalid_input', `unknown format '${format}' (one of ${LIST_FORMATS.join(', ')})`);
  const parsed: ParsedList[] = parseListFile(files.map((f) => ({ name: f.name, bytes: f.bytes })), format ? { format: format as ListFormat } : {});
  const sources = files.map((f) => ({ name: f.name, bytes: f.bytes.length, sha256: createHash('sha256').update(f.bytes).digest('hex') }));
  const results = await ctx.db.orm.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Orm;
    const out: ImportResult[] = [];
    const latest = new Map((await latestListVersions(tx)).map((v) => [v.list, v]));
    for (const list of parsed) {
      const hashed = list.entries.map((entry) => ({ entry, hash: entryHash(entry) }));
      const contentHash = sha256Hex(`${list.list}\n${hashed.map((h) => `${h.entry.sourceId}:${h.hash}`).sort().join('\n')}`);
      const previous = latest.get(list.list) ?? null;
      const existing = await findListVersionByHash(tx, list.list, contentHash);
      if (existing) {
        out.push({ list: list.list, status: 'unchanged', version: listVersionView(existing), previousVersionId: previous?.id ?? null, diff: null });
        continue;
      }
      const seen = new Set<string>();
      for (const h of hashed) {
        if (seen.has(h.entry.sourceId)) throw new Error(`${list.list}: entry id ${h.entry.sourceId} occurs twice in the file; nothing was imported`);
        seen.add(h.entry.sourceId);
      }
      const version = await insertListVersion(
        tx,
        {
          list: list.list,
          title: list.title,
          publisher: list.publisher,
          format: list.format,
          publishedAt: list.publishedAt ?? null,
          contentHash,
          entryCount: list.entries.length,
          sourceFiles: sources,
          warnings: list.warnings,
          importedAt: ctx.now(),
          importedBy: actorOf(p),
        },
        hashed.map((h) => ({ sourceId: h.entry.sourceId, entryHash: h.hash, type: h.entry.type, name: h.entry.names[0]?.full ?? '', entry: h.entry })),
      );
      const diff = previous ? await computeVersionDiff(tx, previous.id, version.id) : null;
      out.push({ list: list.list, status: 'imported', version: listVersionView(version), previousVersionId: previous?.id ?? null, diff: diff && summarise(diff) });
    }
    return out;
  });
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'lists.import',
      subject: null,
      details: { files: sources, results: results.map((r) => ({ list: r.list, status: r.status, versionId: r.version.id, entries: r.version.entryCount, ...(r.diff ? { diff: { ...r.diff } } : {}) })) },
      inputVersions: Object.fromEntries(results.map((r) => [r.list, r.version.id])),
      requestId,
    }),
  );
  return results;
}

export async function getListVersions(ctx: AppContext, p: Principal): Promise<{ latest: ListVersionView[]; all: ListVersionView[] }> {
  authorise(p, 'lists:read');
  return { latest: (await latestListVersions(ctx.db.orm)).map(listVersionView), all: (await allListVersions(ctx.db.orm)).map(listVersionView) };
}

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

const summarise = (d: VersionDiff): DiffSummary => ({ added: d.added.length, removed: d.removed.length, changed: d.changed.length });

export async function computeVersionDiff(tx: Orm, fromId: string, toId: string): Promise<VersionDiff> {
  const [from, to] = await Promise.all([findListVersion(tx, fromId), findListVersion(tx, toId)]);
  if (!from) throw notFound(`list version ${fromId}`);
  if (!to) throw notFound(`list version ${toId}`);
  const a = await entryHashesOfVersion(tx, fromId);
  const b = await entryHashesOfVersion(tx, toId);
  const addedIds = [...b.keys()].filter((id) => !a.has(id));
  const removedIds = [...a.keys()].filter((id) => !b.has(id));
  const changedIds = [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id));
  const names = async (versionId: string, ids: string[]) => new Map((await entriesBySourceIds(tx, versionId, ids)).map((e) => [e.sourceId, e]));
  const newRows = await names(toId, [...addedIds, ...changedIds]);
  const oldRows = await names(fromId, [...removedIds, ...changedIds]);
  const changedFields = (id: string) => {
    const x = oldRows.get(id)!.entry as Record<string, unknown>;
    const y = newRows.get(id)!.entry as Record<string, unknown>;
    return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => canonicalJson(x[k] ?? null) !== canonicalJson(y[k] ?? null)).sort();
  };
  const byId = (l: EntryChange[]) => l.sort((m, n) => m.sourceId.localeCompare(n.sourceId, 'en', { numeric: true }));
  return {
    from: listVersionView(from),
    to: listVersionView(to),
    added: byId(addedIds.map((id) => ({ sourceId: id, name: newRows.get(id)?.name ?? '' }))),
    removed: byId(removedIds.map((id) => ({ sourceId: id, name: oldRows.get(id)?.name ?? '' }))),
    changed: byId(changedIds.map((id) => ({ sourceId: id, name: newRows.get(id)?.name ?? '', fields: changedFields(id) }))),
  };
}

export async function diffListVersions(ctx: AppContext, p: Principal, fromId: string, toId: string): Promise<VersionDiff> {
  authorise(p, 'lists:read');
  const diff = await computeVersionDiff(ctx.db.orm, fromId, toId);
  if (diff.from.list !== diff.to.list) throw new DomainError('invalid_input', `versions belong to different lists (${diff.from.list}, ${diff.to.list})`);
  return diff;
}
