/**
 * A shipment as the form edits it (strings in inputs) and back to the API's shipment object. Fields the form does not
 * show (amendments, letters of credit, unit prices…) are kept aside and written back unchanged, so switching between
 * the form and the JSON view never loses anything.
 */
import { PARTY_ROLES, type PartyRole } from '@dualuse/core/diversion';

type Json = Record<string, unknown>;
/** A yes/no the shipment may leave unstated ('' ): the scorer treats "not stated" apart from "no". */
export type Stated = '' | 'yes' | 'no';
const stated = (v: unknown): Stated => (v === true ? 'yes' : v === false ? 'no' : '');
const flag = (v: Stated): boolean | undefined => (v === '' ? undefined : v === 'yes');

export const ROLE_LABELS: Record<PartyRole, string> = {
  exporter: 'Exporter',
  consignee: 'Consignee',
  end_user: 'End user',
  freight_forwarder: 'Freight forwarder',
  intermediate_consignee: 'Intermediate consignee',
  notify_party: 'Notify party',
  purchaser: 'Purchaser',
};
export const ROLE_OPTIONS = PARTY_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

export const MODES = ['', 'air', 'sea', 'road', 'rail', 'post', 'other'] as const;

export interface PartyDraft {
  role: PartyRole;
  name: string;
  country: string;
  address: string;
  /** Comma- or semicolon-separated, as users paste them. */
  emails: string;
  phones: string;
  website: string;
  incorporated: string;
  business: string;
  rest: Json;
}
export interface ItemDraft {
  description: string;
  hsCode: string;
  quantity: string;
  value: string;
  currency: string;
  rest: Json;
}
export interface LegDraft {
  from: string;
  to: string;
  mode: (typeof MODES)[number];
}
export interface ShipmentDraft {
  id: string;
  date: string;
  destination: string;
  parties: PartyDraft[];
  items: ItemDraft[];
  route: LegDraft[];
  payer: string;
  payerBankCountry: string;
  amount: string;
  currency: string;
  contractDate: string;
  /** '' when the contract does not say. */
  clause: Stated;
  endUseStatement: Stated;
  paymentRest: Json;
  rest: Json;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): string => (Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(', ') : str(v));
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const without = (o: Json, keys: readonly string[]): Json =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

const PARTY_KEYS = ['role', 'name', 'country', 'address', 'emails', 'phones', 'website', 'incorporated', 'business'];
const ITEM_KEYS = ['description', 'hsCode', 'quantity', 'value', 'currency'];
const PAYMENT_KEYS = ['payer', 'payerBankCountry', 'amount', 'currency'];
const CONTRACT_KEYS = ['date', 'noReExportToRussiaClause'];
const SHIPMENT_KEYS = [
  'id',
  'date',
  'destination',
  'parties',
  'items',
  'route',
  'payment',
  'contract',
  'endUseStatement',
];

export const emptyParty = (role: PartyRole): PartyDraft => ({
  role,
  name: '',
  country: '',
  address: '',
  emails: '',
  phones: '',
  website: '',
  incorporated: '',
  business: '',
  rest: {},
});
export const emptyItem = (): ItemDraft => ({
  description: '',
  hsCode: '',
  quantity: '',
  value: '',
  currency: '',
  rest: {},
});

function partyDraft(p: Json): PartyDraft {
  const role = (PARTY_ROLES as readonly string[]).includes(str(p.role)) ? (p.role as PartyRole) : 'consignee';
  const d = emptyParty(role);
  for (const k of ['name', 'country', 'address', 'website', 'incorporated', 'business'] as const) d[k] = str(p[k]);
  return { ...d, emails: list(p.emails), phones: list(p.phones), rest: without(p, PARTY_KEYS) };
}

function itemDraft(i: Json): ItemDraft {
  const d = emptyItem();
  for (const k of ['description', 'hsCode', 'quantity', 'value', 'currency'] as const) d[k] = str(i[k]);
  return { ...d, rest: without(i, ITEM_KEYS) };
}

/** The form's view of a shipment object (from an example or the JSON view). */
export function draftOf(s: Json): ShipmentDraft {
  const payment = obj(s.payment);
  const contract = obj(s.contract);
  return {
    id: str(s.id),
    date: str(s.date),
    destination: str(s.destination),
    parties: arr(s.parties).map(partyDraft),
    items: arr(s.items).map(itemDraft),
    route: arr(s.route).map((l) => ({
      from: str(l.from),
      to: str(l.to),
      mode: (MODES as readonly string[]).includes(str(l.mode)) ? (str(l.mode) as LegDraft['mode']) : '',
    })),
    payer: str(payment.payer),
    payerBankCountry: str(payment.payerBankCountry),
    amount: str(payment.amount),
    currency: str(payment.currency),
    contractDate: str(contract.date),
    clause: stated(contract.noReExportToRussiaClause),
    endUseStatement: stated(s.endUseStatement),
    paymentRest: without(payment, PAYMENT_KEYS),
    rest: {
      ...without(s, SHIPMENT_KEYS),
      ...(Object.keys(contract).length ? { contract: without(contract, CONTRACT_KEYS) } : {}),
    },
  };
}

/** Only the fields that were filled, so the scorer sees "not stated" rather than an empty string. */
const filled = (o: Record<string, unknown>): Json =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && !v.length)),
  );
const split = (v: string): string[] =>
  v
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter(Boolean);
/** A number typed in a field; text that is not a number is sent as typed so the API names the field. */
const num = (v: string): number | string => (v.trim() && Number.isFinite(Number(v)) ? Number(v) : v.trim());

/** The API's shipment object from the form. */
export function shipmentOf(d: ShipmentDraft): Json {
  const contract = filled({
    ...obj(d.rest.contract),
    date: d.contractDate,
    noReExportToRussiaClause: flag(d.clause),
  });
  const payment = filled({
    ...d.paymentRest,
    payer: d.payer.trim(),
    payerBankCountry: d.payerBankCountry,
    amount: num(d.amount),
    currency: d.currency.trim(),
  });
  return filled({
    ...d.rest,
    id: d.id.trim(),
    date: d.date,
    destination: d.destination,
    parties: d.parties.map((p) =>
      filled({
        ...p.rest,
        role: p.role,
        name: p.name.trim(),
        country: p.country,
        address: p.address.trim(),
        emails: split(p.emails),
        phones: split(p.phones),
        website: p.website.trim(),
        incorporated: p.incorporated,
        business: p.business.trim(),
      }),
    ),
    items: d.items.map((i) =>
      filled({
        ...i.rest,
        description: i.description.trim(),
        hsCode: i.hsCode.trim(),
        quantity: num(i.quantity),
        value: num(i.value),
        currency: i.currency.trim(),
      }),
    ),
    route: d.route.filter((l) => l.from || l.to).map((l) => filled({ from: l.from, to: l.to, mode: l.mode })),
    payment: Object.keys(payment).length ? payment : undefined,
    contract: Object.keys(contract).length ? contract : undefined,
    endUseStatement: flag(d.endUseStatement),
  });
}

/** A reference for a new shipment, unique enough per user and second; the user may type their own. */
export const newReference = (now = new Date()): string =>
  `WEB-${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
