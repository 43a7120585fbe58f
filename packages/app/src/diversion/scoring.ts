/**
 * Diversion scoring: shipments against the red-flag rules, with the loaded restricted-party
 * lists (names through the screening engine, addresses and contacts through indexes built once
 * per set of list versions), the CHPL the caller supplies and the tenant's imported companies
 * (registry.ts). Fails closed like screening: with no list loaded the listed-party rules could
 * not run, so nothing is scored. Every run is audited with the list versions, the CHPL
 * fingerprint and the registry fingerprint it used.
 *
 * ONE scoring path: `diversionScorer` (lists, CHPL, the coalition's shared indicators, then
 * `tenantScorer`: the tenant's imported companies and the rules) scores `dualuse score` and
 * POST /diversion/score (scoreShipments) and `shipments import` / `payments import`
 * (records.ts), so the same data gives the same answer whichever way it comes in (issue 18
 * item 4); the stream worker (stream/scorer.ts) keeps a `diversionScoring` context between events and scores
 * through the same shared indicators and `tenantScorer`.
 */
import { authorise, sha256Hex, type Principal } from '@dualuse/core';
import {
  groupAlerts,
  ListedAddressIndex,
  ListedContactIndex,
  scoreShipment,
  type AlertGroup,
  type ListedParty,
  type NameHit,
  type Party,
  type ScoringContext,
  type Shipment,
  type ShipmentScore,
} from '@dualuse/core/diversion';
import type { ListEntry } from '@dualuse/core';
import { DEFAULT_THRESHOLD, type Screener } from '@dualuse/core/matching';
import { entriesOfVersion, inTenant } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { screeningData } from '../screening/data';
import { withSharedIndicators } from '../coalition/shared-consumption';
import { registryScoring } from './registry';

export interface DiversionOptions {
  /** HS6 → CHPL tier; without it the CHPL rules abstain (reported in `abstained`). */
  chpl?: Map<string, string>;
  asOf?: string;
  /** Name-match threshold for the screening engine; default its own (DEFAULT_THRESHOLD). */
  nameThreshold?: number;
  requestId?: string | null;
}

export interface DiversionRun {
  results: ShipmentScore[];
  alerts: number;
  /** Alerts grouped by counterparty (core/src/diversion/alerts.ts). */
  groups: AlertGroup[];
  inputVersions: Record<string, string>;
}

interface ListedIndexes {
  addresses: ListedAddressIndex;
  contacts: ListedContactIndex;
}

/** Name look-ups remembered per (name, country) in one scoring context; cleared past this many. */
const MEMO_MAX = 200_000;

/** Built once per screener (that is, per set of list versions) and shared by every run. */
const listedIndexes = new WeakMap<Screener, Promise<ListedIndexes>>();

