/**
 * Checks on who pays and how the counterparties can be reached: payments from third countries or
 * third parties, letters of credit consigned to the issuing bank, phone numbers of another
 * country, personal mailboxes. Same contract as checks.ts.
 */
import { compareNamePair, normaliseText } from '../screening/matching/index';
import type { CheckId } from './data/red-flags';
import type { Finding } from './checks';
import { list, where, type Check } from './checks-support';
import { CALLING_CODES } from './data/jurisdictions';
import { partiesWith } from './model';

/**
 * Who a "consigned to" line names: a transport document made out "to the order of" a bank is an
 * order document — the goods go to that bank or whoever it endorses them to — so for the FinCEN–BIS
 * letter-of-credit flag the bank is the consignee. A bare "to order" names no one.
 */
function consignedParty(text: string): string {
  const t = normaliseText(text);
  const m = /^(?:to\s+)?(?:the\s+)?order\s+of\s+(?:the\s+)?(.+)$/.exec(t);
  return m ? m[1]! : /^(?:to\s+)?order$/.test(t) ? '' : t;
}

export const CONTACT_CHECKS = {
  payment_third_country(s) {
    const pay = s.payment;
    if (!pay) return [];
    const countries = new Set(
      partiesWith(s, 'consignee', 'end_user', 'purchaser')
        .map((q) => q.country?.toUpperCase())
        .filter(Boolean),
    );
    const names = s.parties.filter((q) => q.role !== 'exporter').map((q) => normaliseText(q.name));
    const out: Finding[] = [];
    const bank = pay.payerBankCountry?.toUpperCase();
    if (bank && countries.size && !countries.has(bank))
      out.push({
        fields: ['payment.payerBankCountry'],
        why: `paid from a bank in ${bank}, not the country of the consignee or end user (${[...countries].join(', ')})`,
      });
    const payer = pay.payer ? normaliseText(pay.payer) : '';
    if (payer && !names.includes(payer) && !names.some((n) => (compareNamePair(n, payer)?.score ?? 0) >= 0.9))
      out.push({ fields: ['payment.payer'], why: `payer "${pay.payer}" is none of the buyer, consignee or end user` });
    return out;
  },
  lc_to_bank(s) {
    const lc = s.payment?.letterOfCredit;
    if (!lc) return [];
    const out: Finding[] = [];
    const consignee = lc.consignedTo ? consignedParty(lc.consignedTo) : '';
    const bank = lc.issuingBank ? normaliseText(lc.issuingBank) : '';
    if (
      consignee &&
      bank &&
      (consignee === bank || (compareNamePair(consignee, bank, 'organization')?.score ?? 0) >= 0.9)
    ) {
      out.push({
        fields: ['payment.letterOfCredit.consignedTo'],
        why: `goods consigned ${consignee === normaliseText(lc.consignedTo!) ? 'to' : `"${lc.consignedTo}", i.e. to`} the issuing bank "${lc.issuingBank}"`,
      });
    }
    if (lc.invoiceNamesEndUser === false)
      out.push({
        fields: ['payment.letterOfCredit.invoiceNamesEndUser'],
        why: 'the invoice under the letter of credit does not name the end user',
      });
    return out;
  },
  phone_country_mismatch(s) {
    const out: Finding[] = [];
    for (const q of s.parties) {
      if (!q.country) continue;
      for (const phone of q.phones ?? []) {
        const d = phone.replace(/[^0-9+]/g, '').replace(/^00/, '+');
        if (!d.startsWith('+')) continue;
        const code = [3, 2, 1].map((n) => d.slice(1, 1 + n)).find((c) => CALLING_CODES[c]);
        const cs = code ? CALLING_CODES[code]! : undefined;
        if (cs && !cs.includes(q.country.toUpperCase()))
          out.push({
            fields: [`${where(s, q)}.phones`],
            why: `${q.role} "${q.name}" in ${q.country} gives phone ${phone} (+${code}: ${cs.join('/')})`,
          });
      }
    }
    return out;
  },
  free_email(s, _ctx, p) {
    return s.parties
      .filter((q) => q.role !== 'exporter' && !q.website)
      .flatMap((q) => {
        const free = (q.emails ?? []).filter((e) => list(p, 'domains').includes(e.split('@')[1]?.toLowerCase() ?? ''));
        return free.length
          ? [
              {
                fields: [`${where(s, q)}.emails`, `${where(s, q)}.website`],
                why: `${q.role} "${q.name}" has no website and uses a personal mailbox (${free.join(', ')})`,
              },
            ]
          : [];
      });
  },
} satisfies Partial<Record<CheckId, Check>>;
