/** Who the parties are: screened list hits, ownership by listed parties, and where parties are located. */
import { matchPlace } from './places';
import { define, type PartyHit } from './types';
import { partyLabel } from '../party-label';

/** A party screened as on one of these lists (`us-bis-entity-list`, `us-bis-meu`, `us-ofac-sdn`...). */
export const partyOnList = define<string[], { requirementMatches?: string }>()({
  kind: 'partyOnList',
  // Without hits the outcome is its own data's; the parties' names are read only to explain a hit.
  reads: ['party_hits'],
  evaluate(c, ctx, e) {
    const re = c.requirementMatches ? ctx.cache.pattern(c.requirementMatches) : undefined;
    const hits = ctx.hits.filter((h) => c.partyOnList.includes(h.list) && (!re || re.test(h.licenseRequirement ?? '')));
    if (!hits.length)
      return {
        holds: false,
        why: !e
          ? ''
          : `no party screened as on ${c.partyOnList.join(' / ')}${re ? ` with a licence requirement citing /${c.requirementMatches}/` : ''}`,
      };
    const why = !e ? [] : hits.map((h) => hitWhy(h, partyLabel(ctx.tx, h.party)));
    return { holds: true, why: why.join('; '), hits };
  },
});

const hitWhy = (h: PartyHit, who: string) =>
  `${who} ${h.review === 'open' ? 'possibly matches' : 'matches'} ${h.list} entry ${h.entryId} '${h.name}' (score ${h.score}${h.review === 'open' ? ', not reviewed' : h.review === 'true_match' ? ', confirmed by an officer' : ''})${h.licenseRequirement ? `; licence requirement: ${h.licenseRequirement}` : ''}${h.licensePolicy ? `; policy: ${h.licensePolicy}` : ''}`;

/**
 * A party is owned, directly or indirectly, individually or in aggregate, at least `atLeast` % by
 * owners on these lists (an owner of unknown share counts as reaching it). Shares add up across
 * listed owners (aggregate), as in OFAC's 50 % rule that the BIS rule follows.
 */
export const partyOwnedByListed = define<{ lists: string[]; atLeast: number }>()({
  kind: 'partyOwnedByListed',
  reads: ['parties'],
  evaluate(c, ctx, e) {
    const { lists, atLeast } = c.partyOwnedByListed;
    for (const party of ctx.tx.parties) {
      const owners = (party.listed_owners ?? []).filter((o) => lists.includes(o.list));
      if (!owners.length) continue;
      const unknown = owners.filter((o) => o.percent === undefined);
      const total = owners.reduce((n, o) => n + (o.percent ?? 0), 0);
      if (unknown.length) {
        ctx.open.push(
          `${party.name}: listed owner ${unknown.map((o) => o.name).join(', ')} holds an unknown share — a licence is required unless the share is shown to be below ${atLeast} % (Supp. 3 to part 732, red flag 29)`,
        );
        return {
          holds: true,
          why: !e
            ? ''
            : `${party.name} has listed owner(s) ${unknown.map((o) => `${o.name} (${o.list})`).join(', ')} of unknown share`,
        };
      }
      if (total >= atLeast)
        return {
          holds: true,
          why: !e
            ? ''
            : `${party.name} is ${total} % owned by ${owners.map((o) => `${o.name} (${o.list}, ${o.percent} %)`).join(' + ')} — at least ${atLeast} %`,
        };
    }
    return { holds: false, why: !e ? '' : `no party is ${atLeast} % or more owned by parties on ${lists.join(', ')}` };
  },
});

/** A party of these roles (all roles when absent) is located in one of these countries or groups. */
export const partyCountryIn = define<string[], { roles?: string[] }>()({
  kind: 'partyCountryIn',
  reads: ['parties', 'tables'],
  evaluate(c, ctx, e) {
    const parties = ctx.tx.parties.filter((p) => p.country && (!c.roles || c.roles.includes(p.role)));
    const found = parties.find((p) => matchPlace(ctx, p.country!, c.partyCountryIn));
    return found
      ? {
          holds: true,
          why: !e
            ? ''
            : `the ${found.role.replace(/_/g, ' ')} '${found.name}' is in ${found.country} (indirect export)`,
        }
      : { holds: false, why: !e ? '' : `no ${c.roles?.join(' or ') ?? 'party'} in ${c.partyCountryIn.join(', ')}` };
  },
});
