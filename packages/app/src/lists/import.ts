/**
 * Importing published restricted-party lists as immutable, hashed versions. A file is parsed
 * completely and every list it holds is dated and sanity-checked before anything is written;
 * all of them are written in one transaction, with the re-screen jobs their import makes
 * owed: a bad file changes nothing. Which stored version is current is decided by provenance
 * (list-current.ts), not by import order: "unchanged" means the same publication (publisher,
 * publication date and content) is already stored.
 */
import { createHash } from 'node:crypto';
import {
  authorise,
  DomainError,
  sha256Hex,
  type ListVersionView,
  type ParsedList,
  type Principal,
} from '@dualuse/core';
import { LIST_FORMATS, parseListFile, type ListFormat } from '@dualuse/core/screening';
import {
  checkCandidate,
  datePublication,
  newestOf,
  sourceRoleOf,
  type Finding,
  type PublicationDate,
} from '@dualuse/core/screening';
import {
  allListPins,
  allListVersions,
  findPublication,
  inTenant,
  insertListVersion,
  type ListVersionRow,
  type Orm,
} from '@dualuse/store';
import { actorOf, sqlState, type AppContext } from '../common';
import { record } from '../audit/log';
import { computeVersionDiff, summarise, type DiffSummary } from './diff';
import { currentVersions, queueRescreen, withFacts } from './current';
import { entryHash, listVersionView } from './view';

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
  requestId: string | null = null,
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
  const results = await writeVersions(ctx, async (tx) => {
    const out: ImportResult[] = [];
    const refused: Finding[] = [];
    const pins = await allListPins(tx);
    const stored = await allListVersions(tx);
    const before = new Map((await currentVersions(tx, stored, pins)).map((c) => [c.list, c.version]));
    const added = new Map<string, ListVersionRow[]>();
    for (const [i, list] of parsed.entries()) {
      const dating = dates[i]!;
      const role = sourceRoleOf(list.format);
      const hashed = list.entries.map((entry) => ({ entry, hash: entryHash(entry) }));
      const contentHash = sha256Hex(
        `${list.list}\n${hashed
          .map((h) => `${h.entry.sourceId}:${h.hash}`)
          .sort()
          .join('\n')}`,
      );
      const existing = await findPublication(tx, {
        list: list.list,
        publisher: list.publisher,
        contentHash,
        publishedAt: dating.publishedAt,
      });
      const previous = before.get(list.list) ?? null;
      let version = existing;
      const accepted: string[] = [];
      if (!version) {
        const baseline = newestOf(stored.filter((v) => v.list === list.list && v.sourceRole === role).map(withFacts));
        for (const f of checkCandidate(
          {
            list: list.list,
            publishedAt: dating.publishedAt,
            entryCount: list.entries.length,
            declaredCount: list.declaredCount,
          },
          baseline,
          ctx.config.DUALUSE_LIST_MAX_SHRINK,
        )) {
          const overridden =
            f.overridable && ((f.check === 'shrink' && o.acceptShrink) || (f.check === 'older' && o.allowOlder));
          if (overridden) accepted.push(`${f.message} - accepted: ${o.reason}`);
          else refused.push(f);
        }
        const seen = new Set<string>();
        for (const h of hashed) {
          if (seen.has(h.entry.sourceId))
            throw new DomainError(
              'invalid_input',
              `${list.list}: entry id ${h.entry.sourceId} occurs twice in the file; nothing was imported`,
            );
          seen.add(h.entry.sourceId);
        }
        if (refused.length) continue;
        version = await insertListVersion(
          tx,
          {
            list: list.list,
            title: list.title,
            publisher: list.publisher,
            format: list.format,
            publishedAt: dating.publishedAt,
            dateSource: dating.source,
            publishedBasis: dating.basis,
            sourceRole: role,
            declaredCount: list.declaredCount ?? null,
            contentHash,
            entryCount: list.entries.length,
            sourceFiles: sources,
            warnings: list.warnings,
            importedAt: ctx.now(),
            importedBy: actorOf(p),
          },
          hashed.map((h) => ({
            sourceId: h.entry.sourceId,
            entryHash: h.hash,
            type: h.entry.type,
            name: h.entry.names[0]?.full ?? '',
            entry: h.entry,
          })),
        );
        added.set(list.list, [...(added.get(list.list) ?? []), version]);
      }
      const diff = !existing && previous ? await computeVersionDiff(tx, previous.id, version.id) : null;
      out.push({
        list: list.list,
        status: existing ? 'unchanged' : 'imported',
        version: listVersionView(version),
        previousVersionId: previous?.id ?? null,
        diff: diff && summarise(diff),
        current: false,
        currentVersionId: '',
        currentReason: '',
        accepted,
      });
    }
    if (refused.length)
      throw new DomainError('invalid_input', `${refused.map((f) => f.message).join('\n')}\nnothing was imported`, {
        checks: refused.map((f) => f.check),
      });
    const after = await currentVersions(tx, [...stored, ...[...added.values()].flat()], pins);
    for (const list of new Set(out.map((r) => r.list))) {
      const now = after.find((c) => c.list === list)!;
      const prev = before.get(list)?.id ?? null;
      // The current version changed (a new publication, or a re-import that restores one): re-screen, durably.
      if (prev !== now.version.id)
        await queueRescreen(tx, list, prev, now.version.id, `import of ${files.map((f) => f.name).join(', ')}`);
      for (const r of out.filter((x) => x.list === list))
        Object.assign(r, {
          current: now.version.id === r.version.id,
          currentVersionId: now.version.id,
          currentReason: now.reason,
        });
    }
    return out;
  });
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
      requestId,
    }),
  );
  return results;
}

/**
 * One transaction; a concurrent import of the same publication (the unique publication index) is a conflict, not a
 * crash.
 */
async function writeVersions<T>(ctx: AppContext, fn: (tx: Orm) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.orm.transaction((tx) => fn(tx as unknown as Orm));
  } catch (error) {
    if (sqlState(error) === '23505')
      throw new DomainError(
        'conflict',
        'the same publication of this list was stored by a concurrent import; nothing was imported - run the import again to see its status',
      );
    throw error;
  }
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
