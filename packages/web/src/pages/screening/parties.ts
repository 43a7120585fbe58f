/**
 * Stored counterparties (packages/server/src/routes/screening/counterparties.ts): the tenant's own
 * parties, kept on the server, screened on request and re-screened automatically against
 * new and changed entries whenever a list is updated.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, messageOf } from '../../lib/api';
import type { Schema } from '../../api';
import { CHUNK_SIZE, type BatchParty } from './batch';

export type StoredParty = Schema<'StoredParty'>;
export type Counterparty = Schema<'Counterparty'>;
export type CounterpartyPage = Schema<'CounterpartyPage'>;
export type UpsertCounts = Schema<'UpsertCounts'>;
/** Screening every stored party: the counts, and only the parties with hits. */
export type ScreenAllResult = Schema<'CounterpartyScreen'>;

export const PAGE_SIZE = 50;
/** The largest page the API serves (limit ≤ 1000). */
const SCAN_PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isPartyId = (id: string): boolean => UUID.test(id);

/**
 * Stores parties in chunks (the same size the batch page screens in); a failing chunk stops
 * the upload and says how many were stored before it. Upserts match on the external id, so
 * uploading the same file again is safe for rows that carry one.
 */
export async function uploadInChunks(
  parties: BatchParty[],
  opts: { signal?: AbortSignal; onProgress: (done: number) => void },
): Promise<UpsertCounts> {
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < parties.length; start += CHUNK_SIZE) {
    const chunk = parties.slice(start, start + CHUNK_SIZE);
    let out: UpsertCounts;
    try {
      out = await api<UpsertCounts>('POST', '/counterparties', {
        signal: opts.signal,
        body: { parties: chunk.map((c) => c.party), strict: true },
      });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // Field errors carry the messages (the detail often repeats the first); without them, the detail.
      const messages = [...new Set((error.problem.errors ?? []).map((e) => e.message))];
      const detail = messages.length ? messages.join('; ') : messageOf(error);
      const where = detail.replace(/\/parties\/(\d+)/g, (_, i: string) => `line ${chunk[Number(i)]?.line ?? '?'}`);
      throw new Error(start === 0 ? where : `${where} (the first ${start.toLocaleString()} parties were stored)`, {
        cause: error,
      });
    }
    counts.created += out.created;
    counts.updated += out.updated;
    counts.unchanged += out.unchanged;
    opts.onProgress(start + chunk.length);
  }
  return counts;
}

/**
 * The API has no single-party read, so the party page finds it in the (name-ordered) list,
 * a thousand at a time. Resolves to null when no stored party has this id.
 */
async function findCounterparty(id: string, signal: AbortSignal): Promise<Counterparty | null> {
  for (let offset = 0; ; offset += SCAN_PAGE) {
    const page = await api<CounterpartyPage>('GET', `/counterparties?limit=${SCAN_PAGE}&offset=${offset}`, { signal });
    const found = page.counterparties.find((c) => c.id === id);
    if (found) return found;
    if (page.counterparties.length < SCAN_PAGE || offset + SCAN_PAGE >= page.total) return null;
  }
}

export function useCounterparty(id: string): { party: Counterparty | null | undefined; error: unknown } {
  const [party, setParty] = useState<Counterparty | null>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setParty(undefined);
    setError(undefined);
    if (!isPartyId(id)) {
      setParty(null);
      return;
    }
    const controller = new AbortController();
    findCounterparty(id, controller.signal)
      .then(setParty)
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      });
    return () => controller.abort();
  }, [id]);
  return { party, error };
}

const ORIGINS: Record<string, string> = {
  search: 'search',
  batch: 'batch',
  counterparty: 'screen all',
  list_change: 'list change',
};

/** How a hit came about, in words; list changes are the ones nobody asked for. */
export const originLabel = (origin: string): string => ORIGINS[origin] ?? origin.replaceAll('_', ' ');
