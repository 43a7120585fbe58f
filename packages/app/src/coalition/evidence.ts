/**
 * The evidence an application carries (issue 14 item 1): the licence determination the server computes for it when
 * the exporter submits it, in the exporter's tenant and audited there like any determination. The agency reads the
 * engine's decision and rule chain per jurisdiction, not the exporter's account of them. An application the engine
 * cannot read (e.g. only entries of a regime it does not model) carries why instead: it is never refused for that.
 */
import { DomainError, type Principal } from '@dualuse/core';
import {
  applicationEvidence,
  applicationTransaction,
  type ApplicationEvidence,
  type ApplicationInput,
} from '@dualuse/core/coalition';
import type { AppContext } from '../common';
import { determineTransactions } from '../licensing/determine';

export async function evidenceFor(
  ctx: AppContext,
  p: Principal,
  app: ApplicationInput,
  exporterCountry: string,
): Promise<ApplicationEvidence> {
  const tx = applicationTransaction(app, exporterCountry, ctx.now().toISOString().slice(0, 10));
  try {
    const r = await determineTransactions(ctx, p, [tx]);
    return applicationEvidence(r.results[0]!);
  } catch (e) {
    if (e instanceof DomainError && e.kind === 'invalid_input')
      return { unavailable: `the licensing engine cannot determine this application: ${e.message}` };
    throw e;
  }
}
