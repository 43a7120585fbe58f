/**
 * What a worker does with a batch of deliveries, the same for JetStream and in-process: read
 * and score each event (a bad one fails alone), then per tenant ONE transaction that inserts
 * the idempotency keys (INSERT ... ON CONFLICT DO NOTHING RETURNING: only keys inserted now
 * count), writes the results of those keys, bumps the tenant's counters by exactly those and
 * audits them. A repeated delivery is scored again but commits nothing except the duplicate
 * tally, so each event is counted exactly once however often it arrives. The transport acks
 * only after this commit.
 */
import { authorise, DomainError, type Principal, type TenantId } from '@dualuse/core';
import type { ShipmentScore } from '@dualuse/core/diversion';
import { bumpStreamCounters, claimEvents, findTenantById, inTenant, insertStreamResults } from '@dualuse/store';
import type { AppContext } from '../context';
import { record } from '../audit/log';
import { toShipment } from './events';
import type { StreamScorer } from './scorer';
import type { Delivery, DeliveryResult, Outcome } from './stream';

interface Scored {
  i: number;
  d: Delivery;
  eventId: string;
  result: ShipmentScore;
  inputVersions: Record<string, string>;
}

export class DeliveryProcessor {
  private readonly principals = new Map<string, Principal>();

  /** `worker` names this process in the rows it writes and in the audit log. */
  constructor(
    private readonly ctx: AppContext,
    private readonly scorer: StreamScorer,
    readonly worker: string,
  ) {}

  async process(d: Delivery): Promise<Outcome> {
    const [r] = await this.processBatch([d]);
    if (!r!.ok) throw r!.error;
    return r!.outcome;
  }

  async processBatch(batch: readonly Delivery[]): Promise<DeliveryResult[]> {
    const results: DeliveryResult[] = batch.map(() => ({ ok: false, error: new Error('not processed') }));
    const byTenant = new Map<string, Scored[]>();
    for (const [i, d] of batch.entries()) {
      try {
        const p = await this.principal(d.event.tenantId);
        authorise(p, 'diversion:run');
        const shipment = toShipment(d.event.kind, d.event.body, '/body');
        const { result, inputVersions } = await this.scorer.score(shipment, p);
        const list = byTenant.get(d.event.tenantId) ?? byTenant.set(d.event.tenantId, []).get(d.event.tenantId)!;
        list.push({ i, d, eventId: shipment.id, result, inputVersions });
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
    for (const [tenantId, scored] of byTenant) {
      try {
        const fresh = await this.commit(tenantId, scored);
        for (const s of scored) results[s.i] = { ok: true, outcome: fresh.has(s.i) ? 'counted' : 'duplicate' };
      } catch (error) {
        for (const s of scored) results[s.i] = { ok: false, error };
      }
    }
    return results;
  }

  /** One transaction for one tenant's part of the batch; returns the batch positions that counted. */
  private commit(tenantId: string, scored: Scored[]): Promise<Set<number>> {
    const p = this.principals.get(tenantId)!;
    // Keys in one order in every transaction, so two workers inserting overlapping keys wait rather than deadlock.
    const sorted = [...scored].sort((a, b) =>
      a.d.event.key < b.d.event.key ? -1 : a.d.event.key > b.d.event.key ? 1 : 0,
    );
    return inTenant(this.ctx.db, tenantId, async (tx) => {
      const inserted = await claimEvents(
        tx,
        sorted.map((s) => ({
          tenantId,
          idempotencyKey: s.d.event.key,
          kind: s.d.event.kind,
          eventId: s.eventId,
          streamSeq: s.d.streamSeq,
          delivery: s.d.delivery,
          worker: this.worker,
        })),
      );
      // The first delivery of a key in this batch counts; a second copy in the same batch is a duplicate.
      const counted: Scored[] = [];
      for (const s of sorted) if (inserted.delete(s.d.event.key)) counted.push(s);
      await insertStreamResults(
        tx,
        counted.map((s) => ({
          tenantId,
          idempotencyKey: s.d.event.key,
          eventId: s.eventId,
          score: s.result.score,
          severity: s.result.severity,
          alert: s.result.alert,
          flags: s.result.flags.map((f) => ({
            tag: f.tag,
            rule: f.rule,
            weight: f.weight,
            contribution: f.contribution,
            why: f.why,
            citations: f.citations,
            fields: f.fields,
          })),
          abstained: s.result.abstained,
          inputVersions: s.inputVersions,
        })),
      );
      const kinds = (k: string) => counted.filter((s) => s.d.event.kind === k).length;
      await bumpStreamCounters(tx, tenantId, {
        shipments: kinds('shipment'),
        payments: kinds('payment'),
        alerts: counted.filter((s) => s.result.alert).length,
        duplicates: scored.length - counted.length,
      });
      if (counted.length) {
        // One audit record per committed batch, naming every event it counted and the data versions used.
        await record(tx, this.ctx, p, {
          action: 'diversion.stream.score',
          subject: counted.length === 1 ? { type: counted[0]!.d.event.kind, id: counted[0]!.eventId } : null,
          details: {
            worker: this.worker,
            events: counted.map((s) => ({
              key: s.d.event.key,
              id: s.eventId,
              kind: s.d.event.kind,
              delivery: s.d.delivery,
              score: s.result.score,
              severity: s.result.severity,
              alert: s.result.alert,
              flags: s.result.flags.map((f) => f.tag),
            })),
          },
          inputVersions: Object.assign({}, ...counted.map((s) => s.inputVersions)) as Record<string, string>,
        });
      }
      return new Set(counted.map((s) => s.i));
    });
  }

  /** The worker acts for the event's tenant as a system analyst; an unknown tenant is poison. */
  private async principal(tenantId: string): Promise<Principal> {
    let p = this.principals.get(tenantId);
    if (!p) {
      const tenant = await findTenantById(this.ctx.db.orm, tenantId);
      if (!tenant)
        throw new DomainError('not_found', `event for tenant ${tenantId}, which this database does not have`);
      p = {
        tenantId: tenant.id as TenantId,
        tenantIsOperator: tenant.isOperator,
        userId: null,
        role: 'analyst',
        via: 'system',
        credentialId: `worker:${this.worker}`,
        displayName: `diversion stream worker ${this.worker}`,
      };
      this.principals.set(tenantId, p);
    }
    return p;
  }
}
