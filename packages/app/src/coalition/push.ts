/**
 * Pushing a signed notice to a partner deployment: an HTTP POST of the document to the partner's
 * `/coalition/notices/import`, authenticated with the API key the partner issued to this agency. The key is used
 * for this request only: it is never stored or written to the audit log (the endpoint and the answer are).
 */
import { authorise, DomainError, invalidInput, type Principal } from '@dualuse/core';
import { text, type SignedNotice } from '@dualuse/core/coalition';
import { inTenant } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { issuedNotice, type ImportOutcome } from './notices';

const TIMEOUT_MS = 15_000;

/** The partner's API base URL (e.g. https://licensing.example.fr/api/v1), http(s) only. */
function endpointOf(v: unknown): URL {
  const raw = text(v, '/endpoint', 2000);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalidInput(`/endpoint: "${raw}" is not a URL`, '/endpoint');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalidInput(`/endpoint: ${url.protocol} is not http or https`, '/endpoint');
  if (url.username || url.password) throw invalidInput('/endpoint: credentials go in /token, not the URL', '/endpoint');
  return url;
}

/** POSTs a document to a partner's import endpoint; the partner's refusal comes back with its status and detail. */
export async function postNotice(endpoint: URL, token: string, signed: SignedNotice): Promise<ImportOutcome> {
  const target = new URL(`${endpoint.pathname.replace(/\/$/, '')}/coalition/notices/import`, endpoint);
  let res: Response;
  try {
    res = await fetch(target, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(signed),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new DomainError('unavailable', `partner ${target.origin} unreachable: ${(error as Error).message}`);
  }
  const answer = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok)
    throw new DomainError(
      res.status === 409 ? 'conflict' : 'invalid_input',
      `partner ${target.origin} refused notice ${signed.notice.id}: HTTP ${res.status} ${String(answer.detail ?? answer.title ?? '')}`,
      { partnerStatus: res.status },
    );
  return answer as unknown as ImportOutcome;
}

/** Pushes a notice this agency issued to a partner deployment, and records where it went and the answer. */
export async function pushNotice(ctx: AppContext, p: Principal, input: Record<string, unknown>) {
  authorise(p, 'notices:send');
  const id = text(input.noticeId, '/noticeId', 300);
  const endpoint = endpointOf(input.endpoint);
  const token = text(input.token, '/token', 500);
  const signed = await inTenant(ctx.db, p.tenantId, (tx) => issuedNotice(tx, ctx, p, id));
  const answer = await postNotice(endpoint, token, signed);
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'coalition.notice.push',
      subject: { type: 'notice', id },
      details: { endpoint: endpoint.origin + endpoint.pathname, partnerStatus: answer.status, hash: answer.hash },
    }),
  );
  return answer;
}
