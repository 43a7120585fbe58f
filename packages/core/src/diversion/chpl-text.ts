/**
 * CHPL re-classification from an item's text: relabelled goods carry a harmless HS code while
 * the description keeps the part number of a CHPL item (RED-FLAGS #25 with #1). The CHPL is a
 * list of HS-6 codes; an identifier gives either a six-digit code (a labelled tariff code: looked
 * up as such) or only a four-digit heading (a part-number prefix, a model family). A heading gets
 * a tier only through the CHPL's own subheadings under it, and when those differ we take the
 * lowest-priority one and say so: the text proves the heading, not the subheading.
 */
import { describeExtracted, itemIdentifiers, type Extracted } from './identifiers';
import type { Item } from './model';

export interface ChplByText {
  tier: string;
  extracted: Extracted[];
  why: string;
}

/** "1" < "2" < "3.A" < "3.B" < "4": a smaller rank is a higher priority. */
const rank = (tier: string) => Number(tier[0]) * 10 + (tier[2] ? tier.charCodeAt(2) - 64 : 0);

/** The CHPL tier a heading has through its subheadings, with the subheadings it rests on. */
export function headingTier(
  chpl: Map<string, string>,
  heading: string,
): { tier: string; codes: string[]; mixed: boolean } | undefined {
  const under = [...chpl].filter(([code]) => code.startsWith(heading)).sort(([a], [b]) => a.localeCompare(b));
  if (!under.length) return undefined;
  const weakest = under.map(([, t]) => t).sort((a, b) => rank(b) - rank(a))[0]!;
  return { tier: weakest, codes: under.map(([c]) => c), mixed: under.some(([, t]) => t !== weakest) };
}

/** The strongest CHPL tier the item's text points to, or undefined when nothing in it is on the CHPL. */
export function chplByText(item: Item, i: number, chpl: Map<string, string>): ChplByText | undefined {
  const hits: { e: Extracted; tier: string; how: string }[] = [];
  for (const e of itemIdentifiers(item, i)) {
    const direct = e.hs6 ? chpl.get(e.hs6) : undefined;
    if (direct) {
      hits.push({ e, tier: direct, how: `HS ${e.hs6} is CHPL Tier ${direct}` });
      continue;
    }
    for (const h of e.headings) {
      const t = headingTier(chpl, h);
      if (t)
        hits.push({
          e,
          tier: t.tier,
          how: `heading ${h} holds CHPL ${t.mixed ? `subheadings of several tiers (${t.codes.join(', ')}); the lowest-priority is Tier ${t.tier}` : `subheadings ${t.codes.join(', ')}, all Tier ${t.tier}`}`,
        });
    }
  }
  if (!hits.length) return undefined;
  hits.sort((a, b) => rank(a.tier) - rank(b.tier));
  const tier = hits[0]!.tier;
  const used = hits.filter((h) => h.tier === tier);
  return {
    tier,
    extracted: [...new Set(used.map((h) => h.e))],
    why: `the text points to CHPL Tier ${tier}: ${used.map((h) => `${describeExtracted(h.e)}; ${h.how}`).join('; ')}`,
  };
}
