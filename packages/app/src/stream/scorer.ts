/**
 * The scoring context a worker keeps between events: the screening engine over the newest list versions
 * (screening/data.ts, which fails closed when no list is loaded), the listed-address and listed-contact indexes built
 * from the same versions, the CHPL the worker was started with, the indicators each tenant's coalitions share, and
 * each tenant's imported company graph when it has one. Refreshed at most every `refreshMs`, so a list import (or a
 * shared indicator) reaches running workers without a restart and without a version query per event.
 */
import type { Principal } from '@dualuse/core';
import type { ScoringContext, Shipment, ShipmentScore } from '@dualuse/core/diversion';
import type { AppContext } from '../context';
import { withSharedIndicators } from '../coalition/shared-consumption';
import { diversionScoring, tenantScorer, type DiversionScorer } from '../diversion/scoring';
import { screeningData } from '../screening/data';

export interface StreamScorerOptions {
  chpl?: Map<string, string>;
  refreshMs?: number;
}

interface Loaded {
  key: string;
  scoring: ScoringContext;
  inputVersions: Record<string, string>;
  loadedAt: number;
}

export class StreamScorer {
  private loaded: Loaded | null = null;
  private loading: Promise<Loaded> | null = null;
  private readonly registries = new Map<string, { key: string; at: number; value: Promise<DiversionScorer> }>();
  /** Per tenant, the shared records whose read this worker has audited (coalition/shared-lists.ts). */
  private readonly audited = new Map<string, Set<string>>();

  constructor(
    private readonly ctx: AppContext,
    private readonly options: StreamScorerOptions = {},
  ) {}

  async score(s: Shipment, p: Principal): Promise<{ result: ShipmentScore; inputVersions: Record<string, string> }> {
    const l = await this.current();
    const r = await this.registryFor(p, l);
    return { result: r.score(s), inputVersions: r.inputVersions };
  }

  /**
   * The tenant's stored company graph (diversion/registry.ts: shared offices,
   * ownership coverage by date) on top of the lists, when the tenant has imported one;
   * reloaded with the lists or after `refreshMs`.
   */
  private registryFor(p: Principal, l: Loaded): Promise<DiversionScorer> {
    const cached = this.registries.get(p.tenantId);
    if (cached && cached.key === l.key && Date.now() - cached.at < (this.options.refreshMs ?? 10_000))
      return cached.value;
    // The same scoring steps as `score` and the imports (diversion/scoring.ts): the coalition's shared indicators,
    // then the tenant's company graph. Each shared record's read is audited once per worker (`audited`), not on
    // every refresh.
    const inputVersions = { ...l.inputVersions };
    const audited = this.audited.get(p.tenantId) ?? this.audited.set(p.tenantId, new Set()).get(p.tenantId)!;
    const value = withSharedIndicators(this.ctx, p, l.scoring, { inputVersions, audited }).then((base) =>
      tenantScorer(this.ctx, p, base, inputVersions),
    );
    this.registries.set(p.tenantId, { key: l.key, at: Date.now(), value });
    value.catch(() => this.registries.delete(p.tenantId));
    return value;
  }

  /**
   * Loads the context before the first event, so a worker does not sit on fetched events
   * (their ack_wait running) while it builds the screening index. Returns why it could not.
   */
  async prepare(): Promise<string | null> {
    try {
      await this.current();
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  private async current(): Promise<Loaded> {
    const fresh = this.loaded && Date.now() - this.loaded.loadedAt < (this.options.refreshMs ?? 10_000);
    if (fresh) return this.loaded!;
    this.loading ??= this.load().finally(() => (this.loading = null));
    return (this.loaded = await this.loading);
  }

  private async load(): Promise<Loaded> {
    const data = await screeningData(this.ctx); // throws 'unavailable' with no list: transient, the event waits
    const key = data.versions.map((v) => v.id).join(',');
    if (this.loaded?.key === key) return { ...this.loaded, loadedAt: Date.now() };
    // The lists' part of scoring (names, listed addresses and contacts, the CHPL) as `score` builds it.
    const chpl = this.options.chpl;
    const { scoring, inputVersions } = await diversionScoring(this.ctx, chpl ? { chpl } : {});
    return { key, scoring, inputVersions, loadedAt: Date.now() };
  }
}
