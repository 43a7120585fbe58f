/**
 * The risk basis of a trade series: why a spike there would matter. A partner is a risk when it
 * neighbours Russia in a customs union, is a named transshipment point or a high-risk
 * jurisdiction for CHPL goods; a product when its HS6 is on the Common High Priority List.
 */
import { countryCode } from '../common/countries';
import {
  CAUCASUS_CENTRAL_ASIA,
  EAEU_PARTNERS,
  OTSI_HIGH_RISK,
  TRISEAL_TRANSSHIPMENT,
  inList,
  type CountryList,
} from './data/jurisdictions';

const PARTNER_LISTS: readonly CountryList[] = [
  EAEU_PARTNERS,
  TRISEAL_TRANSSHIPMENT,
  OTSI_HIGH_RISK,
  CAUCASUS_CENTRAL_ASIA,
];

export function partnerBasis(partner: string): string[] {
  const code = countryCode(partner);
  return PARTNER_LISTS.filter((l) => inList(l, code)).map((l) => `${code} on ${l.id} (${l.citation})`);
}

export function productBasis(product: string, chpl: Map<string, string>): string[] {
  const tier = chpl.get(product.replace(/[^0-9]/g, '').slice(0, 6));
  return tier ? [`HS ${product.slice(0, 6)} is CHPL Tier ${tier} (BIS CHPL, 23 Feb 2024)`] : [];
}

/** Partner basis required; product basis added when a CHPL list is given and, if `requireProduct`, required too. */
export function russiaDiversionBasis(chpl?: Map<string, string>, requireProduct = false) {
  return (s: { partner: string; product: string }): string[] => {
    const p = partnerBasis(s.partner);
    const q = chpl ? productBasis(s.product, chpl) : [];
    if (!p.length || (requireProduct && !q.length)) return [];
    return [...p, ...q];
  };
}
