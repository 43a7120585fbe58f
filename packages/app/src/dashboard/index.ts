/**
 * The dashboard: the state of the data a decision rests on (restricted-party lists with their
 * dates and staleness, control-list versions per jurisdiction, the EAR country tables) and the
 * work waiting (open hits, open diversion alerts, open cases, undecided licence applications,
 * silent devices). Each part is read through the capability's own use case, so the caller's role
 * decides what it sees: a part the role may not read is `null`, never an empty list.
 */
import { DomainError, type Principal } from '@dualuse/core';
import { silenceAlert } from '@dualuse/core/tracking';
import { listApplications } from '../coalition/index';
import type { AppContext } from '../common';
import { getControlVersions, type ControlVersionView } from '../controls/index';
import { getDevices } from '../devices/index';
import { listAlerts, listCases } from '../diversion/index';
import { currentListVersions, getListVersions } from '../lists/index';
import { regulationVersions, type RegulationVersionView } from '../regulations/index';
import { getHits, staleLists } from '../screening/index';

/** Counts stop at this many rows; `capped` says the true number may be higher. */
export const DASHBOARD_COUNT_LIMIT = 1000;

export interface Tally {
  count: number;
  capped: boolean;
}

export interface DashboardList {
  list: string;
  title: string;
  publisher: string;
  publishedAt: string | null;
  importedAt: string;
  entryCount: number;
  /** Days since publication (or null when the date is unknown). */
  ageDays: number | null;
  /** Why screening refuses this version as too old, or null when it is fresh enough. */
  stale: string | null;
}

export interface Dashboard {
  asOf: string;
  lists: { maxAgeDays: number; current: DashboardList[] } | null;
  /** The newest imported version of each control list. */
  controls: ControlVersionView[] | null;
  regulations: RegulationVersionView | 'none' | null;
  work: {
    openHits: Tally | null;
    openAlerts: Tally | null;
    openCases: Tally | null;
    applications: { sent: Tally; received: Tally } | null;
    devices: { total: number; silent: number } | null;
  };
}

/** Runs one part if the role may read it; a refusal (forbidden) becomes null, anything else is an error. */
async function part<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'forbidden') return null;
    throw e;
  }
}

const tally = (rows: readonly unknown[], limit = DASHBOARD_COUNT_LIMIT): Tally => ({
  count: rows.length,
  capped: rows.length >= limit,
});

async function listsPart(ctx: AppContext, p: Principal): Promise<Dashboard['lists']> {
  const overview = await getListVersions(ctx, p); // authorises lists:read
  const rows = await currentListVersions(ctx.db.orm);
  const now = ctx.now().getTime();
  const current = overview.latest.map((v): DashboardList => {
    const row = rows.find((r) => r.id === v.id);
    return {
      list: v.list,
      title: v.title,
      publisher: v.publisher,
      publishedAt: v.publishedAt,
      importedAt: v.importedAt,
      entryCount: v.entryCount,
      ageDays: v.publishedAt ? Math.floor((now - Date.parse(v.publishedAt)) / 86_400_000) : null,
      stale: row ? (staleLists(ctx, [row])[0] ?? null) : null,
    };
  });
  return { maxAgeDays: ctx.config.DUALUSE_LIST_MAX_AGE_DAYS, current };
}

/** Newest version per list (versions come newest effective date first). */
async function controlsPart(ctx: AppContext, p: Principal): Promise<ControlVersionView[]> {
  const newest = new Map<string, ControlVersionView>();
  for (const v of await getControlVersions(ctx, p)) if (!newest.has(v.list)) newest.set(v.list, v);
  return [...newest.values()];
}

async function regulationsPart(ctx: AppContext, p: Principal): Promise<RegulationVersionView | 'none'> {
  const versions = await regulationVersions(ctx, p);
  return versions.reduce<RegulationVersionView | 'none'>(
    (best, v) => (best === 'none' || v.contentDate > best.contentDate ? v : best),
    'none',
  );
}

async function applicationsPart(ctx: AppContext, p: Principal) {
  const undecided = (rows: { decision: unknown }[]) =>
    tally(
      rows.filter((r) => r.decision == null),
      Infinity,
    );
  return {
    sent: undecided(await listApplications(ctx, p, { side: 'applicant' })),
    received: undecided(await listApplications(ctx, p, { side: 'agency' })),
  };
}

async function devicesPart(ctx: AppContext, p: Principal) {
  const devices = await getDevices(ctx, p);
  const now = ctx.now();
  const silent = devices.filter((d) =>
    silenceAlert(
      { lastSeenAt: d.lastHeartbeatAt ?? d.createdAt, heartbeatHours: d.heartbeatHours, graceHours: d.graceHours },
      now,
    ),
  );
  return { total: devices.length, silent: silent.length };
}

export async function getDashboard(ctx: AppContext, p: Principal): Promise<Dashboard> {
  const limit = DASHBOARD_COUNT_LIMIT;
  return {
    asOf: ctx.now().toISOString(),
    lists: await part(() => listsPart(ctx, p)),
    controls: await part(() => controlsPart(ctx, p)),
    regulations: await part(() => regulationsPart(ctx, p)),
    work: {
      openHits: await part(async () => tally(await getHits(ctx, p, { status: 'open', limit }))),
      openAlerts: await part(async () => tally((await listAlerts(ctx, p, { status: 'open', limit })).alerts)),
      openCases: await part(async () => tally(await listCases(ctx, p, { status: 'open', limit }))),
      applications: await part(() => applicationsPart(ctx, p)),
      devices: await part(() => devicesPart(ctx, p)),
    },
  };
}
