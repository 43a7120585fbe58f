/**
 * Rings from transaction records (issue 18 item 3, first slice): the ties that expose procurement
 * networks are rarely registry links but what their orders share — one payer account (else one payer
 * by name and country) paying for several buyers (RED-FLAGS #13; FinCEN–BIS FIN-2022-Alert003), one
 * small forwarder or notify party
 * serving them, the same phone, e-mail or office on their records (Tri-seal note 2023). Each edge
 * names its basis, the records behind it and their dates; rings are the connected groups, scored by
 * how many members are listed or alerted and how many identifiers they share. Nothing is merged.
 *
 * Ours, not law: `maxFanOut` — a forwarder, notify party or account serving more counterparties
 * than this is a hub (a carrier, a bank's pooled account), not a tie, and links nobody.
 */
import { counterpartyKey } from './alerts';
import { findClusters, type NetworkParty } from './network';
import { paymentAccountKey, type Party, type Shipment } from './model';

export type RecordEdgeKind =
  | 'same_payer_account'
  | 'same_payer'
  | 'same_forwarder'
  | 'same_notify_party'
  | 'shared_address'
  | 'shared_phone'
  | 'shared_email';

export interface RecordEdge {
  from: string;
  to: string;
  kind: RecordEdgeKind;
  /** The shared value as written (account, forwarder name, phone...). */
  value: string;
  why: string;
  /** Records behind the edge, and the first and last of their dates. */
  records: string[];
  firstDate?: string;
  lastDate?: string;
}

export interface Ring {
  members: { key: string; name: string; listed: boolean; alerted: boolean }[];
  edges: RecordEdge[];
  listedMembers: number;
  alertedMembers: number;
  /** Distinct shared identifiers (kind + value) holding the ring together. */
  sharedIdentifiers: number;
  why: string;
}

export interface RecordNetworkOptions {
  /** Counterparty keys (see `counterpartyOf`) on a list. */
  listed?: ReadonlySet<string>;
  /** Record ids that raised an alert. */
  alerted?: ReadonlySet<string>;
  maxFanOut?: number;
}

/** Product heuristic, not law (see the header). */
export const MAX_FAN_OUT = 10;

const BUYER_ROLES = new Set<Party['role']>(['purchaser', 'consignee', 'end_user', 'intermediate_consignee']);

/** A counterparty's key: the caller's id, else its normalised name and country (alerts.ts). */
export const counterpartyOf = (p: Party): string => p.id ?? counterpartyKey(p.name, p.country);

interface Seen {
  name: string;
  records: Set<string>;
  dates: string[];
  party: NetworkParty;
}

interface Tie {
  kind: RecordEdgeKind;
  value: string;
  /** Counterparty key → the records on which it shares the value. */
  members: Map<string, Set<string>>;
}

/** The records' buyers (with their pooled contacts) and the payers, forwarders and notify parties they share. */
function collectTies(records: readonly Shipment[]): { who: Map<string, Seen>; ties: Map<string, Tie> } {
  const who = new Map<string, Seen>();
  const ties = new Map<string, Tie>();
  const tie = (found: Omit<Tie, 'members'> & { key: string }, member: string, record: string) => {
    const id = `${found.kind}|${found.key}`;
    const t = ties.get(id) ?? ties.set(id, { kind: found.kind, value: found.value, members: new Map() }).get(id)!;
    (t.members.get(member) ?? t.members.set(member, new Set()).get(member)!).add(record);
  };
  for (const r of records) {
    for (const b of r.parties.filter((p) => BUYER_ROLES.has(p.role))) {
      const k = counterpartyOf(b);
      const s = who.get(k) ?? who.set(k, newSeen(k, b.name)).get(k)!;
      s.records.add(r.id);
      if (b.address) s.party.addresses.push(b.address);
      s.party.phones!.push(...(b.phones ?? []));
      s.party.emails!.push(...(b.emails ?? []));
      const account = r.payment?.payerAccount;
      if (account) tie({ kind: 'same_payer_account', key: paymentAccountKey(account), value: account }, k, r.id);
      // Without an account, the payer by name and country: one third party paying for several buyers' orders.
      const payer = r.payment?.payer;
      if (payer && !account)
        tie({ kind: 'same_payer', key: counterpartyKey(payer, r.payment?.payerCountry), value: payer }, k, r.id);
      for (const f of r.parties.filter((p) => p.role === 'freight_forwarder'))
        tie({ kind: 'same_forwarder', key: counterpartyOf(f), value: f.name }, k, r.id);
      for (const n of r.parties.filter((p) => p.role === 'notify_party' && counterpartyOf(p) !== k))
        tie({ kind: 'same_notify_party', key: counterpartyOf(n), value: n.name }, k, r.id);
    }
  }
  return { who, ties };
}

const newSeen = (key: string, name: string): Seen => ({
  name,
  records: new Set(),
  dates: [],
  party: { id: key, name, addresses: [], phones: [], emails: [] },
});

type Span = (records: string[]) => { firstDate?: string; lastDate?: string };

