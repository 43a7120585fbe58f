/**
 * A shipment (or order) as the red-flag rules see it: the parties with their roles, the
 * items, the route, the payment and the contract. Roles follow the parties an export
 * declaration and BIS's KYC guidance distinguish (15 CFR 748.5: purchaser, intermediate
 * consignee, ultimate consignee, end user; plus the forwarder and the notify party).
 * Countries are ISO 3166-1 alpha-2; dates ISO 8601 (YYYY-MM-DD).
 */

import type { Activity } from './activity';
import type { ListedAddressIndex, ListedContactIndex, NameHit } from './listed';
import type { OwnershipAnswer } from './ownership';
import type { Provenance as SharedProvenance, SharedIndicator } from '../coalition/shared-lists';

export const PARTY_ROLES = [
  'exporter',
  'consignee',
  'end_user',
  'freight_forwarder',
  'intermediate_consignee',
  'notify_party',
  'purchaser',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface Party {
  /** The caller's id of the party (customer number, registry id...). */
  id?: string;
  role: PartyRole;
  name: string;
  address?: string;
  country?: string;
  phones?: string[];
  emails?: string[];
  website?: string;
  /** Date of incorporation, when a registry says. */
  incorporated?: string;
  /**
   * Line of business as declared: words ("freight forwarding", "appliance repair") or an activity code ("NACE 95.22",
   * "NAICS 811412", "ISIC 4663"; activity.ts).
   */
  business?: string;
}

export interface Item {
  description?: string;
  /** Harmonized System code, 6 or more digits (dots and spaces are ignored). */
  hsCode?: string;
  eccn?: string;
  quantity?: number;
  unitPrice?: number;
  value?: number;
  currency?: string;
  manufacturerPartNumber?: string;
}

export interface RouteLeg {
  from: string;
  to: string;
  mode?: 'air' | 'sea' | 'road' | 'rail' | 'post' | 'other';
}

export interface Payment {
  payer?: string;
  payerCountry?: string;
  /** Country of the bank the money comes from: the third-country leg the alerts describe. */
  payerBankCountry?: string;
  beneficiary?: string;
  amount?: number;
  currency?: string;
  date?: string;
  letterOfCredit?: LetterOfCredit;
  /**
   * The account the money leaves (IBAN or bank + number): small payments from one account to several suppliers
   * (RED-FLAGS #13).
   */
  payerAccount?: string;
}

/** An earlier payment, for the structuring rule (`ScoringContext.payments`). */
export interface PaymentRecord {
  payerAccount: string;
  beneficiary: string;
  amount: number;
  currency?: string;
  date: string;
}

/**
 * A licence denial shared between authorities (Reg. (EU) 2021/821 Art. 16) or known to the
 * exporter: who was refused what, when. For the denial-undercut rule (RED-FLAGS #27).
 */
export interface Denial {
  id: string;
  /** Denying authority ("BAFA", "ECJU", "BIS"). */
  authority: string;
  date: string;
  /** End user or consignee refused. */
  party: string;
  country?: string;
  hsCodes?: string[];
  eccns?: string[];
}

/**
 * A documentary credit as FinCEN–BIS describe its abuse: goods consigned to the issuing bank, invoices silent on the
 * end user.
 */
export interface LetterOfCredit {
  issuingBank?: string;
  issuingBankCountry?: string;
  /** "Consigned to" on the transport document. */
  consignedTo?: string;
  /** Whether the commercial invoice names the end user. */
  invoiceNamesEndUser?: boolean;
}

export interface Contract {
  date?: string;
  /** The EU "no re-export to Russia" clause of Reg. 833/2014 Art. 12g is in the contract. */
  noReExportToRussiaClause?: boolean;
}

/** An earlier state of the order: a changed consignee or destination is a red flag. */
export interface Amendment {
  date?: string;
  field: 'consignee' | 'end_user' | 'destination' | 'route';
  from?: string;
  to?: string;
}

export interface Shipment {
  id: string;
  date?: string;
  /** Country of final destination as declared. */
  destination?: string;
  parties: Party[];
  items: Item[];
  route?: RouteLeg[];
  payment?: Payment;
  contract?: Contract;
  amendments?: Amendment[];
  /** An end-use / end-user statement was supplied. */
  endUseStatement?: boolean;
  /** The customer declined to say, or could not show, who the end user is or what the end use is. */
  endUserInfoDeclined?: boolean;
  /** Installation, training or maintenance the item normally needs was declined. */
  servicesDeclined?: boolean;
}

/** A listed party the rules compare against (from an imported list version). */
export interface ListedParty {
  id: string;
  list: string;
  names: string[];
  addresses: string[];
  countries?: string[];
  phones?: string[];
  emails?: string[];
}

/** Earlier quantities a consignee ordered of one HS6 heading, for the "unusual quantity" rule. */
export type QuantityHistory = Map<string, number[]>;

/** Everything a rule may look at besides the shipment; all optional, a rule without its data abstains. */
export interface ScoringContext {
  /** HS6 → CHPL tier ("1", "2", "3.A"...): imported data, see `parseChplTiers`. */
  chpl?: Map<string, string>;
  listed?: ListedParty[];
  /** The screening engine over the loaded lists (application); replaces the scan of `listed` for names. */
  screenName?: (party: Party) => NameHit[];
  /** Addresses of the loaded lists, indexed once per list version; replaces the scan of `listed`. */
  listedAddresses?: ListedAddressIndex;
  /** Phones and e-mails of the loaded lists; replaces the scan of `listed` for contacts. */
  listedContacts?: ListedContactIndex;
  /** Addresses of companies the user knows (a registry import): how many firms share an office. */
  registryAddresses?: ListedAddressIndex;
  /** Ownership coverage per regime (see `computeCoverage`), keyed by the graph ids parties carry in `Party.id`. */
  ownership?: OwnershipAnswer[];
  /** Reference unit prices by HS6 (e.g. from the user's price list or customs unit values), with their source. */
  referencePrices?: Map<string, { price: number; currency: string; source: string }>;
  /** Key `${consigneeName}|${hs6}` (names through `normaliseText`). */
  history?: QuantityHistory;
  /** The date the answer is for (defaults to the shipment date). */
  asOf?: string;
  /** Earlier payments by payer account (key: `paymentAccountKey(account)`), for the structuring rule. */
  payments?: Map<string, PaymentRecord[]>;
  /** Addresses of known military facilities (imported gazetteer), for the co-location rule. */
  militaryAddresses?: ListedAddressIndex;
  /** Licence denials shared with the user, for the denial-undercut rule. */
  denials?: Denial[];
  /** Indicators the user's coalition partners shared (issue 14 item 6), with who shared them, when and why. */
  sharedIndicators?: readonly { indicator: SharedIndicator; provenance: SharedProvenance }[];
  /**
   * The activities (NACE/NAICS/ISIC codes, words) an imported registry gives a party, matched by its id, else its name
   * and country; for the line-of-business rule.
   */
  activities?: (party: Party) => readonly Activity[];
}

/**
 * Payer accounts compared without spaces, dashes or case ("DE89 3704 0044 0532 0130 00" = "de89370400440532013000").
 */
export const paymentAccountKey = (account: string): string => account.toUpperCase().replace(/[^A-Z0-9]/g, '');

export const partiesWith = (s: Shipment, ...roles: PartyRole[]): Party[] =>
  s.parties.filter((p) => roles.includes(p.role));

/** Digits of an HS code, first six. */
export const hs6 = (code: string | undefined): string | undefined => {
  const d = (code ?? '').replace(/[^0-9]/g, '');
  return d.length >= 6 ? d.slice(0, 6) : undefined;
};

/** Where the goods end up: declared destination, else the end user's, else the consignee's country. */
export function finalDestination(s: Shipment): string | undefined {
  return s.destination ?? partiesWith(s, 'end_user')[0]?.country ?? partiesWith(s, 'consignee')[0]?.country;
}
