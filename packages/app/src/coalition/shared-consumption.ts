/**
 * Members consume what their coalition shares (issue 14 item 6). Shared parties are one more screening list,
 * `coalition-shared`, registered with screening's list-kind registry: every screening run of a member (search,
 * batch, counterparties, vendors, licensing) screens them with the same matcher as the published lists, and each hit
 * carries the record's provenance (agency, coalitions, published date, reason). Shared indicators join diversion
 * scoring (the `coalition_indicator` red flag), on request and on import. Both read the sharing table inside the
 * tenant's transaction, so its row-level security decides who sees what (members only), and both audit the read in
 * the reader's and the publisher's chains (visibleShared). A retracted record is no longer read: it stops hitting
 * and flagging at once, and screening closes the open hits on it (status 'withdrawn', list-kinds.ts).
 */
import { sha256Hex, type Principal } from '@dualuse/core';
import { partyEntry, type SharedIndicator, type SharedParty } from '@dualuse/core/coalition';
import type { ScoringContext } from '@dualuse/core/diversion';
import { inTenant } from '@dualuse/store';
import type { AppContext } from '../common';
import { registerListKind } from '../screening/list-kinds';
import { visibleShared } from './shared-lists';

export const COALITION_SHARED_LIST = 'coalition-shared';

registerListKind({
  id: COALITION_SHARED_LIST,
  title: "Parties shared by the coalition's agencies (partners' statements, not an official list)",
  async load(tx, ctx, p) {
    const shared = await visibleShared<SharedParty>(tx, ctx, p, { kind: 'list_addition', purpose: 'screening' });
    return shared.map((s) => ({
      entry: partyEntry(s.item.party, s.provenance.recordId),
      provenance: s.provenance,
    }));
  },
});

/**
 * The scoring context with the indicators this tenant's coalitions share; unchanged (so the rule abstains) when
 * there are none. Records the set of indicators used in `run.inputVersions`; `run.audited` as in visibleShared.
 */
export async function withSharedIndicators(
  ctx: AppContext,
  p: Principal,
  base: ScoringContext,
  run: { inputVersions: Record<string, string>; audited?: Set<string> },
): Promise<ScoringContext> {
  const { inputVersions, audited } = run;
  const purpose = 'diversion scoring';
  const shared = await inTenant(ctx.db, p.tenantId, (tx) =>
    visibleShared<SharedIndicator>(tx, ctx, p, { kind: 'indicator', purpose, ...(audited ? { audited } : {}) }),
  );
  if (!shared.length) return base;
  const ids = shared.map((s) => s.provenance.recordId).sort();
  inputVersions[COALITION_SHARED_LIST + ':indicators'] = `sha256:${sha256Hex(ids.join(','))}`;
  return { ...base, sharedIndicators: shared.map((s) => ({ indicator: s.item, provenance: s.provenance })) };
}
