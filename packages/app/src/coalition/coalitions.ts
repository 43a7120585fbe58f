/**
 * Agencies and coalitions. A tenant registers as an agency (name, country: its refusal criteria
 * follow from the country, core/coalition/criteria.ts); an agency admin founds a coalition and
 * invites agencies; each membership takes effect when the member's own admin accepts it.
 */
import { authorise, DomainError, invalidInput, notFound, type Principal } from '@dualuse/core';
import { country, text } from '@dualuse/core/coalition';
import {
  acceptMembership,
  findAgency,
  findCoalition,
  inTenant,
  insertCoalition,
  insertMember,
  listAgencies,
  listCoalitionRows,
  membersOf,
  removeMember,
  updateCoalition as updateCoalitionRow,
  upsertAgency,
} from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';

/** What an agency may share with a coalition, and the fields it may withhold from what it shares. */
export const SHARE_KINDS = ['denial', 'undercut', 'list_addition', 'indicator'] as const;
export const WITHHOLDABLE = ['reason', 'endUse', 'item', 'addresses'] as const;

export async function registerAgency(ctx: AppContext, p: Principal, input: { name?: unknown; country?: unknown }) {
  authorise(p, 'coalitions:manage');
  const name = text(input.name, '/name', 200);
  const c = country(input.country, '/country');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await upsertAgency(tx, { tenantId: p.tenantId, name, country: c });
    await record(tx, ctx, p, {
      action: 'agency.register',
      subject: { type: 'agency', id: p.tenantId },
      details: { name, country: c },
    });
    return row;
  });
}

export async function agencies(ctx: AppContext, p: Principal) {
  authorise(p, 'coalitions:read');
  return inTenant(ctx.db, p.tenantId, (tx) => listAgencies(tx));
}

export interface CoalitionInput {
  name?: unknown;
  members?: unknown;
  shares?: unknown;
  withheld?: unknown;
  consultationDays?: unknown;
}

const strings = (v: unknown, at: string, allowed: readonly string[]): string[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw invalidInput('expected an array', at);
  return v.map((x, i) => {
    if (typeof x !== 'string' || !allowed.includes(x))
      throw invalidInput(`expected one of ${allowed.join(', ')}`, `${at}/${i}`);
    return x;
  });
};

export async function createCoalition(ctx: AppContext, p: Principal, input: CoalitionInput) {
  authorise(p, 'coalitions:manage');
  const name = text(input.name, '/name', 200);
  const shares = input.shares === undefined ? ['denial', 'undercut'] : strings(input.shares, '/shares', SHARE_KINDS);
  const withheld = strings(input.withheld, '/withheld', WITHHOLDABLE);
  const consultationDays = days(input.consultationDays ?? 30);
  const members = Array.isArray(input.members) ? (input.members as unknown[]) : [];
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    if (!(await findAgency(tx, p.tenantId)))
      throw new DomainError('forbidden', 'register this tenant as an agency before founding a coalition');
    const c = await insertCoalition(tx, {
      tenantId: p.tenantId,
      name,
      shares,
      withheld,
      consultationDays,
    });
    await insertMember(tx, { coalitionId: c.id, memberId: p.tenantId, tenantId: p.tenantId, acceptedAt: ctx.now() });
    for (const [i, m] of members.entries()) {
      const agency = typeof m === 'string' ? await findAgency(tx, m) : undefined;
      if (!agency) throw invalidInput(`not a registered agency`, `/members/${i}`);
      if (agency.tenantId !== p.tenantId)
        await insertMember(tx, { coalitionId: c.id, memberId: agency.tenantId, tenantId: p.tenantId });
    }
    await record(tx, ctx, p, {
      action: 'coalition.create',
      subject: { type: 'coalition', id: c.id },
      details: { name, shares, withheld, consultationDays, invited: members as string[] },
    });
    return c;
  });
}

export interface CoalitionEdit extends Omit<CoalitionInput, 'members'> {
  /** Agencies to invite (tenant ids). */
  invite?: unknown;
  /** Members to remove (tenant ids; never the founder). */
  remove?: unknown;
}

/**
 * The founder edits its coalition: name, what is shared, the fields withheld, the consultation period; invites
 * agencies and removes members. Fields left out stay as they are. An edit applies to records shared from then on
 * (what a partner already read was shared on the terms of the day, and the audit logs say so).
 */
export async function updateCoalition(ctx: AppContext, p: Principal, id: string, input: CoalitionEdit) {
  authorise(p, 'coalitions:manage');
  const set = {
    ...(input.name !== undefined ? { name: text(input.name, '/name', 200) } : {}),
    ...(input.shares !== undefined ? { shares: strings(input.shares, '/shares', SHARE_KINDS) } : {}),
    ...(input.withheld !== undefined ? { withheld: strings(input.withheld, '/withheld', WITHHOLDABLE) } : {}),
    ...(input.consultationDays !== undefined ? { consultationDays: days(input.consultationDays) } : {}),
  };
  const invite = ids(input.invite, '/invite');
  const remove = ids(input.remove, '/remove');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await findCoalition(tx, id);
    if (!c) throw notFound(`coalition ${id}`);
    if (c.tenantId !== p.tenantId) throw new DomainError('forbidden', 'only the founding agency edits a coalition');
    const updated = Object.keys(set).length ? await updateCoalitionRow(tx, id, set) : c;
    const members = await membersOf(tx, id);
    for (const [i, m] of invite.entries()) {
      const agency = await findAgency(tx, m);
      if (!agency) throw invalidInput('not a registered agency', `/invite/${i}`);
      if (!members.some((x) => x.memberId === m))
        await insertMember(tx, { coalitionId: id, memberId: m, tenantId: p.tenantId });
    }
    for (const [i, m] of remove.entries()) {
      if (m === p.tenantId) throw invalidInput('the founder cannot leave its own coalition', `/remove/${i}`);
      if (!(await removeMember(tx, id, m))) throw invalidInput('not a member of this coalition', `/remove/${i}`);
    }
    await record(tx, ctx, p, {
      action: 'coalition.update',
      subject: { type: 'coalition', id },
      details: { ...set, invited: invite, removed: remove },
    });
    return { ...updated!, members: await membersOf(tx, id) };
  });
}

function days(v: unknown): number {
  if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 365)
    throw invalidInput('expected whole days between 1 and 365', '/consultationDays');
  return v as number;
}

function ids(v: unknown, at: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw invalidInput('expected an array of agency ids', at);
  return v.map((x, i) => {
    if (typeof x !== 'string') throw invalidInput('expected an agency id', `${at}/${i}`);
    return x;
  });
}

export async function acceptCoalition(ctx: AppContext, p: Principal, coalitionId: string) {
  authorise(p, 'coalitions:manage');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const m = await acceptMembership(tx, coalitionId, p.tenantId, ctx.now());
    if (!m) throw notFound(`invitation to coalition ${coalitionId}`);
    await record(tx, ctx, p, { action: 'coalition.accept', subject: { type: 'coalition', id: coalitionId } });
    return m;
  });
}

export async function listCoalitions(ctx: AppContext, p: Principal) {
  authorise(p, 'coalitions:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = await listCoalitionRows(tx);
    return Promise.all(rows.map(async (c) => ({ ...c, members: await membersOf(tx, c.id) })));
  });
}

export async function showCoalition(ctx: AppContext, p: Principal, id: string) {
  authorise(p, 'coalitions:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const c = await findCoalition(tx, id);
    if (!c) throw notFound(`coalition ${id}`);
    return { ...c, members: await membersOf(tx, c.id) };
  });
}
