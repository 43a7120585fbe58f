import { conflict, DomainError, type AuditActor, type Principal } from '@dualuse/core';
import type { AppContext } from './context';

export type { AppContext };

/** How a principal appears in the audit log. */
export function actorOf(p: Principal): AuditActor {
  const type = p.via === 'session' ? 'user' : p.via;
  return { type, id: p.userId ?? p.credentialId, name: p.displayName, role: p.role };
}

/** PostgreSQL SQLSTATE of an error, looking through drizzle's wrapper (`cause`). */
export function sqlState(error: unknown): string | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** Turns a unique-constraint violation into a conflict the caller can act on. */
export async function uniquely<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (sqlState(error) === '23505') throw conflict(`${what} already exists`);
    throw error;
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
