/**
 * A transaction's parties screened through the screening use case (`screenWith`), so officers'
 * decisions apply: a hit decided a false positive is suppressed and dropped, a confirmed one is a
 * finding, an undecided one is a possible match (the engine asks for its review) and is queued for
 * review like any other hit. Only hits on lists a licensing rule reads count (core `consequentialLists`).
 */
import { consequentialLists, type PartyHit, type Principal, type Transaction } from '@dualuse/core';
import type { Orm } from '@dualuse/store';
import type { AppContext } from '../common';
import { screenWith } from '../screening/screen';
import type { ScreeningData } from '../screening/data';

export interface PartyScreening {
  ctx: AppContext;
  p: Principal;
  data: ScreeningData;
  requestId: string | null | undefined;
}

export async function partyHits(tx: Orm, s: PartyScreening, t: Transaction): Promise<PartyHit[]> {
  if (!t.parties.length) return [];
  const parties = t.parties.map((party) => ({
    name: party.name,
    ...(party.country ? { countries: [party.country] } : {}),
  }));
  const results = await screenWith(tx, s.ctx, s.p, {
    data: s.data,
    parties,
    origin: 'search',
    requestId: s.requestId ?? null,
  });
  const lists = consequentialLists();
  const out: PartyHit[] = [];
  results.forEach((r, i) => {
    for (const h of r.hits) {
      if (!lists.has(h.list) || h.status === 'suppressed') continue;
      const entry = s.data.screener.entry(h.list, h.entryId);
      out.push({
        party: i,
        list: h.list,
        listVersion: h.listVersion,
        entryId: h.entryId,
        name: h.name,
        score: h.score,
        review: h.status === 'true_match' ? 'true_match' : 'open',
        ...(entry?.licenseRequirement ? { licenseRequirement: entry.licenseRequirement } : {}),
        ...(entry?.licensePolicy ? { licensePolicy: entry.licensePolicy } : {}),
      });
    }
  });
  return out;
}
