/**
 * Checks against the lists and registers: a counterparty's name, address, phone or e-mail on a
 * published list, ownership by listed parties (ownership.ts), and addresses shared by many
 * registered companies. Same contract as checks.ts.
 */
import type { CheckId } from './data/red-flags';
import type { Finding } from './checks';
import { list, where, type Check } from './checks-support';
import { addressHits, contactHits, nameHits } from './listed';
import { describeChain, explainCoverage } from './ownership';

export const LISTED_CHECKS = {
  listed_name(s, ctx, p) {
    const only = p.lists ? list(p, 'lists') : undefined;
    const keep = (l: string) => (only ? only.includes(l) : !list(p, 'exceptLists').includes(l));
    return s.parties
      .filter((q) => q.role !== 'exporter')
      .flatMap((q) =>
        nameHits(ctx, q, p.threshold as number)
          .filter((h) => keep(h.listed.list))
          .map((h) => ({
            fields: [`${where(s, q)}.name`],
            why: `${q.role} "${q.name}" matches ${h.listed.list} entry ${h.listed.id} "${h.listed.names[0]}" (${h.why})`,
          })),
      );
  },
  listed_address(s, ctx) {
    return s.parties
      .filter((q) => q.address && q.role !== 'exporter')
      .flatMap((q) =>
        addressHits(ctx, q.address!).map((h) => ({
          fields: [`${where(s, q)}.address`],
          why: `${q.role} "${q.name}" is at the address of ${h.listed.list} entry ${h.listed.id} "${h.listed.names[0]}": ${h.match.why}`,
        })),
      );
  },
  owned_by_listed(s, ctx, p) {
    const out: Finding[] = [];
    for (const q of s.parties) {
      if (!q.id || q.role === 'exporter') continue;
      for (const a of ctx.ownership ?? []) {
        const c = a.inForce && list(p, 'regimes').includes(a.regime.id) ? a.covered.get(q.id) : undefined;
        if (!c || !list(p, 'basis').includes(c.basis)) continue;
        const chain = explainCoverage(a, q.id);
        out.push({
          fields: [`${where(s, q)}.id`],
          why: `${q.role} "${q.name}" (${q.id}): ${c.aggregate} % held by listed or covered owners as of ${a.asOf} under ${a.regime.title} (basis: ${c.basis}) — ${chain ? describeChain(chain) : ''}`,
        });
      }
    }
    return out;
  },
  listed_contact(s, ctx) {
    return s.parties
      .filter((q) => q.role !== 'exporter')
      .flatMap((q) =>
        [...(q.phones ?? []), ...(q.emails ?? [])].flatMap((v) =>
          contactHits(ctx, v).map((h) => ({
            fields: [`${where(s, q)}.${v.includes('@') ? 'emails' : 'phones'}`],
            why: `${q.role} "${q.name}" gives ${v}, also given by ${h.listed.list} entry ${h.listed.id} "${h.listed.names[0]}" (${h.value})`,
          })),
        ),
      );
  },
  crowded_address(s, ctx, p) {
    if (!ctx.registryAddresses) return [];
    return s.parties
      .filter((q) => q.address && q.role !== 'exporter')
      .flatMap((q) => {
        const firms = [
          ...new Map(ctx.registryAddresses!.match(q.address!).map((h) => [h.listed.id, h.listed.names[0]])).values(),
        ];
        return firms.length >= (p.min as number)
          ? [
              {
                fields: [`${where(s, q)}.address`],
                why: `${firms.length} companies are registered at ${q.role} "${q.name}"'s address (e.g. ${firms.slice(0, 3).join(', ')}); threshold ${p.min as number}`,
              },
            ]
          : [];
      });
  },
} satisfies Partial<Record<CheckId, Check>>;
