/**
 * Importing published restricted-party lists as immutable, hashed versions. A file is parsed
 * completely and every list it holds is dated and sanity-checked before anything is written;
 * all of them are written in one transaction, with the re-screen jobs their import makes
 * owed: a bad file changes nothing. Which stored version is current is decided by provenance
 * (list-current.ts), not by import order: "unchanged" means the same publication (publisher,
 * publication date and content) is already stored.
 */
import { createHash } from 'node:crypto';
import { authorise, DomainError, type ListVersionView, type ParsedList, type Principal } from '@dualuse/core';
import { LIST_FORMATS, parseListFile, type ListFormat } from '@dualuse/core/screening';
import { datePublication, type PublicationDate } from '@dualuse/core/screening';
import { allListVersions, inTenant } from '@dualuse/store';
import { type AppContext } from '../common';
import { record } from '../audit/log';
import { type DiffSummary } from './diff';
import { currentVersions } from './current';
import { listVersionView } from './view';
import { storeLists, writeVersions } from './write';

export type { ListVersionView };
export { computeVersionDiff, diffListVersions, type DiffSummary, type EntryChange, type VersionDiff } from './diff';
export { entryHash, listVersionView } from './view';

export interface ImportResult {
  list: string;
  status: 'imported' | 'unchanged';
  version: ListVersionView;
  /** The list's current version before this import (null: the list was not loaded). */
  previousVersionId: string | null;
  /** Diff against the previous current version, for a newly stored version. */
  diff: DiffSummary | null;
  /** Whether this version is now the one screening uses, and why (or why not). */
  current: boolean;
  currentVersionId: string;
  currentReason: string;
  /** Checks an explicit, reasoned override accepted. */
  accepted: string[];
}

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export interface ListImportOptions {
  format?: string | undefined;
  /**
   * A publication date declared outside the file (`--published-at`, a download's Last-Modified), used only when the
   * file states none.
   */
  declaredDate?: { date: string; by: string; fallback?: boolean | undefined } | undefined;
  acceptShrink?: boolean | undefined;
  allowOlder?: boolean | undefined;
  /** Why an override was used; required with acceptShrink / allowOlder, audited. */
  reason?: string | undefined;
  /** The HTTP request that asked for the import, recorded with it. */
  requestId?: string | null | undefined;
}

/**
 * Dates every parsed list; lists of one undated format are dated together by the newest entry date among them (one
 * file, one publication).
 */
function dateAll(parsed: ParsedList[], options: ListImportOptions, today: string): PublicationDate[] {
  return parsed.map((l) => {
    const sameFile = parsed.filter((x) => x.format === l.format && !x.publishedAt);
    const d = datePublication({
      stated: l.publishedAt,
      entryDates: (l.publishedAt ? [l] : sameFile).flatMap((x) => x.entries.map((e) => e.listedOn ?? '')),
      declared: options.declaredDate,
      today,
    });
    if ('error' in d) throw new DomainError('invalid_input', `${l.list}: ${d.error}; nothing was imported`);
    return d;
  });
}

export async function importListFiles(
  ctx: AppContext,
  p: Principal,
  files: SourceFile[],
  options: ListImportOptions | string = {},
): Promise<ImportResult[]> {
  authorise(p, 'lists:import');
  const o: ListImportOptions = typeof options === 'string' ? { format: options } : options;
  if (o.format && !(LIST_FORMATS as readonly string[]).includes(o.format))
    throw new DomainError('invalid_input', `unknown format '${o.format}' (one of ${LIST_FORMATS.join(', ')})`);
  if ((o.acceptShrink || o.allowOlder) && !o.reason?.trim())
    throw new DomainError('invalid_input', '--accept-shrink and --allow-older need --reason "..." (it is audited)');
  const parsed: ParsedList[] = parseListFile(
    files.map((f) => ({ name: f.name, bytes: f.bytes })),
    o.format ? { format: o.format as ListFormat } : {},
  );
  const dates = dateAll(parsed, o, ctx.now().toISOString().slice(0, 10));
  const sources = files.map((f) => ({
    name: f.name,
    bytes: f.bytes.length,
    sha256: createHash('sha256').update(f.bytes).digest('hex'),
  }));
  const results = await writeVersions(ctx, (tx) => storeLists(tx, { ctx, p, o, parsed, dates, files, sources }));
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'lists.import',
      subject: null,
      details: {
        files: sources,
        ...(o.reason ? { reason: o.reason } : {}),
        results: results.map((r) => ({
          list: r.list,
          status: r.status,
          versionId: r.version.id,
          entries: r.version.entryCount,
          publishedAt: r.version.publishedAt,
          dating: r.version.publishedBasis,
          current: r.current,
          currentReason: r.currentReason,
          ...(r.accepted.length ? { accepted: r.accepted } : {}),
          ...(r.diff ? { diff: { ...r.diff } } : {}),
        })),
      },
      inputVersions: Object.fromEntries(results.map((r) => [r.list, r.version.id])),
      requestId: o.requestId ?? null,
    }),
  );
  return results;
}

export interface ListsOverview {
  /** The current version of each list (the one screening uses). */
  latest: ListVersionView[];
  all: ListVersionView[];
  /** Why each list's current version is current, and whether the operator pinned it. */
  current: { list: string; versionId: string; rule: string; reason: string; pinned: boolean }[];
}

export async function getListVersions(ctx: AppContext, p: Principal): Promise<ListsOverview> {
  authorise(p, 'lists:read');
  const all = await allListVersions(ctx.db.orm);
  const current = await currentVersions(ctx.db.orm, all);
  return {
    latest: current.map((c) => listVersionView(c.version)),
    all: all.map(listVersionView),
    current: current.map((c) => ({
      list: c.list,
      versionId: c.version.id,
      rule: c.rule,
      reason: c.reason,
      pinned: c.pinned,
    })),
  };
}
