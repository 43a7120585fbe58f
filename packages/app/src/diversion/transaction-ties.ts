/**
 * The ties in the tenant's own records (issue 18 item 3) as network edges: what imported shipments
 * and payments share — a payer or payer account, a small forwarder or notify party, an address,
 * phone or e-mail on the orders (core record-network.ts) — and the registration agents the imported
 * companies share (core registry-ties.ts). Record counterparties are matched to imported companies
 * by the party's id, else by normalised name and country (core counterpartyKey); the rest stay
 * counterparties of their own, named as on the orders.
 */
import {
  counterpartyKey,
  paymentAsShipment,
  recordNetwork,
  sharedAgentTies,
  type Ring,
  type Shipment,
} from '@dualuse/core/diversion';
import {
  alertedSubjectRefs,
  listPaymentRows,
  listShipmentRows,
  type CompanyLinkRow,
  type CompanyRow,
  type Orm,
  type PaymentRow,
  type ShipmentRow,
} from '@dualuse/store';
import { shipmentOfRow } from './records';
import { paymentOfRow } from './payment-rows';

export interface TieEdge {
  from: string;
  to: string;
  kind: string;
  why: string;
  source: string;
  /** Where the tie comes from: the company registry, or the shipments and payments. */
  basis: 'registry' | 'records';
  /** The records behind a records tie, and the first and last of their dates. */
  records?: string[];
  firstDate?: string;
  lastDate?: string;
}

export interface TransactionTies {
  edges: TieEdge[];
  /** Counterparties on the records that are none of the imported companies: key → name. */
  counterparties: Map<string, string>;
  rings: Ring[];
}

/** Stored rows to read instead of every record of the tenant (a party's neighbourhood, party-neighbourhood.ts). */
export interface RecordRows {
  shipments: ShipmentRow[];
  payments: PaymentRow[];
}

/** Shipments, and payments joined to their shipment (else on their own parties), as the scorer reads them. */
async function records(tx: Orm, rows?: RecordRows): Promise<Shipment[]> {
  const shipments = (rows?.shipments ?? (await listShipmentRows(tx))).map(shipmentOfRow);
  const byRef = new Map(shipments.map((s) => [s.id, s]));
  const payments = (rows?.payments ?? (await listPaymentRows(tx))).map((r) => {
    const p = paymentOfRow(r);
    return paymentAsShipment(p, p.shipmentId ? byRef.get(p.shipmentId) : undefined);
  });
  return [...shipments, ...payments];
}

export async function transactionTies(
  tx: Orm,
  companies: readonly CompanyRow[],
  links: readonly CompanyLinkRow[],
  rows?: RecordRows,
): Promise<TransactionTies> {
  const byKey = new Map<string, string>();
  for (const c of companies) {
    byKey.set(counterpartyKey(c.name, c.country ?? undefined), c.ref);
    byKey.set(c.ref, c.ref);
  }
  const ref = (key: string) => byKey.get(key) ?? key;
  const listed = new Set(companies.filter((c) => c.listed).map((c) => c.ref));
  const all = await records(tx, rows);
  const alerted = await alertedSubjectRefs(tx);
  const net = recordNetwork(all, {
    alerted,
    listed: new Set([...byKey].filter(([, r]) => listed.has(r)).map(([k]) => k)),
  });
  const counterparties = new Map<string, string>();
  for (const r of net.rings) for (const m of r.members) if (!byKey.has(m.key)) counterparties.set(m.key, m.name);
  const recordEdges: TieEdge[] = net.edges.map((e) => ({
    from: ref(e.from),
    to: ref(e.to),
    kind: e.kind,
    why: e.why,
    source: e.records.join(', '),
    basis: 'records',
    records: e.records,
    ...(e.firstDate ? { firstDate: e.firstDate } : {}),
    ...(e.lastDate ? { lastDate: e.lastDate } : {}),
  }));
  const names = new Map(companies.map((c) => [c.ref, c.name]));
  const agentEdges: TieEdge[] = sharedAgentTies(
    links.map((l) => ({
      ref: l.ref,
      kind: l.kind,
      from: l.fromRef,
      to: l.toRef,
      role: l.role,
      startDate: l.startDate,
    })),
    (id) => names.get(id) ?? id,
  ).map((t) => ({
    from: t.from,
    to: t.to,
    kind: 'same_registration_agent',
    why: t.why,
    source: t.links.join(', '),
    basis: 'registry',
    ...(t.firstDate ? { firstDate: t.firstDate } : {}),
  }));
  // Ring members under the names the network uses: the imported company's ref where there is one.
  const rings = net.rings.map((r) => ({ ...r, members: r.members.map((m) => ({ ...m, key: ref(m.key) })) }));
  return { edges: [...recordEdges, ...agentEdges], counterparties, rings };
}
