/**
 * Screening parties and reviewing hits. Every run is recorded in the audit log with the
 * list versions it used; every hit is stored with its explanation for review; an officer's
 * false-positive decision suppresses the same hit later, until the party or the list entry
 * changes (decisions are keyed on the party fingerprint and the entry hash).
 */
import { authorise, notFound, type Json, type Principal } from '@dualuse/core';
import type { Hit, HitExplanation, PartyQuery } from '@dualuse/core/matching';
import { entryReference, partyFingerprint, type EntryReference, type PartyInput } from '@dualuse/core/screening';
import {
  decisionsFor,
  findHit,
  inTenant,
  insertDecision,
  insertHits,
  listHits,
  openHitsFor,
  setHitDecision,
  withdrawHits,
  type DecisionRow,
  type HitRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';
import { entryHash } from '../lists/import';
import { screeningData, type ScreeningData } from './data';
import { loadTenantLists, type EntryProvenance, type TenantLists } from './list-kinds';
import { hitEntries } from './hit-entries';

export type HitStatus = 'open' | 'true_match' | 'false_positive' | 'suppressed' | 'withdrawn';

export interface HitView extends Hit {
  id: string | null;
  status: HitStatus;
  entryHash: string;
  decision: { id: string; decision: string; reason: string; decidedAt: string } | null;
  /** The entry as a reader names it (its publisher's reference, never a bare digest id), as stored hits carry it. */
  entry: EntryReference;
  /** On a tenant-scoped list (list-kinds.ts): who published the entry, when and why. */
  provenance?: EntryProvenance;
}

export interface PartyResult {
  input: PartyInput;
  hits: HitView[];
}

export interface ScreenRequest {
  threshold?: number | undefined;
  lists?: string[] | undefined;
  origin: 'search' | 'batch' | 'counterparty' | 'list_change';
  /** Store hits for review (default true). */
  persist?: boolean | undefined;
  counterpartyIds?: (string | null)[] | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  requestId?: string | null | undefined;
}

/** A screening run: the loaded lists, the parties, and how to screen them and what to store. */
export interface ScreenRun extends ScreenRequest {
  data: ScreeningData;
  parties: PartyInput[];
}

const decisionKey = (fp: string, list: string, sourceId: string, hash: string) => `${fp}|${list}|${sourceId}|${hash}`;

/** Screens parties with already loaded data; shared by searches, batches and list-change runs. */
export async function screenWith(tx: Orm, ctx: AppContext, p: Principal, run: ScreenRun): Promise<PartyResult[]> {
  const { data, parties, ...req } = run;
  const fingerprints = parties.map(partyFingerprint);
  const decisions = new Map<string, DecisionRow>();
  for (const d of await decisionsFor(tx, [...new Set(fingerprints)])) {
    const k = decisionKey(d.queryFingerprint, d.list, d.entrySourceId, d.entryHash);
    if (!decisions.has(k)) decisions.set(k, d); // newest first
  }
  // A hit already waiting for review is not queued again (same party, same entry version).
  const open = new Map(
    (await openHitsFor(tx, [...new Set(fingerprints)])).map((h) => [
      decisionKey(h.queryFingerprint, h.list, h.entrySourceId, h.entryHash),
      h.id,
    ]),
  );
  const tenant = await tenantListsFor(tx, ctx, p, req.lists);
  const results: PartyResult[] = [];
  const rows: Parameters<typeof insertHits>[1] = [];
  const pending: HitView[] = [];
  for (let i = 0; i < parties.length; i++) {
    const party = parties[i]!;
    const { source: _source, externalId: _externalId, ...query } = party;
    const hits = screenOne(data, tenant, query as PartyQuery, req);
    const views: HitView[] = hits.map(({ hash, provenance, ...h }) => {
      const d = decisions.get(decisionKey(fingerprints[i]!, h.list, h.entryId, hash));
      const status: HitStatus = d ? (d.decision === 'false_positive' ? 'suppressed' : 'true_match') : 'open';
      return {
        ...h,
        id: null,
        status,
        entryHash: hash,
        decision: d ? { id: d.id, decision: d.decision, reason: d.reason, decidedAt: d.decidedAt.toISOString() } : null,
        ...(provenance ? { provenance } : {}),
      };
    });
    results.push({ input: party, hits: views });
    if (req.persist !== false) {
      for (const v of views) {
        const existing =
          v.status === 'open' ? open.get(decisionKey(fingerprints[i]!, v.list, v.entryId, v.entryHash)) : undefined;
        if (existing) {
          v.id = existing;
          continue;
        }
        pending.push(v);
        rows.push({
          tenantId: p.tenantId,
          counterpartyId: req.counterpartyIds?.[i] ?? null,
          query: query as unknown as Json,
          queryFingerprint: fingerprints[i]!,
          list: v.list,
          listVersionId: v.provenance ? null : v.listVersion,
          provenance: (v.provenance as unknown as Json) ?? null,
          entrySourceId: v.entryId,
          entryHash: v.entryHash,
          score: v.score,
          explanation: v.explanation as unknown as Json,
          status: v.status,
          origin: req.origin,
          decisionId: v.decision?.id ?? null,
        });
      }
    }
    req.onProgress?.(i + 1, parties.length);
  }
  if (rows.length) {
    const stored = await insertHits(tx, rows);
    pending.forEach((h, k) => (h.id = stored[k]!.id));
  }
  const all = results.flatMap((r) => r.hits);
  await record(tx, ctx, p, {
    action: 'screening.run',
    subject: null,
    details: {
      origin: req.origin,
      parties: parties.length,
      threshold: req.threshold ?? null,
      hits: all.length,
      tenantLists: (tenant?.loaded ?? []).map((l) => ({ list: l.list, entries: l.ids.length })),
      open: all.filter((h) => h.status === 'open').length,
      suppressed: all.filter((h) => h.status === 'suppressed').length,
      top: all
        .slice(0, 50)
        .map((h) => ({ hitId: h.id, list: h.list, entryId: h.entryId, score: h.score, status: h.status })),
    },
    inputVersions: Object.fromEntries(data.versions.map((v) => [v.list, v.id])),
    requestId: req.requestId ?? null,
  });
  return results;
}

type ScoredHit = Hit & { hash: string; entry: EntryReference; provenance?: EntryProvenance };

/** One party against the published lists and the tenant's lists, best first, each hit with its entry hash. */
function screenOne(data: ScreeningData, tenant: TenantLists | undefined, query: PartyQuery, req: ScreenRequest) {
  const published: ScoredHit[] = data.screener.screen(query, { threshold: req.threshold }).map((h) => {
    const entry = data.screener.entry(h.list, h.entryId);
    return { ...h, hash: entry ? entryHash(entry) : '', entry: entryReference(h.entryId, entry) };
  });
  const own: ScoredHit[] = (tenant?.screener.screen(query, { threshold: req.threshold }) ?? []).map((h) => {
    const e = tenant!.entries.get(`${h.list}|${h.entryId}`)!;
    return { ...h, hash: entryHash(e.entry), entry: entryReference(h.entryId, e.entry), provenance: e.provenance };
  });
  const hits = own.length ? [...published, ...own].sort((a, b) => b.score - a.score) : published;
  return req.lists?.length ? hits.filter((h) => req.lists!.includes(h.list)) : hits;
}

/**
 * The tenant's lists for this run; open hits on entries that left a list (a retracted shared party) are closed as
 * 'withdrawn', with an audit record, so the review queue does not keep what its publisher withdrew.
 */
async function tenantListsFor(tx: Orm, ctx: AppContext, p: Principal, lists: string[] | undefined) {
  const tenant = await loadTenantLists(tx, ctx, { p, lists });
  for (const l of tenant?.loaded ?? []) {
    const gone = await withdrawHits(tx, { list: l.list, keep: l.ids, at: ctx.now() });
    if (gone.length)
      await record(tx, ctx, p, {
        action: 'screening.withdraw',
        subject: null,
        details: {
          list: l.list,
          hits: gone.map((h) => ({ hitId: h.id, entryId: h.entrySourceId })),
          why: `the entries are no longer on ${l.list}: their publisher retracted them, or they are no longer shared with this tenant`,
        },
      });
  }
  return tenant;
}

export async function screenParties(
  ctx: AppContext,
  p: Principal,
  parties: PartyInput[],
  req: ScreenRequest,
): Promise<{ results: PartyResult[]; versions: Record<string, string> }> {
  authorise(p, 'screening:run');
  const data = await screeningData(ctx, req.lists);
  const results = await inTenant(ctx.db, p.tenantId, (tx) => screenWith(tx, ctx, p, { ...req, data, parties }));
  return { results, versions: Object.fromEntries(data.versions.map((v) => [v.list, v.id])) };
}

export interface HitRecord {
  id: string;
  counterpartyId: string | null;
  query: PartyQuery;
  list: string;
  /** Null on a tenant-scoped list (its entries are not a published list version; see `provenance`). */
  listVersionId: string | null;
  entryId: string;
  entryHash: string;
  score: number;
  status: HitStatus;
  origin: string;
  explanation: HitExplanation;
  provenance: EntryProvenance | null;
  createdAt: string;
  decidedAt: string | null;
  /** The listed entry as a reader names it (never a bare digest id). */
  entry: EntryReference;
}

export const hitRecord = (h: HitRow, entry: EntryReference): HitRecord => ({
  id: h.id,
  counterpartyId: h.counterpartyId,
  query: h.query as PartyQuery,
  list: h.list,
  listVersionId: h.listVersionId,
  entryId: h.entrySourceId,
  entryHash: h.entryHash,
  score: h.score,
  status: h.status as HitStatus,
  origin: h.origin,
  explanation: h.explanation as unknown as HitExplanation,
  provenance: (h.provenance as EntryProvenance | null) ?? null,
  createdAt: h.createdAt.toISOString(),
  decidedAt: h.decidedAt?.toISOString() ?? null,
  entry,
});

export async function getHits(
  ctx: AppContext,
  p: Principal,
  q: { status?: string | undefined; counterpartyId?: string | undefined; limit: number },
): Promise<HitRecord[]> {
  authorise(p, 'screening:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = await listHits(tx, q);
    const entryOf = await hitEntries(tx, rows);
    return rows.map((h) => hitRecord(h, entryOf(h)));
  });
}

