/**
 * Database errors as the adapters may show and log them. A failed query's error (drizzle's
 * DrizzleQueryError) carries the SQL text and every parameter — party names, addresses, whole
 * rows — and PostgreSQL's `detail` repeats key values: none of that may reach a log line or a
 * CLI message. `safeError` keeps the kind, the SQLSTATE, the constraint/table/column names and a
 * message with quoted values cut out; `domainErrorFromDb` turns the SQLSTATEs that mean "bad
 * input" or "concurrent change" into the precise error kinds (400/exit 2, 409/exit 5).
 */
import { DomainError } from '@dualuse/core';

interface PgLike {
  code?: string;
  message?: string;
  constraint?: string;
  table?: string;
  column?: string;
  cause?: unknown;
  name?: string;
}

/** The PostgreSQL error inside a driver/ORM error, if any (PGlite and node-postgres both set `code`). */
function pgError(e: unknown): PgLike | undefined {
  for (let cur = e as PgLike | undefined, depth = 0; cur && depth < 5; cur = cur.cause as PgLike | undefined, depth++) {
    if (typeof cur.code === 'string' && /^[0-9A-Z]{5}$/.test(cur.code)) return cur;
  }
  return undefined;
}

/** "...: \"value\"" and "Key (col)=(value)" shapes hold data; SQL text and parameters are dropped whole. */
const dropQuery = (m: string) => m.replace(/Failed query:[\s\S]*$/, 'failed query (SQL and parameters not shown)');
const redact = (m: string) =>
  dropQuery(m)
    .replace(/"[^"]*"/g, (q) => (/^"[a-z_][a-z0-9_]*"$/.test(q) ? q : '"…"'))
    .replace(/=\([^)]*\)/g, '=(…)')
    .slice(0, 300);

/** A log-safe description of any error: no SQL, no parameters, no row values. */
export function safeError(e: unknown): {
  type: string;
  message: string;
  sqlState?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string;
} {
  const pg = pgError(e);
  const type = e instanceof Error ? e.constructor.name : typeof e;
  const frames =
    e instanceof Error && e.stack
      ? e.stack
          .split('\n')
          .filter((l) => /^\s+at /.test(l))
          .slice(0, 12)
          .join('\n')
      : undefined;
  if (pg) {
    return {
      type,
      message: redact(pg.message ?? ''),
      sqlState: pg.code,
      ...(pg.constraint ? { constraint: pg.constraint } : {}),
      ...(pg.table ? { table: pg.table } : {}),
      ...(pg.column ? { column: pg.column } : {}),
      ...(frames ? { stack: frames } : {}),
    };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { type, message: dropQuery(message).slice(0, 2000), ...(frames ? { stack: frames } : {}) };
}

/**
 * SQLSTATE classes (PostgreSQL manual, Appendix A): 22021 character_not_in_repertoire and 22P05
 * untranslatable_character (a NUL in text / jsonb) are bad input; 23505 unique_violation is a
 * duplicate; 40001 serialization_failure and 40P01 deadlock_detected are a concurrent change.
 */
export function domainErrorFromDb(e: unknown): DomainError | undefined {
  const pg = pgError(e);
  switch (pg?.code) {
    case '22021':
    case '22P05':
      return new DomainError(
        'invalid_input',
        'a text value contains a character the database cannot store (NUL, U+0000)',
      );
    case '23505':
      return new DomainError(
        'conflict',
        `already exists (a concurrent or repeated request; unique constraint ${pg.constraint ?? 'unknown'})`,
      );
    case '40001':
    case '40P01':
      return new DomainError('conflict', 'a concurrent change conflicted with this one; retry');
    default:
      return undefined;
  }
}
