/**
 * Checks for the red flags RED-FLAGS.md numbers 13, 19, 23, 25 and 27: structured small
 * payments, items that do not fit the buyer's business, civil end users at military
 * addresses, HS codes that contradict the description or part number, and transactions an
 * authority has already denied. Same contract as checks.ts: one finding per thing that tripped,
 * naming fields and saying why; no data, no finding.
 */
import { compareNamePair } from '../screening/matching/index';
import { memoByString } from '../common/memo';
import { normaliseText } from '../screening/matching/index';
import { hs6, partiesWith, paymentAccountKey, type Party, type ScoringContext, type Shipment } from './model';
import type { Finding } from './checks';
import { describeExtracted, itemIdentifiers } from './identifiers';
import { businessMismatch } from './checks-business';

type Params = Record<string, unknown>;
const list = (p: Params, k: string): string[] => (p[k] as string[] | undefined) ?? [];
const where = (s: Shipment, party: Party) => `parties[${s.parties.indexOf(party)}]`;
const normalised = memoByString(normaliseText);
/** Keyword lists come from the rule data and never change: normalise each once. */
const KEYWORDS = new WeakMap<string[], string[]>();
const words = (text: string, ws: string[]) => {
  let keys = KEYWORDS.get(ws);
  if (!keys) KEYWORDS.set(ws, (keys = ws.map((w) => ` ${normaliseText(w)} `)));
  const t = ` ${normalised(text)} `;
  return ws.filter((_, i) => t.includes(keys[i]!));
};
const KEYS_OF = new WeakMap<object, string[]>();
/** The same array for the same table, so `words` can reuse its normalised keywords. */
const keysOf = (table: Record<string, unknown>): string[] => {
  let k = KEYS_OF.get(table);
  if (!k) KEYS_OF.set(table, (k = Object.keys(table)));
  return k;
};
const hs4 = (code: string | undefined) => hs6(code)?.slice(0, 4);
const daysBetween = (a: string, b: string) =>
  (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

export const EXTRA_CHECKS = {
  /** #13: this payment is small, and its account paid several other suppliers small sums within the window. */
  structured_payments(s: Shipment, ctx: ScoringContext, p: Params): Finding[] {
    const pay = s.payment;
    const date = pay?.date ?? s.date;
    if (!ctx.payments || !pay?.payerAccount || pay.amount === undefined || !date) return [];
    const max = p.maxAmount as number;
    if (pay.amount > max) return [];
    const window = p.windowDays as number;
    const past = (ctx.payments.get(paymentAccountKey(pay.payerAccount)) ?? []).filter(
      (r) =>
        r.amount <= max &&
        (!pay.currency || !r.currency || r.currency === pay.currency) &&
        daysBetween(r.date, date) >= 0 &&
        daysBetween(r.date, date) <= window,
    );
    const self = normaliseText(pay.beneficiary ?? partiesWith(s, 'exporter')[0]?.name ?? '');
    const others = [...new Set(past.map((r) => normaliseText(r.beneficiary)).filter((b) => b && b !== self))];
    if (others.length + 1 < (p.minBeneficiaries as number)) return [];
    return [
      {
        fields: ['payment.payerAccount', 'payment.amount', 'payments'],
        why: `${pay.amount} ${pay.currency ?? ''} from account ${pay.payerAccount}, which paid ${others.length} other supplier(s) small sums (≤ ${max}) in the ${window} days before ${date}: ${others.slice(0, 4).join(', ')}`,
      },
    ];
  },
  /** #19: a sensitive item no declared activity of a buying party plausibly uses (checks-business.ts). */
  business_mismatch: businessMismatch,
  /**
   * #23: a purported civil end user whose address is a military facility (by words, or by an imported facility
   * gazetteer).
   */
  military_address(s: Shipment, ctx: ScoringContext, p: Params): Finding[] {
    return partiesWith(s, 'consignee', 'end_user', 'intermediate_consignee').flatMap((q) => {
      if (!q.address || (q.business && words(q.business, list(p, 'declaredMilitary')).length)) return [];
      const hit = words(q.address, list(p, 'words'));
      const facility = ctx.militaryAddresses?.match(q.address)[0];
      if (facility)
        return [
          {
            fields: [`${where(s, q)}.address`],
            why: `${q.role} "${q.name}" is at the address of military facility ${facility.listed.id} "${facility.listed.names[0]}": ${facility.match.why}`,
          },
        ];
      return hit.length
        ? [
            {
              fields: [`${where(s, q)}.address`],
              why: `${q.role} "${q.name}", declared as a civil business, gives an address that names a military site (${hit.join(', ')})`,
            },
          ]
        : [];
    });
  },
  /**
   * #25: the description, a part number or a tariff code in the text says one heading, the declared HS code another.
   */
  hs_mismatch(s: Shipment, _ctx: ScoringContext, p: Params): Finding[] {
    const byWord = p.descriptionHeadings as Record<string, string[]>;
    return s.items.flatMap((it, i): Finding[] => {
      const declared = hs4(it.hsCode);
      if (!declared) return [];
      const said: [string, string[]][] = [];
      for (const w of words(it.description ?? '', keysOf(byWord))) said.push([`description "${w}"`, byWord[w]!]);
      // Identifiers from the part-number field and the free description alike (identifiers.ts).
      const ids = itemIdentifiers(it, i);
      for (const e of ids) said.push([describeExtracted(e).replace(/ → HS .*$/, ''), e.headings]);
      const wrong = said.filter(([, headings]) => !headings.includes(declared));
      if (!said.length || wrong.length < said.length) return [];
      const fields = [
        `items[${i}].hsCode`,
        ...new Set([...(it.description ? [`items[${i}].description`] : []), ...ids.map((e) => e.field)]),
      ];
      return [
        {
          fields,
          extracted: ids,
          why: `declared HS ${declared}, but the ${wrong.map(([what, h]) => `${what} points to HS ${h.join('/')}`).join('; ')}`,
        },
      ];
    });
  },
  /**
   * #27: an authority denied an essentially identical transaction (same end user or consignee, same item) within the
   * look-back.
   */
  denied_before(s: Shipment, ctx: ScoringContext, p: Params): Finding[] {
    const date = ctx.asOf ?? s.date;
    if (!ctx.denials || !date) return [];
    const years = p.years as number;
    const hsOf = new Set(s.items.map((it) => hs6(it.hsCode)).filter(Boolean));
    const eccnOf = new Set(s.items.map((it) => it.eccn?.toUpperCase()).filter(Boolean));
    const out: Finding[] = [];
    for (const d of ctx.denials) {
      const age = daysBetween(d.date, date) / 365.25;
      if (age < 0 || age > years) continue;
      const item =
        (d.hsCodes ?? []).map(hs6).find((h) => h && hsOf.has(h)) ??
        (d.eccns ?? []).map((e) => e.toUpperCase()).find((e) => eccnOf.has(e));
      if (!item) continue;
      for (const q of partiesWith(s, 'consignee', 'end_user')) {
        if (d.country && q.country && d.country.toUpperCase() !== q.country.toUpperCase()) continue;
        const score =
          normaliseText(q.name) === normaliseText(d.party)
            ? 1
            : (compareNamePair(q.name, d.party, 'organization')?.score ?? 0);
        if (score >= (p.nameThreshold as number))
          out.push({
            fields: [`${where(s, q)}.name`, 'items[].hsCode', 'denials'],
            why: `${d.authority} denied ${d.id} on ${d.date} for "${d.party}"${d.country ? ` (${d.country})` : ''} and ${item}; ${q.role} "${q.name}" matches (name score ${score.toFixed(2)}) within ${years} years`,
          });
      }
    }
    return out;
  },
} as const;