/** An officer's review: true match, or false positive remembered for this party and entry version. */
export async function decideHit(
  ctx: AppContext,
  p: Principal,
  hitId: string,
  input: { decision: 'true_match' | 'false_positive'; reason: string; requestId?: string | null | undefined },
): Promise<HitRecord> {
  const requestId = input.requestId ?? null;
  authorise(p, 'screening:decide');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const hit = await findHit(tx, hitId);
    if (!hit) throw notFound(`hit ${hitId}`);
    const decision = await insertDecision(tx, {
      tenantId: p.tenantId,
      queryFingerprint: hit.queryFingerprint,
      list: hit.list,
      entrySourceId: hit.entrySourceId,
      entryHash: hit.entryHash,
      decision: input.decision,
      reason: input.reason,
      decidedBy: actorOf(p),
      decidedAt: ctx.now(),
    });
    const updated = await setHitDecision(tx, {
      id: hit.id,
      status: input.decision,
      decisionId: decision.id,
      at: ctx.now(),
    });
    await record(tx, ctx, p, {
      action: 'screening.decide',
      subject: { type: 'screening_hit', id: hit.id },
      details: {
        decision: input.decision,
        reason: input.reason,
        list: hit.list,
        entryId: hit.entrySourceId,
        entryHash: hit.entryHash,
        score: hit.score,
        previousStatus: hit.status,
      },
      inputVersions: hit.listVersionId ? { [hit.list]: hit.listVersionId } : {},
      requestId,
    });
    return hitRecord(updated!, (await hitEntries(tx, [updated!]))(updated!));
  });
}
