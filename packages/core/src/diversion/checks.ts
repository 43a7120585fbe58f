/**
 * The generic checks the red-flag rules (data/red-flags.ts) are built from. A check reads its
 * rule's parameters, looks at the shipment and returns one finding per thing that tripped it,
 * each naming the fields and saying why. A check whose data is absent abstains (no finding):
 * a missing list is not evidence either way.
 */
import { normaliseText } from '../screening/matching/index';
import type { CheckId } from './data/red-flags';
import { EXTRA_CHECKS } from './checks-extra';
import { CONTACT_CHECKS } from './checks-contact';
import { SHARED_CHECKS } from './checks-shared';
import type { Provenance as SharedProvenance } from '../coalition/shared-lists';
import { LISTED_CHECKS } from './checks-listed';
import { has, list, where, words, type Check } from './checks-support';
import { chplByText } from './chpl-text';
import type { Extracted } from './identifiers';
import { finalDestination, hs6, partiesWith, type Party, type ScoringContext, type Shipment } from './model';

export interface Finding {
  fields: string[];
  why: string;
  /** Overrides the rule's weight (e.g. by CHPL tier). */
  weight?: number;
  /** Identifiers read out of free text that this finding rests on (identifiers.ts), shown as evidence. */
  extracted?: Extracted[];
  /** Who shared the indicator this finding rests on (a coalition partner: agency, coalition, date, reason). */
  provenance?: SharedProvenance[];
}

/** Countries the goods pass through or end in, with the field that says so. */
function countriesTouched(s: Shipment): [string, string][] {
  const out: [string, string][] = [];
  const dest = finalDestination(s);
  if (dest) out.push([dest, 'destination']);
  (s.route ?? []).forEach((l, i) => out.push([l.to, `route[${i}].to`]));
  for (const p of partiesWith(s, 'consignee', 'end_user', 'intermediate_consignee'))
    if (p.country) out.push([p.country, `${where(s, p)}.country`]);
  return out.map(([c, f]) => [c.toUpperCase(), f]);
}

