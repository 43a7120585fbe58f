/**
 * One chunk of a distributed batch screening run: the parties it screens and everything a
 * worker needs to reproduce the single-process result (threshold, list filter, origin) plus the
 * list versions the run was planned against, so a worker with other versions refuses it.
 */
import { invalidInput } from '@dualuse/core';
import type { PartyInput } from '@dualuse/core/screening';
import type { ScreenRequest } from './screen';

/** A chunk of a list-change re-screen: screened against the job's entries, not the current lists. */
export interface ChunkRescreen {
  jobId: string;
  list: string;
  versionId: string;
}

export interface ScreenChunk {
  v: 1;
  runId: string;
  chunk: number;
  /** Chunks in the run (for progress and for the coordinator's completeness check). */
  of: number;
  tenantId: string;
  /** list id -> list version id the run was planned against. */
  listVersions: Record<string, string>;
  threshold: number | null;
  lists: string[] | null;
  origin: ScreenRequest['origin'];
  parties: PartyInput[];
  counterpartyIds: (string | null)[] | null;
  rescreen?: ChunkRescreen;
}

export const encodeChunk = (c: ScreenChunk): Uint8Array => new TextEncoder().encode(JSON.stringify(c));

/** Reads a chunk message; anything else is invalid input (poison: dead-lettered at once). */
export function decodeChunk(data: Uint8Array): ScreenChunk {
  let c: Partial<ScreenChunk>;
  try {
    c = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data)) as Partial<ScreenChunk>;
  } catch (error) {
    throw invalidInput(`screening chunk is not JSON: ${(error as Error).message}`);
  }
  const bad = (what: string) => invalidInput(`screening chunk ${c.runId ?? '?'}/${c.chunk ?? '?'}: ${what}`);
  if (c.v !== 1) throw bad(`version ${String(c.v)}, expected 1`);
  if (typeof c.runId !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(c.runId)) throw bad('runId missing or not a token');
  if (!Number.isInteger(c.chunk) || c.chunk! < 0) throw bad('chunk is not a whole number');
  if (typeof c.tenantId !== 'string') throw bad('tenantId missing');
  if (!c.listVersions || typeof c.listVersions !== 'object') throw bad('listVersions missing');
  if (!Array.isArray(c.parties) || c.parties.some((p) => typeof p?.name !== 'string'))
    throw bad('parties must be an array of parties with a name');
  if (c.counterpartyIds && c.counterpartyIds.length !== c.parties.length)
    throw bad('counterpartyIds does not match parties');
  const r = c.rescreen;
  if (
    r !== undefined &&
    !(typeof r?.jobId === 'string' && typeof r.list === 'string' && typeof r.versionId === 'string')
  )
    throw bad('rescreen must name jobId, list and versionId');
  return c as ScreenChunk;
}
