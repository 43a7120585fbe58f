/**
 * Who may give a user a credential (API key, password). The two-person rule (device
 * commands, docs/protocol/heartbeat-v1.md §8) counts two *people*; it means nothing if one
 * admin can mint a working key or set a password for a second officer and act as them. So:
 *
 * - Through the API, a credential is created by its owner only: a user issues their own
 *   keys and sets their own password. An admin manages accounts (create, role, disable,
 *   revoke keys) but never holds another user's secret.
 * - A new account's first credential is delivered out of band by the deployment operator,
 *   who runs the CLI with the database's own rights (`dualuse admin create-key`,
 *   `admin create-user --password-stdin`) — a party outside the tenant's admins, and one
 *   who could change the database anyway (which the signed audit checkpoints catch).
 *
 * The first admin of a new tenant is the one exception: `POST /tenants` returns that admin's
 * key once to the operator admin for hand-over (docs/operations.md says how to rotate it).
 */
import { DomainError, type Principal } from '@dualuse/core';

export function mayIssueCredentialFor(p: Principal, userId: string, what: string): void {
  if (p.via === 'cli' || p.via === 'system') return;
  if (p.userId !== null && p.userId === userId) return;
  throw new DomainError(
    'forbidden',
    `${what} is created by its owner: an admin may not issue a usable credential for another user (the two-person rule compares people, so one admin must not be able to act as two). The user signs in and creates it, or the operator delivers a first credential with the CLI (dualuse admin create-key / create-user --password-stdin)`,
    { rule: 'credential-owner' },
  );
}
