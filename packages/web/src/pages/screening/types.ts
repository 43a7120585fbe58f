/**
 * Shapes of the screening API (packages/server/src/routes/screening/schemas.ts). The hit
 * and its explanation are the core's own types, so a change there fails type-checking here.
 */
import type { Hit } from '@dualuse/core/matching';

export type { HitExplanation } from '@dualuse/core/matching';

export type HitStatus = 'open' | 'true_match' | 'false_positive' | 'suppressed';

export interface PartyRequest {
  name: string;
  aliases?: string[];
  type?: 'person' | 'organization' | 'vessel' | 'aircraft' | 'unknown';
  countries?: string[];
  birthDate?: string;
  externalId?: string;
}

/** A hit as the screen call returns it: the core's hit plus review state. */
export interface HitView extends Hit {
  id: string | null;
  status: HitStatus;
  entryHash: string;
  decision: { id: string; decision: string; reason: string; decidedAt: string } | null;
}

export interface PartyResult {
  input: Record<string, unknown>;
  hits: HitView[];
}

export interface ScreenResponse {
  results: PartyResult[];
  /** List → version id screened against. */
  versions: Record<string, string>;
}

/** A stored hit, as the review queue lists it. */
export interface HitRecord {
  id: string;
  counterpartyId: string | null;
  query: PartyRequest;
  list: string;
  listVersionId: string;
  entryId: string;
  entryHash: string;
  score: number;
  status: HitStatus;
  origin: string;
  explanation: Hit['explanation'];
  createdAt: string;
  decidedAt: string | null;
}

export type { ListVersionView as ListVersion } from '@dualuse/core';
import type { ListVersionView as ListVersion } from '@dualuse/core';

export interface ListVersions {
  /** The current version of each list: the one screening uses. */
  latest: ListVersion[];
  all: ListVersion[];
  /** Why each list's current version is current (provenance rule or the operator's pin). */
  current: { list: string; versionId: string; rule: string; reason: string; pinned: boolean }[];
}

export interface EntryChange {
  sourceId: string;
  name: string;
  fields?: string[];
}

export interface ListDiff {
  from: ListVersion;
  to: ListVersion;
  added: EntryChange[];
  removed: EntryChange[];
  changed: EntryChange[];
}
