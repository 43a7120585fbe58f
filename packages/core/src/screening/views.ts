/** A stored list version as callers see it (API, CLI, web UI). */
export interface ListVersionView {
  id: string;
  list: string;
  title: string;
  publisher: string;
  format: string;
  publishedAt: string | null;
  /** How publishedAt was obtained (core/screening/lifecycle.ts) and why, for the operator. */
  dateSource: 'stated' | 'entries' | 'declared' | 'unknown';
  publishedBasis: string;
  /** 'secondary': a republication of another publisher's list (trade.gov CSL, OpenSanctions). */
  sourceRole: 'primary' | 'secondary';
  /** Entry count the file declared, when its format declares one. */
  declaredCount: number | null;
  importedAt: string;
  contentHash: string;
  entryCount: number;
  warnings: number;
}

/**
 * How a reader names a listed entry: the publisher's reference (UN "CDi.001", OFAC ent_num), the list inside the
 * file (CSL: "Entity List (EL) - Bureau of Industry and Security") and its programmes. A source id that is only a
 * digest (the CSL's 40-hex `_id`) is no reference to a reader: the entry's other publisher id stands in, or none.
 */
export interface EntryReference {
  reference: string | null;
  source: string | null;
  programs: string[];
}

const DIGEST = /^[0-9a-f]{32,}$/i;

export function entryReference(
  sourceId: string,
  entry?: { otherIds?: string[]; subList?: string; programs?: string[] },
): EntryReference {
  const reference = DIGEST.test(sourceId) ? (entry?.otherIds?.find((id) => !DIGEST.test(id)) ?? null) : sourceId;
  return { reference, source: entry?.subList ?? null, programs: entry?.programs ?? [] };
}
