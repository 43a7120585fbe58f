/**
 * Name pairs scored by the matching engine, no list needed (POST /screen/compare,
 * `dualuse screen compare --input pairs.csv`): for tuning a threshold or checking why two
 * spellings do or do not match. The run is audited by its counts; the names themselves are
 * party data and stay out of the log, as in screening.run.
 */
import { authorise, type Principal } from '@dualuse/core';
import { compareNamePair, DEFAULT_THRESHOLD, entityTypeOfSchema } from '@dualuse/core/matching';
import { inTenant } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { loadJapaneseReadings } from '../japanese';

export interface NamePair {
  name1: string;
  name2: string;
  /** FollowTheMoney schema (Person, Company...) or our type; it picks the comparison rules. */
  schema?: string | undefined;
}

export interface NameComparison {
  threshold: number;
  /** One per pair, in order: the score rounded to three decimals, and whether it reaches the threshold. */
  results: { score: number; match: boolean }[];
}

export async function compareNames(
  ctx: AppContext,
  p: Principal,
  input: { pairs: NamePair[]; threshold?: number | undefined; requestId?: string | null | undefined },
): Promise<NameComparison> {
  authorise(p, 'screening:run');
  if (ctx.config.DUALUSE_JAPANESE_READINGS) await loadJapaneseReadings();
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  const results = input.pairs.map((pair) => {
    const score =
      Math.round((compareNamePair(pair.name1, pair.name2, entityTypeOfSchema(pair.schema))?.score ?? 0) * 1000) / 1000;
    return { score, match: score >= threshold };
  });
  await inTenant(ctx.db, p.tenantId, (tx) =>
    record(tx, ctx, p, {
      action: 'screening.compare',
      subject: null,
      details: { pairs: results.length, threshold, matches: results.filter((r) => r.match).length },
      requestId: input.requestId ?? null,
    }),
  );
  return { threshold, results };
}
