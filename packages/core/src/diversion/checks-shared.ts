/**
 * The check behind the coalition-indicator rule (data/red-flags-shared.ts): the order's addresses, phone numbers,
 * e-mail domains, payer account and HS codes against the indicators the user's coalition partners shared, matched
 * by core/coalition (normal form per type; HS patterns by prefix). Each finding names the field and carries the
 * indicator's provenance. Same contract as checks.ts.
 */
import { indicatorMatches, type IndicatorValue } from '../coalition/shared-lists';
import type { CheckId } from './data/red-flags';
import type { Finding } from './checks';
import { where, type Check } from './checks-support';
import type { Shipment } from './model';

const LABEL: Record<IndicatorValue['type'], string> = {
  address: 'address',
  phone: 'phone number',
  email_domain: 'e-mail domain',
  payer_account: 'payer account',
  hs_pattern: 'HS pattern',
};

/** The values of an order that indicators are checked against, each with its field. */
export function shipmentIndicatorValues(s: Shipment): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  for (const q of s.parties) {
    const at = where(s, q);
    if (q.address) out.push({ type: 'address', value: q.address, field: `${at}.address` });
    for (const value of q.phones ?? []) out.push({ type: 'phone', value, field: `${at}.phones` });
    for (const value of q.emails ?? []) out.push({ type: 'email_domain', value, field: `${at}.emails` });
  }
  if (s.payment?.payerAccount)
    out.push({ type: 'payer_account', value: s.payment.payerAccount, field: 'payment.payerAccount' });
  s.items.forEach((item, i) => {
    if (item.hsCode) out.push({ type: 'hs_pattern', value: item.hsCode, field: `items[${i}].hsCode` });
  });
  return out;
}

export const SHARED_CHECKS = {
  shared_indicator(s, ctx) {
    return indicatorMatches(shipmentIndicatorValues(s), ctx.sharedIndicators ?? []).map((h): Finding => {
      const p = h.provenance;
      const via = p.coalitions.map((c) => c.name).join(', ');
      return {
        fields: [h.field!],
        why: `${h.field} "${h.matched}" matches the ${LABEL[h.type]} indicator "${h.indicator}" that ${p.agencyName} shared with ${via || 'its coalition'} on ${p.publishedAt.slice(0, 10)}: ${p.reason}`,
        provenance: [p],
      };
    });
  },
} satisfies Partial<Record<CheckId, Check>>;
