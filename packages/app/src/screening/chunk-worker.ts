/**
 * What `dualuse worker --screening` does with one chunk: act for the chunk's tenant as a system
 * analyst, refuse the chunk unless the list versions loaded here are exactly those it names,
 * screen it with the single-process code (screenWith: hits stored for review, audit record) and,
 * in the same transaction, insert the chunk's key and output lines. When the key is already there
 * (a re-delivery after a crash between commit and ack) the transaction is rolled back, so a
 * chunk's hits and lines are committed once however often it arrives.
 * A chunk of a list-change re-screen (`rescreen`) is screened against that job's entries at its
 * version, read from the database like the coordinator reads them (lists/rescreen.ts).
 */
import { authorise, canonicalJson, DomainError, type Principal, type TenantId } from '@dualuse/core';
import { claimRunChunk, findRescreenJob, findTenantById, inTenant } from '@dualuse/store';
import type { AppContext } from '../common';
import { rescreenData } from '../lists/rescreen';
import type { ChunkRescreen, ScreenChunk } from './chunk';
import type { ChunkOutcome } from './chunk-queue';
import { screeningData, type ScreeningData } from './data';
import { hitLine } from './output';
import { screenWith } from './screen';

class AlreadyCommitted extends Error {}

export class ChunkWorker {
  private readonly principals = new Map<string, Principal>();

  /** `worker` names this process in the chunk rows and the audit log (host:pid). */
  constructor(
    private readonly ctx: AppContext,
    readonly worker: string,
  ) {}

  async process(c: ScreenChunk, delivery: number): Promise<ChunkOutcome> {
    const p = await this.principal(c.tenantId);
    authorise(p, 'screening:run');
    const data = c.rescreen ? await this.rescreenData(c.rescreen) : await screeningData(this.ctx, c.lists ?? undefined);
    const loaded = Object.fromEntries(data.versions.map((v) => [v.list, v.id]));
    if (canonicalJson(loaded) !== canonicalJson(c.listVersions))
      // Transient for this worker: another one (or this one after a reload) may have them.
      throw new DomainError(
        'unavailable',
        `chunk ${c.runId}/${c.chunk} was planned against list versions ${canonicalJson(c.listVersions)}; this worker has ${canonicalJson(loaded)} loaded`,
      );
    try {
      await inTenant(this.ctx.db, c.tenantId, async (tx) => {
        const results = await screenWith(tx, this.ctx, p, {
          data,
          parties: c.parties,
          origin: c.origin,
          threshold: c.threshold ?? undefined,
          lists: c.lists ?? undefined,
          counterpartyIds: c.counterpartyIds ?? undefined,
          requestId: `${c.runId}/${c.chunk}`,
        });
        const fresh = await claimRunChunk(tx, {
          tenantId: c.tenantId,
          runId: c.runId,
          chunk: c.chunk,
          parties: c.parties.length,
          lines: results.map(hitLine),
          listVersions: c.listVersions,
          delivery,
          worker: this.worker,
        });
        if (!fresh) throw new AlreadyCommitted();
      });
      return 'committed';
    } catch (error) {
      if (error instanceof AlreadyCommitted) return 'duplicate';
      throw error;
    }
  }

  /** A re-screen job's entries, built once per job (its chunks arrive one after another). */
  private rescreen: { jobId: string; data: Promise<ScreeningData> } | null = null;

  private async rescreenData(r: ChunkRescreen): Promise<ScreeningData> {
    if (this.rescreen?.jobId !== r.jobId) {
      const data = findRescreenJob(this.ctx.db.orm, r.jobId).then(async (job) => {
        // Gone or for another list: poison (no worker can ever screen it).
        if (!job || job.list !== r.list || job.toVersionId !== r.versionId)
          throw new DomainError('not_found', `re-screen job ${r.jobId} of ${r.list} at version ${r.versionId}`);
        const d = await rescreenData(this.ctx, job);
        if (!d) throw new DomainError('not_found', `re-screen job ${r.jobId} covers no entries: nothing to screen`);
        return d;
      });
      this.rescreen = { jobId: r.jobId, data };
      data.catch(() => (this.rescreen = null));
    }
    return this.rescreen.data;
  }

  /** The worker acts for the chunk's tenant as a system analyst; an unknown tenant is poison. */
  private async principal(tenantId: string): Promise<Principal> {
    let p = this.principals.get(tenantId);
    if (!p) {
      const tenant = await findTenantById(this.ctx.db.orm, tenantId);
      if (!tenant)
        throw new DomainError('not_found', `screening chunk for tenant ${tenantId}, which this database does not have`);
      p = {
        tenantId: tenant.id as TenantId,
        tenantIsOperator: tenant.isOperator,
        userId: null,
        role: 'analyst',
        via: 'system',
        credentialId: `worker:${this.worker}`,
        displayName: `screening worker ${this.worker}`,
      };
      this.principals.set(tenantId, p);
    }
    return p;
  }
}
