/**
 * Classifies items by their parameters (rules as data, @dualuse/core) and records the run
 * with the list versions in force as its inputs.
 */
import {
  authorise,
  classify,
  DomainError,
  expandSearch,
  invalidInput,
  isJurisdiction,
  parseItem,
  searchPhrases,
  type Classification,
  type Jurisdiction,
  type Principal,
} from '@dualuse/core';
import { controlVersionsAsOf, inTenant, searchControlEntries } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { scope, type Query } from './entries';

export interface ClassifyOptions extends Query {
  jurisdictions?: string[] | undefined;
  requestId?: string | null;
}

export interface TextCandidate {
  jurisdiction: string;
  code: string;
  heading: string;
  passage: string;
  rank: number;
}
export type ItemClassification = Classification & { description?: string; text_candidates?: TextCandidate[] };

export async function classifyItems(
  ctx: AppContext,
  p: Principal,
  items: readonly unknown[],
  o: ClassifyOptions = {},
): Promise<{ asOf: string; results: ItemClassification[] }> {
  authorise(p, 'classify:run');
  const { asOf } = scope(ctx, o);
  const jurisdictions = o.jurisdictions?.map((j, i) => {
    const u = j.toUpperCase();
    if (!isJurisdiction(u)) throw invalidInput(`unknown jurisdiction '${j}'`, `/jurisdictions/${i}`);
    return u;
  });
  const classified = items.map((item, i) => {
    try {
      const parsed = parseItem(item);
      return {
        ...classify(parsed, { asOf, ...(jurisdictions ? { jurisdictions } : {}) }),
        ...(parsed.description ? { description: parsed.description } : {}),
      };
    } catch (error) {
      // Name the item in a batch: "/items/3/parameters/tpp".
      if (error instanceof DomainError && items.length > 1)
        throw new DomainError(error.kind, `item ${i}: ${error.message}`, {
          ...error.details,
          pointer: `/items/${i}${error.details.pointer ?? ''}`,
        });
      throw error;
    }
  });
  const results: ItemClassification[] = classified;
  await inTenant(ctx.db, p.tenantId, async (tx) => {
    const versions = await controlVersionsAsOf(tx, asOf);
    // Items described in words: the list entries whose text matches, for a human to weigh.
    const ids = versions
      .filter((v) => !jurisdictions || jurisdictions.includes(v.jurisdiction as Jurisdiction))
      .map((v) => v.id);
    for (const r of results) {
      if (!r.description) continue;
      const text = r.description.slice(0, 500);
      const hits = await searchControlEntries(tx, ids, text, {
        limit: 5,
        mode: 'any',
        alsoPhrases: searchPhrases(expandSearch(text)),
      });
      r.text_candidates = hits.map((h) => ({
        jurisdiction: h.jurisdiction,
        code: h.code,
        heading: h.heading,
        passage: h.passage,
        rank: Math.round(h.rank * 1e4) / 1e4,
      }));
    }
    await record(tx, ctx, p, {
      action: 'classify.run',
      subject: null,
      details: {
        asOf,
        items: items.length,
        entries: results.map((r) => r.entries.map((e) => `${e.jurisdiction}:${e.code}`)),
      },
      inputVersions: Object.fromEntries(versions.map((v) => [v.list, v.contentHash])),
      requestId: o.requestId ?? null,
    });
  });
  return { asOf, results };
}
