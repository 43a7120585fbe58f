/**
 * Disable / enable commands under the two-person rule (docs/protocol/heartbeat-v1.md §8):
 * an officer proposes, a different officer approves, and only then is the command signed
 * with the tenant's agency key. Delivery and acknowledgement happen in the heartbeat path.
 */
import { authorise, conflict, DomainError, invalidInput, notFound, type Principal } from '@dualuse/core';
import { MESSAGE_TYPES, signMessage, twoPersonApprovers, type Command, type Signed } from '@dualuse/core/tracking';
import {
  findAgencyKey,
  findCommand,
  findDevice,
  inTenant,
  insertAgencyKey,
  insertCommand,
  listCommandRows,
  updateCommand,
  type CommandRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { newKeyPair } from './crypto';

export const commandView = (c: CommandRow) => ({
  id: c.id,
  deviceId: c.deviceId,
  action: c.action as 'disable' | 'enable',
  reason: c.reason,
  status: c.status as 'proposed' | 'approved' | 'delivered' | 'acknowledged' | 'cancelled',
  proposedBy: c.proposedBy,
  proposedAt: c.proposedAt.toISOString(),
  approvedBy: c.approvedBy,
  approvedAt: c.approvedAt?.toISOString() ?? null,
  signedCommand: (c.signedCommand ?? null) as Signed<Command> | null,
  deliveredAt: c.deliveredAt?.toISOString() ?? null,
  acknowledgedAt: c.acknowledgedAt?.toISOString() ?? null,
});
export type CommandView = ReturnType<typeof commandView>;

export const OPEN_COMMAND_STATUSES = ['proposed', 'approved', 'delivered'] as const;

/** The tenant's agency key, created on first use (inside the tenant's transaction). */
async function agencyKey(tx: Orm, tenantId: string): Promise<{ publicKey: string; seed: string }> {
  const existing = await findAgencyKey(tx);
  if (existing) return existing;
  const pair = newKeyPair();
  // A concurrent first use may win the insert; both then read the one stored key.
  await insertAgencyKey(tx, { tenantId, publicKey: pair.publicKey, seed: pair.seed });
  return (await findAgencyKey(tx))!;
}

export async function agencyPublicKey(tx: Orm, tenantId: string): Promise<string> {
  return (await agencyKey(tx, tenantId)).publicKey;
}

export const getCommandRows = listCommandRows;

/**
 * The two-person rule compares authenticated people: the user behind a session or an API key
 * that user created (api-keys.ts refuses keys minted by an admin for someone else). A CLI
 * principal is the operator's OS account and proves no officer's identity, so it cannot take
 * either side (`--as` in the CLI authenticates the officer's own API key).
 */
export function namedOfficer(p: Principal): string {
  if (!p.userId || (p.via !== 'session' && p.via !== 'api_key')) {
    throw invalidInput(
      "the two-person rule needs named officers who authenticated themselves: act as a user with their own session or API key (in the CLI, --as <email> with that officer's key in DUALUSE_API_KEY)",
    );
  }
  return p.userId;
}

export interface CommandProposal {
  action: 'disable' | 'enable';
  reason: string;
  requestId?: string | null | undefined;
}

export async function proposeCommand(
  ctx: AppContext,
  p: Principal,
  deviceId: string,
  input: CommandProposal,
): Promise<CommandView> {
  authorise(p, 'devices:command');
  const officer = namedOfficer(p);
  return inTenant(ctx.db, p.tenantId, async (tx) => proposeIn(tx, ctx, { p, officer }, { ...input, deviceId }));
}

/**
 * The proposal inside the caller's transaction (an accepted re-enable request proposes its enable command in the
 * same transaction as its decision: requests.ts). The proposer counts as the first of the two officers.
 */
export async function proposeIn(
  tx: Orm,
  ctx: AppContext,
  who: { p: Principal; officer: string },
  input: CommandProposal & { deviceId: string },
): Promise<CommandView> {
  const { deviceId } = input;
  const device = await findDevice(tx, deviceId, true);
  if (!device) throw notFound(`device ${deviceId}`);
  const open = await listCommandRows(tx, { deviceId, status: OPEN_COMMAND_STATUSES, limit: 1 });
  if (open.length)
    throw conflict(
      `device ${device.serial} already has an open ${open[0]!.action} command (${open[0]!.id}, ${open[0]!.status})`,
    );
  const row = await insertCommand(tx, {
    tenantId: who.p.tenantId,
    deviceId,
    action: input.action,
    reason: input.reason,
    proposedBy: who.officer,
    proposedAt: ctx.now(),
  });
  await record(tx, ctx, who.p, {
    action: 'device.command.propose',
    subject: { type: 'device', id: deviceId },
    details: { commandId: row.id, action: input.action, reason: input.reason },
    requestId: input.requestId ?? null,
  });
  return commandView(row);
}

export async function approveCommand(
  ctx: AppContext,
  p: Principal,
  commandId: string,
  requestId: string | null = null,
): Promise<CommandView> {
  authorise(p, 'devices:approve');
  const officer = namedOfficer(p);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await findCommand(tx, commandId, true);
    if (!row) throw notFound(`command ${commandId}`);
    if (row.status !== 'proposed') throw conflict(`command ${commandId} is ${row.status}, not awaiting approval`);
    const approvers = twoPersonApprovers(row.proposedBy, [officer]);
    if (!approvers)
      throw new DomainError(
        'forbidden',
        'two-person rule: the officer who proposed a command cannot approve it; a different officer must',
      );
    const now = ctx.now();
    const key = await agencyKey(tx, p.tenantId);
    const signed = signMessage<Command>(
      {
        type: MESSAGE_TYPES.command,
        commandId,
        deviceId: row.deviceId,
        action: row.action as Command['action'],
        issuedAt: now.toISOString(),
        approvedBy: approvers,
      },
      key.seed,
    );
    const after = await updateCommand(tx, commandId, {
      status: 'approved',
      approvedBy: officer,
      approvedAt: now,
      signedCommand: signed,
    });
    await record(tx, ctx, p, {
      action: 'device.command.approve',
      subject: { type: 'device', id: row.deviceId },
      details: {
        commandId,
        action: row.action,
        approvedBy: approvers,
        signature: signed.signature,
        agencyKey: key.publicKey,
      },
      requestId,
    });
    return commandView(after!);
  });
}

export async function cancelCommand(
  ctx: AppContext,
  p: Principal,
  commandId: string,
  requestId: string | null = null,
): Promise<CommandView> {
  authorise(p, 'devices:command');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await findCommand(tx, commandId, true);
    if (!row) throw notFound(`command ${commandId}`);
    if (row.status !== 'proposed')
      throw conflict(`only a proposed command can be cancelled; ${commandId} is ${row.status}`);
    const after = await updateCommand(tx, commandId, { status: 'cancelled' });
    await record(tx, ctx, p, {
      action: 'device.command.cancel',
      subject: { type: 'device', id: row.deviceId },
      details: { commandId },
      requestId,
    });
    return commandView(after!);
  });
}

export async function getCommands(
  ctx: AppContext,
  p: Principal,
  q: { deviceId?: string; status?: string[]; limit: number },
): Promise<CommandView[]> {
  authorise(p, 'devices:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listCommandRows(tx, q)).map(commandView));
}
