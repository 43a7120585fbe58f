/**
 * Errors the domain raises on purpose. Adapters map `kind` to a transport: HTTP status and
 * RFC 9457 problem type, CLI exit code. `pointer` names the offending input (a JSON Pointer,
 * RFC 6901, or a file position such as "line 12") so the user can fix it.
 */
export type ErrorKind =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'integrity'
  | 'unavailable'
  /** Too many attempts (sign-in throttling); `details.retryAfter` says how many seconds to wait. */
  | 'rate_limited';

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: { pointer?: string; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalidInput = (message: string, pointer?: string) =>
  new DomainError('invalid_input', message, pointer === undefined ? {} : { pointer });
export const notFound = (what: string) => new DomainError('not_found', `${what} was not found`);
export const conflict = (message: string) => new DomainError('conflict', message);
