/**
 * What a party's network needs from the store, without reading every record of the tenant: starting from the
 * party, each round fetches (SQL, store diversion-network.ts) the companies, links and records that mention the
 * frontier — its ids, names and contacts — then the records that share an identifier with those records (payer
 * account, payer, forwarder, notify party, address, phone, e-mail), and the core decides the ties on what was
 * fetched exactly as on all records (party-network.ts). The frontier of the next round is every node the ties so far
 * put within one more hop; four rounds cover the four hops of the path to a listed party.
 *
 * The fetch is a superset by construction for ids, accounts (digits), phones (digits) and e-mails; names and
 * addresses are found by their longest distinctive word, so two spellings that share no such word (a
 * transliteration) are not followed. A hub value (a carrier on thousands of orders) is fetched and, as before, ties
 * nobody — which is also why this is not yet faster than reading everything (bench/diversion-network.ts): without an
 * index on the identifiers every look-up scans the records' text, and a hub's word brings most of them back.
 * Not the default (PartyNetworkOptions.scan) until an identifier table with an index makes it pay.
 */
import type { Shipment } from '@dualuse/core/diversion';
import {
  companiesByRefs,
  companiesMentioning,
  linksTouching,
  paymentsMentioning,
  shipmentsMentioning,
  type CompanyLinkRow,
  type CompanyRow,
  type Needles,
  type Orm,
  type PaymentRow,
  type ShipmentRow,
} from '@dualuse/store';
import { shipmentOfRow } from './records';

export interface LoadedRows {
  companies: CompanyRow[];
  links: CompanyLinkRow[];
  shipments: ShipmentRow[];
  payments: PaymentRow[];
}

/** Words too common in names and addresses to find anything by (the fetch stays a superset either way). */
const COMMON = new Set(
  'building street avenue floor commercial limited company trading international group holding holdings import export road centre center office tower plaza district'.split(
    ' ',
  ),
);

/** The longest distinctive words of a name or address (at most three), lower-case ASCII letters and digits. */
export function distinctiveWords(value: string): string[] {
  const words = [...new Set(value.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [])];
  const good = words.filter((w) => !COMMON.has(w) && !/^\d+$/.test(w));
  return (good.length ? good : words).sort((a, b) => b.length - a.length).slice(0, 3);
}

const phoneDigits = (p: string) => {
  const d = p.replace(/\D/g, '');
  return d.length >= 7 ? d.slice(-7) : undefined;
};

class NeedleSet {
  readonly text = new Set<string>();
  readonly digits = new Set<string>();
  /** Names and addresses by their longest distinctive word. */
  word(v: string | undefined) {
    const w = v ? distinctiveWords(v)[0] : undefined;
    if (w) this.text.add(w);
  }
  exact(v: string | undefined) {
    if (v?.trim()) this.text.add(v.trim().toLowerCase());
  }
  phone(v: string) {
    const d = phoneDigits(v);
    if (d) this.digits.add(d);
  }
  account(v: string) {
    const d = v.replace(/\D/g, '');
    if (d.length >= 6) this.digits.add(d);
    else this.exact(v);
  }
  /** The needles not looked for yet. */
  take(seen: NeedleSet): Needles {
    const text = [...this.text].filter((t) => !seen.text.has(t));
    const digits = [...this.digits].filter((d) => !seen.digits.has(d));
    for (const t of text) seen.text.add(t);
    for (const d of digits) seen.digits.add(d);
    return { text, digits };
  }
}

function companyNeedles(n: NeedleSet, c: CompanyRow) {
  n.exact(c.ref);
  n.word(c.name);
  for (const a of c.addresses) n.word(a);
  for (const p of c.phones) n.phone(p);
  for (const e of c.emails) n.exact(e);
}

/** The identifiers of a record the ties compare (core record-network.ts). */
function recordNeedles(n: NeedleSet, s: Shipment) {
  if (s.payment?.payerAccount) n.account(s.payment.payerAccount);
  n.word(s.payment?.payer);
  for (const p of s.parties) {
    n.exact(p.id);
    n.word(p.name);
    n.word(p.address);
    for (const x of p.phones ?? []) n.phone(x);
    for (const e of p.emails ?? []) n.exact(e);
  }
}

export class Neighbourhood {
  private readonly companies = new Map<string, CompanyRow>();
  private readonly links = new Map<string, CompanyLinkRow>();
  private readonly shipments = new Map<string, ShipmentRow>();
  private readonly payments = new Map<string, PaymentRow>();
  private readonly seen = new NeedleSet();
  private readonly expanded = new Set<string>();

  constructor(private readonly tx: Orm) {}

  rows(): LoadedRows {
    const sorted = <T extends { ref: string }>(m: Map<string, T>) =>
      [...m.values()].sort((a, b) => a.ref.localeCompare(b.ref));
    return {
      companies: sorted(this.companies),
      links: sorted(this.links),
      shipments: sorted(this.shipments),
      payments: sorted(this.payments),
    };
  }

  /** Fetch what mentions the frontier (ids and names as the caller knows them), then what shares its records' ids. */
  async expand(frontier: { id: string; name?: string | undefined }[]): Promise<void> {
    const fresh = frontier.filter((f) => !this.expanded.has(f.id));
    if (!fresh.length) return;
    for (const f of fresh) this.expanded.add(f.id);
    const tx = this.tx;
    const refs = fresh.map((f) => f.id);
    const own = await companiesByRefs(tx, refs);
    this.add(this.companies, own);
    const first = new NeedleSet();
    for (const f of fresh) {
      first.exact(f.id);
      first.word(f.name);
    }
    for (const c of own) companyNeedles(first, c);
    const needles = first.take(this.seen);
    this.add(this.companies, await companiesMentioning(tx, needles));
    const links = await linksTouching(tx, refs);
    // The far ends' own links too: the other firms of the same registration agent or director.
    const ends = [...new Set(links.flatMap((l) => [l.fromRef, l.toRef]))].filter((r) => !refs.includes(r));
    this.add(this.links, [...links, ...(await linksTouching(tx, ends))]);
    const found = await shipmentsMentioning(tx, needles);
    this.add(this.shipments, found);
    const second = new NeedleSet();
    for (const s of found) recordNeedles(second, shipmentOfRow(s));
    const more = second.take(this.seen);
    this.add(this.shipments, await shipmentsMentioning(tx, more));
    // Record counterparties without an id are matched to the registry by name: their companies come too.
    this.add(this.companies, await companiesMentioning(tx, more));
    const both = { text: [...needles.text, ...more.text], digits: [...needles.digits, ...more.digits] };
    this.add(this.payments, await paymentsMentioning(tx, both, [...this.shipments.keys()]));
    const linked = [...this.links.values()].flatMap((l) => [l.fromRef, l.toRef]).filter((r) => !this.companies.has(r));
    this.add(this.companies, await companiesByRefs(tx, [...new Set(linked)]));
  }

  private add<T extends { ref: string }>(m: Map<string, T>, rows: T[]) {
    for (const r of rows) if (!m.has(r.ref)) m.set(r.ref, r);
  }
}
