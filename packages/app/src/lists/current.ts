/**
 * Which version of each list is current (core/screening/lifecycle.ts decides: the operator's
 * pin, else the newest publication of the list's own publisher), and the operator's pins.
 * Changing the current version of a list records a durable re-screen job in the same
 * transaction (list-rescreen.ts runs it).
 */
import { authorise, DomainError, notFound, type Principal } from '@dualuse/core';
import {
  chooseCurrent,
  type CurrentChoice,
  type DateSource,
  type SourceRole,
  type VersionFacts,
} from '@dualuse/core/screening';
import {
  allListPins,
  allListVersions,
  deleteListPin,
  findListVersion,
  inTenant,
  insertRescreenJob,
  upsertListPin,
  type ListPinRow,
  type ListVersionRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';

export type VersionWithFacts = ListVersionRow & VersionFacts;

export const dateSourceOf = (v: ListVersionRow): DateSource =>
  (v.dateSource as DateSource | null) ?? (v.publishedAt ? 'stated' : 'unknown');

export const withFacts = (v: ListVersionRow): VersionWithFacts =>
  ({
    ...v,
    sourceRole: v.sourceRole as SourceRole,
    importedAt: v.importedAt.toISOString(),
  }) as unknown as VersionWithFacts;

export interface CurrentVersion {
  list: string;
  version: ListVersionRow;
  rule: CurrentChoice<VersionFacts>['rule'];
  reason: string;
  pinned: boolean;
}

const pinOf = (pin: ListPinRow | undefined) =>
  pin && {
    versionId: pin.versionId,
    reason: pin.reason,
    pinnedBy: String(
      (pin.pinnedBy as { name?: string; id?: string }).name ?? (pin.pinnedBy as { id?: string }).id ?? 'operator',
    ),
  };

/** The current version of every list, with the rule that made it current. */
export async function currentVersions(
  orm: Orm,
  all?: ListVersionRow[],
  pins?: ListPinRow[],
): Promise<CurrentVersion[]> {
  const versions = all ?? (await allListVersions(orm));
  const pinByList = new Map((pins ?? (await allListPins(orm))).map((p) => [p.list, p]));
  const byList = new Map<string, ListVersionRow[]>();
  for (const v of versions) byList.set(v.list, [...(byList.get(v.list) ?? []), v]);
  const out: CurrentVersion[] = [];
  for (const [list, vs] of [...byList].sort(([a], [b]) => a.localeCompare(b))) {
    const choice = chooseCurrent(vs.map(withFacts), pinOf(pinByList.get(list)));
    if (!choice) continue;
    const version = vs.find((v) => v.id === choice.version.id)!;
    out.push({ list, version, rule: choice.rule, reason: choice.reason, pinned: choice.rule === 'pinned' });
  }
  return out;
}

export const currentListVersions = async (orm: Orm): Promise<ListVersionRow[]> =>
  (await currentVersions(orm)).map((c) => c.version);

/** Records the re-screen owed when a list's current version changed; call inside the changing transaction. */
export async function queueRescreen(
  tx: Orm,
  { list, from, to, cause }: { list: string; from: string | null; to: string; cause: string },
): Promise<void> {
  if (from === to) return;
  await insertRescreenJob(tx, { list, fromVersionId: from, toVersionId: to, cause });
}

async function changeCurrent(
  ctx: AppContext,
  list: string,
  cause: string,
  change: (tx: Orm) => Promise<void>,
): Promise<CurrentVersion> {
  return ctx.db.orm.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Orm;
    const before = (await currentVersions(tx)).find((c) => c.list === list);
    await change(tx);
    const after = (await currentVersions(tx)).find((c) => c.list === list);
    if (!after) throw notFound(`list ${list}`);
    await queueRescreen(tx, { list, from: before?.version.id ?? null, to: after.version.id, cause });
    return after;
  });
}

/** Why the operator pins or unpins, and the HTTP request that asked (audited). */
interface PinChange {
  reason: string;
  requestId?: string | null | undefined;
}

/** The operator fixes the version a list uses, whatever its provenance, until unpinned. Audited. */
export async function pinListVersion(
  ctx: AppContext,
  p: Principal,
  { versionId, reason, requestId = null }: PinChange & { versionId: string },
): Promise<CurrentVersion> {
  authorise(p, 'lists:import');
  if (!reason.trim()) throw new DomainError('invalid_input', 'a pin needs a reason (--reason)');
  const version = await findListVersion(ctx.db.orm, versionId);
  if (!version) throw notFound(`list version ${versionId}`);
  const after = await changeCurrent(ctx, version.list, `pinned by ${actorOf(p).name}: ${reason}`, (tx) =>
    upsertListPin(tx, { list: version.list, versionId, reason, pinnedBy: actorOf(p), pinnedAt: ctx.now() }),
  );
  await audit(ctx, p, {
    action: 'lists.pin',
    details: { list: version.list, versionId, reason, current: after.version.id },
    requestId,
  });
  return after;
}

export async function unpinList(
  ctx: AppContext,
  p: Principal,
  { list, reason, requestId = null }: PinChange & { list: string },
): Promise<CurrentVersion> {
  authorise(p, 'lists:import');
  if (!reason.trim()) throw new DomainError('invalid_input', 'unpinning needs a reason (--reason)');
  const after = await changeCurrent(ctx, list, `unpinned by ${actorOf(p).name}: ${reason}`, async (tx) => {
    if (!(await deleteListPin(tx, list))) throw notFound(`a pin on list ${list}`);
  });
  await audit(ctx, p, {
    action: 'lists.unpin',
    details: { list, reason, current: after.version.id, rule: after.rule },
    requestId,
  });
  return after;
}

const audit = (
  ctx: AppContext,
  p: Principal,
  { action, details, requestId }: { action: string; details: Record<string, string>; requestId: string | null },
) =>
  inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action,
      subject: { type: 'list', id: details.list! },
      details,
      inputVersions: { [details.list!]: details.current! },
      requestId,
    }),
  );
