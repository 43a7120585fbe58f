/**
 * The in-memory candidate index over the current version of every list, built once per
 * process and rebuilt when a list version changes. Screening fails closed: no lists, a
 * requested list missing, or a list older than DUALUSE_LIST_MAX_AGE_DAYS is an error,
 * never an empty (and falsely clean) result.
 */
import { DomainError, type ListEntry } from '@dualuse/core';
import { InMemoryCandidateIndex, Screener } from '@dualuse/core/matching';
import { entriesOfVersion, type Database, type ListVersionRow } from '@dualuse/store';
import { currentListVersions } from '../lists/current';
import type { AppContext } from '../common';
import { loadJapaneseReadings } from '../japanese';
import { isTenantList } from './list-kinds';

interface Cached {
  key: string;
  screener: Screener;
  versions: ListVersionRow[];
}

const cache = new WeakMap<Database, Cached>();
const building = new WeakMap<Database, Promise<Cached>>();

async function build(ctx: AppContext, versions: ListVersionRow[], key: string): Promise<Cached> {
  const db = ctx.db;
  // Readings are computed while indexing, so the dictionary must be there first.
  if (ctx.config.DUALUSE_JAPANESE_READINGS) await loadJapaneseReadings();
  const lists = [];
  for (const v of versions) {
    const rows = await entriesOfVersion(db.orm, v.id);
    lists.push({ list: v.list, listVersion: v.id, entries: rows.map((r) => r.entry as ListEntry) });
  }
  return { key, versions, screener: new Screener(new InMemoryCandidateIndex(lists)) };
}

export interface ScreeningData {
  screener: Screener;
  versions: ListVersionRow[];
}

/** The current list versions screening would use, with the same fail-closed checks, without building the index. */
export async function screeningVersions(ctx: AppContext, asked?: string[]): Promise<ListVersionRow[]> {
  // Tenant-scoped lists (list-kinds.ts) are loaded per run, not published versions.
  const published = asked?.filter((l) => !isTenantList(l));
  const only = published?.length ? published : undefined;
  const versions = await currentListVersions(ctx.db.orm);
  if (versions.length === 0) {
    throw new DomainError(
      'unavailable',
      'no restricted-party list is loaded: screening would find nothing. Import lists with `dualuse lists import <file>` or `dualuse lists sync`',
    );
  }
  const missing = (only ?? []).filter((l) => !versions.some((v) => v.list === l));
  if (missing.length)
    throw new DomainError(
      'unavailable',
      `list(s) not loaded: ${missing.join(', ')} (loaded: ${versions.map((v) => v.list).join(', ')})`,
    );
  const stale = staleLists(
    ctx,
    versions.filter((v) => !asked?.length || (published ?? []).includes(v.list)),
  );
  if (stale.length)
    throw new DomainError(
      'unavailable',
      `${stale.join('; ')}; import a current version, or raise DUALUSE_LIST_MAX_AGE_DAYS knowingly`,
    );
  return versions;
}

export async function screeningData(ctx: AppContext, only?: string[]): Promise<ScreeningData> {
  const versions = await screeningVersions(ctx, only);
  const key = versions.map((v) => v.id).join(',');
  let cached = cache.get(ctx.db);
  if (!cached || cached.key !== key) {
    let pending = building.get(ctx.db);
    if (!pending) {
      pending = build(ctx, versions, key);
      building.set(ctx.db, pending);
    }
    try {
      cached = await pending;
    } finally {
      building.delete(ctx.db);
    }
    cache.set(ctx.db, cached);
  }
  return { screener: cached.screener, versions: cached.versions };
}

/**
 * Lists too old to screen against: older than DUALUSE_LIST_MAX_AGE_DAYS by their publication
 * date (stated, or the newest entry date of an undated format), or of unknown date - an
 * unknown date cannot be shown to be fresh, so it fails closed (0 turns the check off).
 */
export function staleLists(ctx: AppContext, versions: ListVersionRow[]): string[] {
  const maxDays = ctx.config.DUALUSE_LIST_MAX_AGE_DAYS;
  if (maxDays === 0) return [];
  const now = ctx.now().getTime();
  return versions.flatMap((v) => {
    if (!v.publishedAt)
      return [
        `${v.list}: publication date unknown (the file states none and no entry is dated; re-import with --published-at)`,
      ];
    const days = Math.floor((now - new Date(v.publishedAt).getTime()) / 86_400_000);
    return days > maxDays
      ? [
          `${v.list} published ${v.publishedAt} (${v.publishedBasis ?? 'stated by the file'}) is ${days} days old, more than ${maxDays}`,
        ]
      : [];
  });
}