const addressText = (a: ListEntry['addresses'][number]) =>
  a.full ?? [a.street, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(', ');

function indexesFor(
  ctx: AppContext,
  screener: Screener,
  versions: { id: string; list: string }[],
): Promise<ListedIndexes> {
  let index = listedIndexes.get(screener);
  if (!index) {
    index = (async () => {
      const listed: ListedParty[] = [];
      for (const v of versions) {
        for (const row of await entriesOfVersion(ctx.db.orm, v.id)) {
          const e = row.entry as ListEntry;
          const ids = (type: string) => e.identifiers.filter((i) => i.type === type).map((i) => i.value);
          const [phones, emails] = [ids('phone'), ids('email')];
          if (e.addresses.length || phones.length || emails.length)
            listed.push({
              id: e.sourceId,
              list: v.list,
              names: e.names.map((n) => n.full),
              addresses: e.addresses.map(addressText),
              countries: e.countries,
              phones,
              emails,
            });
        }
      }
      return { addresses: new ListedAddressIndex(listed), contacts: new ListedContactIndex(listed) };
    })();
    listedIndexes.set(screener, index);
  }
  return index;
}

/**
 * The scoring context of the loaded lists (screening engine, address and contact indexes) and
 * the input versions it stands for; shared by scoring on request and on import
 * (diversion-records.ts). The caller has authorised.
 */
export async function diversionScoring(
  ctx: AppContext,
  options: DiversionOptions = {},
): Promise<{ scoring: ScoringContext; inputVersions: Record<string, string> }> {
  const data = await screeningData(ctx);
  const threshold = options.nameThreshold ?? DEFAULT_THRESHOLD;
  // One look-up per (name, country) per context: the consignee is often the end user, and parties recur across a
  // batch and a stream. A stream worker keeps its context for as long as the list versions stand: bounded.
  const memo = new Map<string, NameHit[]>();
  const screenName = (party: Party): NameHit[] => {
    const key = `${party.name}\u0000${party.country ?? ''}`;
    let hits = memo.get(key);
    if (!hits) {
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(key, (hits = screenOnce(party)));
    }
    return hits;
  };
  const screenOnce = (party: Party): NameHit[] =>
    data.screener
      .screen({ name: party.name, ...(party.country ? { countries: [party.country] } : {}) }, { threshold, maxHits: 5 })
      .map((h) => ({
        listed: { id: h.entryId, list: h.list, names: [h.name], addresses: [] },
        score: h.score,
        why: `screening score ${h.score.toFixed(2)} against list version ${h.listVersion}`,
      }));
  const indexes = await indexesFor(ctx, data.screener, data.versions);
  const scoring: ScoringContext = {
    screenName,
    listedAddresses: indexes.addresses,
    listedContacts: indexes.contacts,
    ...(options.chpl ? { chpl: options.chpl } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
  };
  const inputVersions: Record<string, string> = Object.fromEntries(data.versions.map((v) => [`list:${v.list}`, v.id]));
  if (options.chpl) inputVersions.chpl = `sha256:${sha256Hex(JSON.stringify([...options.chpl].sort()))}`;
  return { scoring, inputVersions };
}

/** Scores records for one tenant, and names the data versions its answers rest on. */
export interface DiversionScorer {
  score: (s: Shipment) => ShipmentScore;
  inputVersions: Record<string, string>;
}

/**
 * THE scoring step: the tenant's imported companies (shared offices, ownership coverage by date;
 * registry.ts) on top of a list context, then the red-flag rules. Every path scores through here.
 * The caller has authorised; `inputVersions` gains the registry fingerprint.
 */
export async function tenantScorer(
  ctx: AppContext,
  p: Principal,
  base: ScoringContext,
  inputVersions: Record<string, string>,
): Promise<DiversionScorer> {
  const contextFor = await registryScoring(ctx, p, base, inputVersions);
  return { score: (s) => scoreShipment(s, contextFor(s)), inputVersions };
}

/**
 * The scoring of `score` and the imports: the loaded lists and the CHPL (diversionScoring), the coalition's shared
 * indicators, then the tenant's part (tenantScorer). The caller has authorised.
 */
export async function diversionScorer(
  ctx: AppContext,
  p: Principal,
  options: DiversionOptions = {},
): Promise<DiversionScorer> {
  const { scoring: lists, inputVersions } = await diversionScoring(ctx, options);
  // The indicators the tenant's coalitions share (the `coalition_indicator` flag); their read is audited per run.
  const base = await withSharedIndicators(ctx, p, lists, { inputVersions });
  return tenantScorer(ctx, p, base, inputVersions);
}

export async function scoreShipments(
  ctx: AppContext,
  p: Principal,
  shipments: Shipment[],
  options: DiversionOptions = {},
): Promise<DiversionRun> {
  authorise(p, 'diversion:run');
  const { score, inputVersions } = await diversionScorer(ctx, p, options);
  const results = shipments.map(score);
  const alerts = results.filter((r) => r.alert).length;
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'diversion.score',
      subject: shipments.length === 1 ? { type: 'shipment', id: shipments[0]!.id } : null,
      details: {
        shipments: shipments.length,
        alerts,
        results: results.map((r) => ({
          id: r.id,
          score: r.score,
          severity: r.severity,
          alert: r.alert,
          flags: r.flags.map((f) => f.tag),
        })),
      },
      inputVersions,
      requestId: options.requestId ?? null,
    }),
  );
  return { results, alerts, groups: groupAlerts(shipments, results), inputVersions };
}
