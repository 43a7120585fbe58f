/**
 * The write half of a list import: in one transaction, each parsed list is stored as a new version (unless the same
 * publication is already stored) after its sanity checks, then the current version of each list is decided again and
 * the re-screens that change makes owed are queued.
 */
import { DomainError, sha256Hex, type ListEntry, type ParsedList, type Principal } from '@dualuse/core';
import { checkCandidate, newestOf, sourceRoleOf, type Finding, type PublicationDate } from '@dualuse/core/screening';
import {
  allListPins,
  allListVersions,
  findPublication,
  insertListVersion,
  type ListVersionRow,
  type Orm,
} from '@dualuse/store';
import { actorOf, sqlState, type AppContext } from '../common';
import { computeVersionDiff, summarise } from './diff';
import { currentVersions, queueRescreen, withFacts, type CurrentVersion } from './current';
import type { ImportResult, ListImportOptions, SourceFile } from './import';
import { entryHash, listVersionView } from './view';

/** One import: who asked, with which overrides, and the parsed and dated lists of its files. */
export interface ImportRun {
  ctx: AppContext;
  p: Principal;
  o: ListImportOptions;
  parsed: ParsedList[];
  dates: PublicationDate[];
  files: SourceFile[];
  sources: { name: string; bytes: number; sha256: string }[];
}

/** What the transaction has seen and done so far. */
interface Progress {
  stored: ListVersionRow[];
  before: Map<string, ListVersionRow>;
  added: Map<string, ListVersionRow[]>;
  refused: Finding[];
  out: ImportResult[];
}

type Hashed = { entry: ListEntry; hash: string }[];

export async function storeLists(tx: Orm, run: ImportRun): Promise<ImportResult[]> {
  const pins = await allListPins(tx);
  const stored = await allListVersions(tx);
  const before = new Map((await currentVersions(tx, stored, pins)).map((c) => [c.list, c.version]));
  const st: Progress = { stored, before, added: new Map(), refused: [], out: [] };
  for (const i of run.parsed.keys()) await storeList(tx, run, st, i);
  if (st.refused.length)
    throw new DomainError('invalid_input', `${st.refused.map((f) => f.message).join('\n')}\nnothing was imported`, {
      checks: st.refused.map((f) => f.check),
    });
  const after = await currentVersions(tx, [...stored, ...[...st.added.values()].flat()], pins);
  for (const list of new Set(st.out.map((r) => r.list)))
    await settleCurrent(
      tx,
      run,
      st,
      after.find((c) => c.list === list)!,
    );
  return st.out;
}

async function storeList(tx: Orm, run: ImportRun, st: Progress, i: number): Promise<void> {
  const list = run.parsed[i]!;
  const dating = run.dates[i]!;
  const hashed: Hashed = list.entries.map((entry) => ({ entry, hash: entryHash(entry) }));
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
  const previous = st.before.get(list.list) ?? null;
  let version = existing;
  const accepted: string[] = [];
  if (!version) {
    accepted.push(...checkList(run, st, list, dating));
    refuseRepeatedIds(list, hashed);
    if (st.refused.length) return;
    version = await insertListVersion(tx, versionRow(run, { list, dating, contentHash }), entryRows(hashed));
    st.added.set(list.list, [...(st.added.get(list.list) ?? []), version]);
  }
  const diff = !existing && previous ? await computeVersionDiff(tx, previous.id, version.id) : null;
  st.out.push({
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

/** The sanity checks against the newest stored version of the same provenance; returns the overrides accepted. */
function checkList(run: ImportRun, st: Progress, list: ParsedList, dating: PublicationDate): string[] {
  const { o } = run;
  const role = sourceRoleOf(list.format);
  const baseline = newestOf(st.stored.filter((v) => v.list === list.list && v.sourceRole === role).map(withFacts));
  const accepted: string[] = [];
  for (const f of checkCandidate(
    {
      list: list.list,
      publishedAt: dating.publishedAt,
      entryCount: list.entries.length,
      declaredCount: list.declaredCount,
    },
    baseline,
    run.ctx.config.DUALUSE_LIST_MAX_SHRINK,
  )) {
    const overridden =
      f.overridable && ((f.check === 'shrink' && o.acceptShrink) || (f.check === 'older' && o.allowOlder));
    if (overridden) accepted.push(`${f.message} - accepted: ${o.reason}`);
    else st.refused.push(f);
  }
  return accepted;
}

function refuseRepeatedIds(list: ParsedList, hashed: Hashed): void {
  const seen = new Set<string>();
  for (const h of hashed) {
    if (seen.has(h.entry.sourceId))
      throw new DomainError(
        'invalid_input',
        `${list.list}: entry id ${h.entry.sourceId} occurs twice in the file; nothing was imported`,
      );
    seen.add(h.entry.sourceId);
  }
}

function versionRow(
  { ctx, p, sources }: ImportRun,
  { list, dating, contentHash }: { list: ParsedList; dating: PublicationDate; contentHash: string },
) {
  return {
    list: list.list,
    title: list.title,
    publisher: list.publisher,
    format: list.format,
    publishedAt: dating.publishedAt,
    dateSource: dating.source,
    publishedBasis: dating.basis,
    sourceRole: sourceRoleOf(list.format),
    declaredCount: list.declaredCount ?? null,
    contentHash,
    entryCount: list.entries.length,
    sourceFiles: sources,
    warnings: list.warnings,
    importedAt: ctx.now(),
    importedBy: actorOf(p),
  };
}

const entryRows = (hashed: Hashed) =>
  hashed.map((h) => ({
    sourceId: h.entry.sourceId,
    entryHash: h.hash,
    type: h.entry.type,
    name: h.entry.names[0]?.full ?? '',
    entry: h.entry,
  }));

/** A list's current version after the import: results say so, and a change of current version owes a re-screen. */
async function settleCurrent(tx: Orm, run: ImportRun, st: Progress, now: CurrentVersion): Promise<void> {
  const { list } = now;
  const prev = st.before.get(list)?.id ?? null;
  // The current version changed (a new publication, or a re-import that restores one): re-screen, durably.
  if (prev !== now.version.id)
    await queueRescreen(tx, {
      list,
      from: prev,
      to: now.version.id,
      cause: `import of ${run.files.map((f) => f.name).join(', ')}`,
    });
  for (const r of st.out.filter((x) => x.list === list))
    Object.assign(r, {
      current: now.version.id === r.version.id,
      currentVersionId: now.version.id,
      currentReason: now.reason,
    });
}

/**
 * One transaction; a concurrent import of the same publication (the unique publication index) is a conflict, not a
 * crash.
 */
export async function writeVersions<T>(ctx: AppContext, fn: (tx: Orm) => Promise<T>): Promise<T> {
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
