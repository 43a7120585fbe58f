/**
 * RED-FLAGS #19, BIS red flag 3: "The product's capabilities do not fit the buyer's line of business" (15 CFR part 732
 * Supp. 3). Every buying party of the record (purchaser, consignee, intermediate consignee, end user — not a fixed
 * one) whose declared activity — its `business` (a NACE/NAICS/ISIC code or words) or the activities its imported
 * company carries (`ScoringContext.activities`) — reads as business profiles (activity.ts) is compared with what the
 * items are: the declared HS heading and what the description says (part numbers, tariff codes, models;
 * identifiers.ts), each sensitive when it is a technical heading or on the CHPL. It fires when none of the party's
 * profiles plausibly buys a sensitive heading. A party with no declared activity, or one no profile covers, says
 * nothing; the name is never read.
 */
import { readActivities, plausibleFor, type ActivityReading } from './activity';
import type { Finding } from './checks';
import { list, where, type Params } from './checks-support';
import { headingTier } from './chpl-text';
import { describeExtracted, itemIdentifiers, type Extracted } from './identifiers';
import { hs6, partiesWith, type Party, type ScoringContext, type Shipment } from './model';

interface Pointed {
  item: number;
  heading: string;
  /** CHPL tier of the declared subheading, else of the heading through its CHPL subheadings. */
  tier?: string;
  /** "declared HS 854231" or the extraction it was read from. */
  via: string;
  field: string;
  extracted?: Extracted;
}

/** The sensitive headings each item points to: its declared code and every identifier in its text. */
function sensitiveHeadings(s: Shipment, ctx: ScoringContext, technical: string[]): Pointed[] {
  // A six-digit code is on the CHPL or not; a heading alone (a part-number prefix) takes its CHPL subheadings' tier.
  const tierOf = (heading: string, code?: string) =>
    code ? ctx.chpl?.get(code) : ctx.chpl ? headingTier(ctx.chpl, heading)?.tier : undefined;
  const out: Pointed[] = [];
  s.items.forEach((it, i) => {
    const code = hs6(it.hsCode);
    const field = `items[${i}].hsCode`;
    if (code)
      out.push({ item: i, heading: code.slice(0, 4), tier: tierOf('', code), via: `declared HS ${code}`, field });
    for (const e of itemIdentifiers(it, i))
      for (const h of e.headings)
        out.push({
          item: i,
          heading: h,
          tier: tierOf(h, e.hs6),
          via: describeExtracted(e),
          field: e.field,
          extracted: e,
        });
  });
  return out.filter((x) => x.tier || technical.includes(x.heading));
}

const BUYERS = ['purchaser', 'consignee', 'intermediate_consignee', 'end_user'] as const;

interface Misfit {
  readings: ActivityReading[];
  misfit: Pointed[];
  fromRegistry: boolean;
}

function finding(s: Shipment, q: Party, { readings, misfit, fromRegistry }: Misfit): Finding {
  const extracted = [...new Set(misfit.flatMap((m) => (m.extracted ? [m.extracted] : [])))];
  const goods = misfit.map((m) => `HS ${m.heading}${m.tier ? ` (CHPL Tier ${m.tier})` : ''} by ${m.via}`);
  const declared = readings.map((r) => `${r.basis} → ${r.profile.label}`).join('; ');
  return {
    fields: [
      ...(q.business ? [`${where(s, q)}.business`] : []),
      ...(fromRegistry ? [`${where(s, q)}.id → registry activities`] : []),
      ...new Set(misfit.map((m) => m.field)),
    ],
    ...(extracted.length ? { extracted } : {}),
    why: `${q.role} "${q.name}" declares its activity as ${declared}; none of that plausibly buys ${[...new Set(goods)].join('; ')} (data/activities.ts)`,
  };
}

export function businessMismatch(s: Shipment, ctx: ScoringContext, p: Params): Finding[] {
  const pointed = sensitiveHeadings(s, ctx, list(p, 'technicalHs'));
  if (!pointed.length) return [];
  return partiesWith(s, ...BUYERS).flatMap((q) => {
    const registry = ctx.activities?.(q) ?? [];
    const readings = readActivities(q.business, registry);
    if (!readings.length) return [];
    const misfit = pointed.filter((x) => !readings.some((r) => plausibleFor(r.profile, x.heading)));
    return misfit.length ? [finding(s, q, { readings, misfit, fromRegistry: registry.length > 0 })] : [];
  });
}
