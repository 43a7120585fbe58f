/**
 * Opens the application for one command, runs it, closes it, and turns failures into a
 * message on stderr and an exit code that says what kind of failure it was.
 */
import { ConfigError, domainErrorFromDb, loadConfig, openApp, safeError, type AppContext } from '@dualuse/app';
import { DomainError, type ErrorKind } from '@dualuse/core';

export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  integrity: 3,
  notFound: 4,
  conflict: 5,
  config: 6,
  unavailable: 7,
  forbidden: 8,
  /** A batch was processed but some input rows were invalid: each is reported on its own line. */
  partial: 9,
} as const;

const KIND_EXIT: Record<ErrorKind, number> = {
  invalid_input: EXIT.usage,
  unauthenticated: EXIT.forbidden,
  forbidden: EXIT.forbidden,
  not_found: EXIT.notFound,
  conflict: EXIT.conflict,
  integrity: EXIT.integrity,
  unavailable: EXIT.unavailable,
  rate_limited: EXIT.unavailable,
};

export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export async function withApp<T>(work: (app: AppContext) => Promise<T>): Promise<T> {
  const app = await openApp(loadConfig(), { logFd: 2 });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

export function exitCodeFor(error: unknown): number {
  if (error instanceof ExitError) return error.code;
  if (error instanceof ConfigError) return EXIT.config;
  if (error instanceof DomainError) return KIND_EXIT[error.kind];
  if (error instanceof Error && /is in use by process/.test(error.message)) return EXIT.unavailable;
  return EXIT.error;
}

export function reportError(raw: unknown, json: boolean): number {
  // A database refusal that means bad input or a concurrent change gets its precise kind; any
  // other unexpected error is shown without the failed query's SQL and parameters (row data).
  const error =
    raw instanceof DomainError || raw instanceof ExitError || raw instanceof ConfigError
      ? raw
      : (domainErrorFromDb(raw) ?? raw);
  const code = exitCodeFor(error);
  const known = error instanceof DomainError || error instanceof ExitError || error instanceof ConfigError;
  const safe = known ? undefined : safeError(error);
  const message = known
    ? (error as Error).message
    : `${safe!.message}${safe!.sqlState ? ` (SQLSTATE ${safe!.sqlState})` : ''}`;
  // An ExitError comes after the command printed its own result; don't add a second document.
  if (json && !(error instanceof ExitError)) {
    const kind = error instanceof DomainError ? error.kind : error instanceof ConfigError ? 'config' : 'error';
    process.stdout.write(
      `${JSON.stringify({ error: { kind, message, ...(error instanceof DomainError ? error.details : {}) } }, null, 2)}\n`,
    );
  }
  process.stderr.write(`dualuse: ${message}\n`);
  if (code === EXIT.error && safe?.stack && process.env.DUALUSE_DEBUG) process.stderr.write(`${safe.stack}\n`);
  return code;
}
