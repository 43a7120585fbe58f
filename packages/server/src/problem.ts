/**
 * Errors as RFC 9457 problem details (application/problem+json). Every refusal says what
 * was wrong and where (`errors[].pointer`, a JSON Pointer into the request part named by `in`).
 */
import type { DomainError } from '@dualuse/core';
import { type ErrorKind } from '@dualuse/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z, ZodError } from 'zod';
import type { ProblemSchema } from './routing';

/** The documented problem (routing.ts ProblemSchema) plus RFC 9457 extension members. */
export type Problem = z.infer<typeof ProblemSchema> & { [extension: string]: unknown };

const STATUS: Record<ErrorKind, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  integrity: 409,
  unavailable: 503,
  rate_limited: 429,
};

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  extra: Partial<Problem> = {},
): Response {
  const body: Problem = {
    type: `urn:dualuse:problem:${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...extra,
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (status === 401) headers['www-authenticate'] = 'Bearer realm="dualuse"';
  // RFC 9110 §10.2.3: seconds to wait before trying again.
  if (status === 429 && typeof extra.retryAfter === 'number') headers['retry-after'] = String(extra.retryAfter);
  return c.body(JSON.stringify(body), status, headers);
}

export function domainProblem(c: Context, error: DomainError): Response {
  const { pointer, issues, ...rest } = error.details;
  const status = STATUS[error.kind];
  // A validator that found several problems lists them all, each with its own pointer.
  const errors =
    Array.isArray(issues) && issues.length
      ? issues
      : pointer
        ? [{ in: 'body', pointer, message: error.message }]
        : undefined;
  return problem(c, status, error.message, {
    type: `urn:dualuse:problem:${error.kind}`,
    ...(errors ? { errors } : {}),
    ...rest,
  });
}

/** zod issue paths become JSON Pointers (RFC 6901: "~" → "~0", "/" → "~1"). */
export function validationProblem(c: Context, where: string, error: ZodError): Response {
  const errors = error.issues.flatMap(unionBranch).map((issue) => ({
    in: where === 'json' ? 'body' : where,
    pointer:
      '/' +
      pathOf(issue)
        .map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1'))
        .join('/'),
    message: issue.message,
  }));
  const detail = errors.map((e) => `${e.in} ${e.pointer === '/' ? '(root)' : e.pointer}: ${e.message}`).join('; ');
  return problem(c, 400, detail, { type: 'urn:dualuse:problem:invalid_input', errors });
}

type Issue = ZodError['issues'][number];

/** An unknown field is named by its own pointer, so a typo ("incorporation") is found at once. */
const pathOf = (issue: Issue): PropertyKey[] =>
  issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : issue.path;

/**
 * A body that matches no alternative of a union (a transaction, or a batch of them) is reported
 * with the issues of the alternative the client evidently meant: the one that knows the most of
 * the keys sent (fewest unrecognised), then the one with the fewest issues — not a bare "invalid
 * input" at the root. Paths are made absolute.
 */
function unionBranch(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return [issue];
  const unknownKeys = (xs: readonly Issue[]) =>
    xs.reduce((n, x) => n + (x.code === 'unrecognized_keys' ? x.keys.length : 0), 0);
  const best = [...issue.errors].sort((a, b) => unknownKeys(a) - unknownKeys(b) || a.length - b.length)[0]!;
  return best.flatMap((x) => unionBranch({ ...x, path: [...issue.path, ...x.path] } as Issue));
}
