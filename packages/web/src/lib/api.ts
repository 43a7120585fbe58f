/**
 * The one place the UI talks HTTP. Every failure becomes an ApiError carrying the server's
 * RFC 9457 problem, so pages can show `detail` and put field errors next to their fields.
 */
import { clearToken, getToken } from './session';
import type { Problem } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.status = problem.status;
    this.problem = problem;
  }

  /** Field errors keyed by JSON Pointer ('/email', '/admin/name'), first message wins. */
  fields(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) out[e.pointer] ??= e.message;
    return out;
  }
}

let onUnauthorized: () => void = () => {};

/** The app registers how to react to an expired or revoked session: back to the login page. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

interface Options {
  body?: unknown;
  /** The login call itself: a 401 there means wrong credentials, not an expired session. */
  anonymous?: boolean;
  signal?: AbortSignal;
}

export async function api<T>(method: string, path: string, options: Options = {}): Promise<T> {
  const headers = requestHeaders(options);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw networkError();
  }
  return answer<T>({ status: response.status, statusText: response.statusText, text: await response.text() }, options);
}

/** The request headers of every call: JSON in and out, the session's token unless anonymous. */
export function requestHeaders(options: { body?: unknown; anonymous?: boolean } = {}): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  const token = getToken();
  if (token && !options.anonymous) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return headers;
}

/** The reply of a call (fetch, or an upload's XMLHttpRequest): its JSON, or an ApiError with the server's problem. */
export function answer<T>(
  reply: { status: number; statusText: string; text: string },
  options: { anonymous?: boolean } = {},
): T {
  if (reply.status === 204) return undefined as T;
  const data: unknown = reply.text ? safeParse(reply.text) : undefined;
  if (reply.status >= 200 && reply.status < 300) return data as T;
  const problem = isProblem(data)
    ? data
    : {
        type: 'about:blank',
        title: reply.statusText || 'Error',
        status: reply.status,
        detail: `The server answered ${reply.status} ${reply.statusText}.`,
      };
  if (reply.status === 401 && !options.anonymous) {
    clearToken();
    onUnauthorized();
  }
  throw new ApiError(problem);
}

/** The problem of a call that never reached the server. */
export const networkError = (): ApiError =>
  new ApiError({
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    detail: 'The server could not be reached. Check your connection and try again.',
  });

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).title === 'string'
  );
}

/** A message fit for the user from anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  if (error instanceof Error) return error.message;
  return String(error);
}