function tieEdges(ties: Map<string, Tie>, who: Map<string, Seen>, span: Span, maxFanOut: number): RecordEdge[] {
  const edges: RecordEdge[] = [];
  for (const t of ties.values()) {
    const members = [...t.members];
    if (members.length < 2 || members.length > maxFanOut) continue;
    const [first, ...rest] = members;
    for (const m of rest) {
      const recs = [...new Set([...first![1], ...m[1]])];
      // Two buyers of one and the same record (its consignee and end user) are not tied by sharing that record's payer
      // or forwarder.
      if (recs.length < 2) continue;
      edges.push({
        from: first![0],
        to: m[0],
        kind: t.kind,
        value: t.value,
        records: recs,
        ...span(recs),
        why: `${who.get(first![0])!.name} and ${who.get(m[0])!.name}: ${t.kind.replace(/_/g, ' ')} "${t.value}" on records ${recs.join(', ')} (${members.length} counterparties share it; a hub above ${maxFanOut} links nobody)`,
      });
    }
  }
  return edges;
}

/** Addresses, phones and e-mails on any record: network.ts clusters over the counterparties' pooled contacts. */
function contactEdges(who: Map<string, Seen>, span: Span, maxFanOut: number): RecordEdge[] {
  const edges: RecordEdge[] = [];
  for (const c of findClusters([...who.values()].map((s) => s.party))) {
    if (c.size > maxFanOut) continue;
    const [first, ...rest] = c.members;
    for (const m of rest) {
      const recs = [...new Set([...who.get(first!.party)!.records, ...who.get(m.party)!.records])];
      edges.push({
        from: first!.party,
        to: m.party,
        kind: `shared_${c.kind}`,
        value: m.value,
        records: recs,
        ...span(recs),
        why: `${first!.name} and ${m.name}: ${m.why} ("${first!.value}" / "${m.value}") on records ${recs.join(', ')}`,
      });
    }
  }
  return edges;
}

export function recordNetwork(
  records: readonly Shipment[],
  o: RecordNetworkOptions = {},
): { edges: RecordEdge[]; rings: Ring[] } {
  const maxFanOut = o.maxFanOut ?? MAX_FAN_OUT;
  const { who, ties } = collectTies(records);
  const dateOf = new Map(records.map((r) => [r.id, r.payment?.date ?? r.date]));
  const span: Span = (recs) => {
    const ds = recs
      .map((id) => dateOf.get(id))
      .filter((d): d is string => !!d)
      .sort();
    return ds.length ? { firstDate: ds[0]!, lastDate: ds[ds.length - 1]! } : {};
  };
  const edges = [...tieEdges(ties, who, span, maxFanOut), ...contactEdges(who, span, maxFanOut)];
  return { edges, rings: rings(edges, who, records, o) };
}

function rings(
  edges: RecordEdge[],
  who: Map<string, Seen>,
  records: readonly Shipment[],
  o: RecordNetworkOptions,
): Ring[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => ((parent.get(k) ?? k) === k ? k : find(parent.get(k)!));
  for (const e of edges) {
    const [a, b] = [find(e.from), find(e.to)];
    if (a !== b) parent.set(b, a);
  }
  const groups = new Map<string, RecordEdge[]>();
  for (const e of edges) (groups.get(find(e.from)) ?? groups.set(find(e.from), []).get(find(e.from))!).push(e);
  const alertedKeys = new Set(
    records
      .filter((r) => o.alerted?.has(r.id))
      .flatMap((r) => r.parties.filter((p) => BUYER_ROLES.has(p.role)).map(counterpartyOf)),
  );
  return [...groups.values()]
    .map((es): Ring => {
      const keys = [...new Set(es.flatMap((e) => [e.from, e.to]))].sort();
      const members = keys.map((key) => ({
        key,
        name: who.get(key)!.name,
        listed: !!o.listed?.has(key),
        alerted: alertedKeys.has(key),
      }));
      const shared = new Set(es.map((e) => `${e.kind}|${e.value}`));
      const listedMembers = members.filter((m) => m.listed).length;
      const alertedMembers = members.filter((m) => m.alerted).length;
      return {
        members,
        edges: es,
        listedMembers,
        alertedMembers,
        sharedIdentifiers: shared.size,
        why: `${members.length} counterparties tied by ${[...new Set(es.map((e) => e.kind.replace(/_/g, ' ')))].join(', ')} (${shared.size} shared identifier(s)); ${listedMembers} listed, ${alertedMembers} with an alert`,
      };
    })
    .sort(
      (a, b) =>
        b.listedMembers - a.listedMembers ||
        b.alertedMembers - a.alertedMembers ||
        b.sharedIdentifiers - a.sharedIdentifiers ||
        b.members.length - a.members.length,
    );
}

/**
 * What the scores say about the records' buyers, for `recordNetwork`'s options: the records that
 * alerted, and the buyers a listed-name flag (`listed_party_match`) names by field.
 */
export function scoredMembers(
  records: readonly Shipment[],
  results: readonly { id: string; alert: boolean; flags: readonly { rule: string; fields: readonly string[] }[] }[],
): { listed: Set<string>; alerted: Set<string> } {
  const byId = new Map(records.map((r) => [r.id, r]));
  const listed = new Set<string>();
  for (const res of results)
    for (const f of res.flags) {
      if (f.rule !== 'listed_party_match') continue;
      for (const field of f.fields) {
        const q = byId.get(res.id)?.parties[Number(/^parties\[(\d+)\]/.exec(field)?.[1] ?? -1)];
        if (q && BUYER_ROLES.has(q.role)) listed.add(counterpartyOf(q));
      }
    }
  return { listed, alerted: new Set(results.filter((r) => r.alert).map((r) => r.id)) };
}
