/**
 * Tenant-scoped lists: lists whose entries depend on who screens (a coalition's shared parties, issue 14 item 6),
 * screened beside the published lists by the same matcher in every screening run (search, batch, counterparties,
 * vendors, licensing). A kind registers itself once (`registerListKind`); screening knows none by name. Its entries
 * are read inside the screening tenant's transaction, so row-level security decides what it sees, and the kind
 * audits its own reads. Each entry carries its provenance, which stays on the hit.
 */
import type { ListEntry, Principal } from '@dualuse/core';
import type { Provenance } from '@dualuse/core/coalition';
import { InMemoryCandidateIndex, Screener } from '@dualuse/core/matching';
import type { Orm } from '@dualuse/store';
import type { AppContext } from '../common';

/** Who published an entry of a tenant-scoped list, through which coalitions, when and why. */
export type EntryProvenance = Provenance;

export interface TenantListEntry {
  entry: ListEntry;
  provenance: EntryProvenance;
}

export interface ListKind {
  /** The list id on hits (`coalition-shared`). */
  id: string;
  title: string;
  /** The entries this tenant may screen against now. */
  load(tx: Orm, ctx: AppContext, p: Principal): Promise<TenantListEntry[]>;
}

const KINDS = new Map<string, ListKind>();

export function registerListKind(kind: ListKind): void {
  KINDS.set(kind.id, kind);
}

export const listKinds = (): ListKind[] => [...KINDS.values()];
export const isTenantList = (list: string): boolean => KINDS.has(list);

/** A tenant's lists loaded for one screening run: a matcher over them and each entry's provenance. */
export interface TenantLists {
  screener: Screener;
  /** `${list}|${sourceId}` → entry and provenance. */
  entries: Map<string, TenantListEntry>;
  /** The kinds loaded, with the ids of their entries now. */
  loaded: { list: string; ids: string[] }[];
}

/** Loads the registered kinds the run asks for (all, when it names no list); undefined when none applies. */
export async function loadTenantLists(
  tx: Orm,
  ctx: AppContext,
  q: { p: Principal; lists?: string[] | undefined },
): Promise<TenantLists | undefined> {
  const kinds = listKinds().filter((k) => !q.lists?.length || q.lists.includes(k.id));
  if (!kinds.length) return undefined;
  const entries = new Map<string, TenantListEntry>();
  const lists = [];
  const loaded = [];
  for (const k of kinds) {
    const got = await k.load(tx, ctx, q.p);
    for (const e of got) entries.set(`${k.id}|${e.entry.sourceId}`, e);
    lists.push({ list: k.id, listVersion: 'tenant', entries: got.map((e) => e.entry) });
    loaded.push({ list: k.id, ids: got.map((e) => e.entry.sourceId) });
  }
  return { screener: new Screener(new InMemoryCandidateIndex(lists)), entries, loaded };
}