const CHECKS: Record<CheckId, Check> = {
  ...EXTRA_CHECKS,
  ...LISTED_CHECKS,
  ...CONTACT_CHECKS,
  ...SHARED_CHECKS,
  chpl_to_countries(s, ctx, p) {
    if (!ctx.chpl) return [];
    const risky = countriesTouched(s).filter(([c]) => has(list(p, 'countries'), c));
    if (!risky.length) return [];
    const tierWeights = p.tierWeights as Record<string, number>;
    const [c, f] = risky[0]!;
    return s.items.flatMap((item, i): Finding[] => {
      const code = hs6(item.hsCode);
      const tier = code ? ctx.chpl!.get(code) : undefined;
      // Re-classification: a part number, tariff code or model in the text that points to a stronger CHPL tier than the
      // declared code.
      const byText = chplByText(item, i, ctx.chpl!);
      const weight = tier ? tierWeights[tier[0]!]! : 0;
      if (byText && tierWeights[byText.tier[0]!]! > weight) {
        const declared = code
          ? `declared HS ${code} is ${tier ? `CHPL Tier ${tier}` : 'not on the CHPL'}`
          : 'no HS code is declared';
        return [
          {
            fields: [`items[${i}].hsCode`, ...new Set(byText.extracted.map((e) => e.field)), f],
            weight: tierWeights[byText.tier[0]!],
            extracted: byText.extracted,
            why: `${declared}, but ${byText.why}; goods go to ${c} (${f}), a high-risk jurisdiction for CHPL items`,
          },
        ];
      }
      if (!tier) return [];
      return [
        {
          fields: [`items[${i}].hsCode`, f],
          weight,
          why: `HS ${code} is CHPL Tier ${tier}; goods go to ${c} (${f}), a high-risk jurisdiction for CHPL items`,
        },
      ];
    });
  },
  route_via_countries(s, _ctx, p) {
    const dest = finalDestination(s)?.toUpperCase();
    const via: [string, string][] = (s.route ?? []).slice(0, -1).map((l, i) => [l.to.toUpperCase(), `route[${i}].to`]);
    for (const q of partiesWith(s, 'intermediate_consignee'))
      if (q.country) via.push([q.country.toUpperCase(), `${where(s, q)}.country`]);
    return via
      .filter(([c]) => c !== dest)
      .flatMap(([c, f]): Finding[] => {
        if (has(list(p, 'confirmed'), c))
          return [
            {
              fields: [f],
              why: `passes through ${c}, a transshipment point named by the 2023 tri-seal note, on its way to ${dest ?? 'an undeclared destination'}`,
            },
          ];
        if (has(list(p, 'reported'), c))
          return [
            {
              fields: [f],
              weight: p.reportedWeight as number,
              why: `passes through ${c}, on the FinCEN–BIS 2023 transshipment list (unverified copy), on its way to ${dest ?? 'an undeclared destination'}`,
            },
          ];
        return [];
      });
  },
  end_user_is_logistics(s, _ctx, p) {
    // A word in the name alone ("Silk Road Logistics LLC") is not the red flag: many trading and
    // distribution firms carry "logistics" in their name. BIS red flag 10 is a forwarder named as the
    // final destination, so the rule needs the declared business, or the forwarder itself (same name
    // or same address) in the end user's place; a word in the name is then shown as context.
    const out: Finding[] = [];
    const forwarders = partiesWith(s, 'freight_forwarder');
    const sameAs = (q: Party) =>
      forwarders.find(
        (f) =>
          normaliseText(f.name) === normaliseText(q.name) ||
          (!!f.address && !!q.address && normaliseText(f.address) === normaliseText(q.address)),
      );
    const judge = (q: Party, lead: string) => {
      const inName = words(q.name, list(p, 'words'));
      const context = inName.length ? `; its name also reads as logistics (${inName.join(', ')})` : '';
      const declared = words(q.business, list(p, 'words'));
      if (declared.length)
        out.push({
          fields: [`${where(s, q)}.business`, ...(inName.length ? [`${where(s, q)}.name`] : [])],
          why: `${lead}"${q.name}" declares a logistics business ("${q.business}": ${declared.join(', ')})${context}`,
        });
      const fwd = sameAs(q);
      if (fwd)
        out.push({
          fields: [`${where(s, q)}.name`, `${where(s, fwd)}`],
          why: `${lead}"${q.name}" is also the shipment's freight forwarder "${fwd.name}" (${normaliseText(fwd.name) === normaliseText(q.name) ? 'same name' : 'same address'})${context}`,
        });
    };
    for (const u of partiesWith(s, 'end_user')) judge(u, 'end user ');
    if (!partiesWith(s, 'end_user').length)
      for (const c of partiesWith(s, 'consignee')) judge(c, 'no end user named and the consignee ');
    return out;
  },
  address_in_free_zone(s, _ctx, p) {
    // The buyer too: under a letter of credit the free-zone trader is often the purchaser while the consignee is a bank
    // or a forwarder.
    return partiesWith(s, 'consignee', 'end_user', 'intermediate_consignee', 'purchaser').flatMap((q) => {
      const hit = words(`${q.address ?? ''} ${q.name}`, list(p, 'words'));
      return hit.length
        ? [
            {
              fields: [`${where(s, q)}.address`],
              why: `${q.role} "${q.name}" is in a free-trade zone (${hit.join(', ')})`,
            },
          ]
        : [];
    });
  },
  incorporated_after(s, _ctx, p) {
    return s.parties
      .filter(
        (q) =>
          list(p, 'roles').includes(q.role) &&
          q.incorporated &&
          q.incorporated > (p.after as string) &&
          !has(list(p, 'exempt'), q.country),
      )
      .map((q) => ({
        fields: [`${where(s, q)}.incorporated`, `${where(s, q)}.country`],
        why: `${q.role} "${q.name}" was incorporated on ${q.incorporated}, after ${p.after as string}, in ${q.country ?? 'an undeclared country'} (not a coalition partner)`,
      }));
  },
  missing_contract_clause(s, ctx, p) {
    const exporter = partiesWith(s, 'exporter')[0];
    const dest = finalDestination(s);
    const shipped = ctx.asOf ?? s.date ?? '';
    if (
      !exporter ||
      !has(list(p, 'exporters'), exporter.country) ||
      !dest ||
      has(list(p, 'exempt'), dest) ||
      has(list(p, 'exporters'), dest) ||
      !ctx.chpl
    )
      return [];
    // No contract stated at all: whether it has the clause is unknown, not missing.
    if (!s.contract || s.contract.noReExportToRussiaClause) return [];
    // Contracts concluded before 19 Dec 2023 had until 20 Dec 2024 (Art. 12g(2)).
    const old = s.contract?.date && s.contract.date < (p.oldContractsBefore as string);
    if (shipped < (old ? (p.oldContractsFrom as string) : (p.from as string))) return [];
    // The declared code, else what the item's text re-classifies it to (chpl-text.ts).
    const items = s.items.flatMap((it, i) => {
      const code = hs6(it.hsCode);
      if (code && ctx.chpl!.has(code)) return [{ i, what: code, extracted: [] as Extracted[] }];
      const byText = chplByText(it, i, ctx.chpl!);
      return byText
        ? [
            {
              i,
              what: `${code ?? 'undeclared'}, by its text ${byText.extracted.map((e) => e.value).join('/')} → CHPL Tier ${byText.tier}`,
              extracted: byText.extracted,
            },
          ]
        : [];
    });
    if (!items.length) return [];
    const extracted = items.flatMap((x) => x.extracted);
    return [
      {
        fields: [
          ...items.map(({ i }) => `items[${i}].hsCode`),
          ...new Set(extracted.map((e) => e.field)),
          'contract.noReExportToRussiaClause',
        ],
        ...(extracted.length ? { extracted } : {}),
        why: `EU exporter in ${exporter.country} sells CHPL goods (HS ${items.map((x) => x.what).join(', ')}) to ${dest}, not an Annex VIII partner, and the contract has no Art. 12g clause`,
      },
    ];
  },
  end_user_unverified(s) {
    if (s.endUserInfoDeclined)
      return [
        {
          fields: ['endUserInfoDeclined'],
          why: 'the customer declined to disclose, or could not show, the end use or end user',
        },
      ];
    // A record without goods (a payment imported on its own) has no end user to name: absence says nothing.
    if (!s.items.length) return [];
    if (!partiesWith(s, 'end_user').length) return [{ fields: ['parties[end_user]'], why: 'no end user is named' }];
    if (s.endUseStatement === false) return [{ fields: ['endUseStatement'], why: 'no end-use statement was supplied' }];
    return [];
  },
  price_vs_reference(s, ctx, p) {
    return s.items.flatMap((it, i) => {
      const code = hs6(it.hsCode);
      const ref = code ? ctx.referencePrices?.get(code) : undefined;
      const unit = it.unitPrice ?? (it.value !== undefined && it.quantity ? it.value / it.quantity : undefined);
      if (!ref || unit === undefined || (it.currency && it.currency !== ref.currency)) return [];
      const factor = p.factor as number;
      return unit > factor * ref.price
        ? [
            {
              fields: [`items[${i}].unitPrice`],
              why: `unit price ${unit.toFixed(2)} ${ref.currency} for HS ${code} is ×${(unit / ref.price).toFixed(1)} the reference ${ref.price} (${ref.source}); threshold ×${factor}`,
            },
          ]
        : [];
    });
  },
  services_declined: (s) =>
    s.servicesDeclined
      ? [{ fields: ['servicesDeclined'], why: 'installation, training or maintenance was declined' }]
      : [],
  quantity_vs_history(s, ctx, p) {
    if (!ctx.history) return [];
    // Every consignee of the record, not the first one only.
    return partiesWith(s, 'consignee').flatMap((consignee) =>
      s.items.flatMap((it, i) => {
        const past = ctx.history!.get(`${normaliseText(consignee.name)}|${hs6(it.hsCode)}`) ?? [];
        if (past.length < (p.minHistory as number) || it.quantity === undefined) return [];
        const sorted = [...past].sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)]!;
        const factor = p.factor as number;
        return it.quantity > factor * median
          ? [
              {
                fields: [`items[${i}].quantity`, `${where(s, consignee)}.name`],
                why: `quantity ${it.quantity} is ${(it.quantity / median).toFixed(1)}× the median ${median} of ${past.length} earlier orders of HS ${hs6(it.hsCode)} by "${consignee.name}" (threshold ×${factor})`,
              },
            ]
          : [];
      }),
    );
  },
  routing_change: (s) =>
    (s.amendments ?? []).map((a, i) => ({
      fields: [`amendments[${i}]`],
      why: `${a.field} changed${a.date ? ` on ${a.date}` : ''} from "${a.from ?? '?'}" to "${a.to ?? '?'}"`,
    })),
  previously_russia(s, _ctx, p) {
    return (s.amendments ?? []).flatMap((a, i) =>
      a.field === 'destination' && has(list(p, 'countries'), a.from)
        ? [{ fields: [`amendments[${i}].from`], why: `the order was first destined for ${a.from}` }]
        : [],
    );
  },
};

export const runCheck = (id: CheckId, s: Shipment, ctx: ScoringContext, params: Record<string, unknown>): Finding[] =>
  CHECKS[id](s, ctx, params);
