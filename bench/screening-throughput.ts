/**
 * Batch throughput of two matchers on the same queries in one process, for a before/after
 * ratio that holds on a shared, noisy machine: the queries run in blocks, the two matchers
 * alternating (A B B A ...), each block timed in CPU seconds of this process; both must
 * return the same hits. The "before" matcher is loaded from another checkout
 * (`--baseline-dir`, e.g. a worktree of main), with its own copy of the matching module.
 */
import { join } from 'node:path';
import type { Hit, InMemoryCandidateIndex, PartyQuery } from '@dualuse/core/matching';
import type { ParsedList } from '@dualuse/core';

interface AnyScreener {
  screen(q: PartyQuery): Hit[];
}

/** A screener built by the matching module of another checkout over the same lists. */
export async function baselineScreener(dir: string, lists: ParsedList[]): Promise<AnyScreener> {
  // Its own Japanese readings too (registered with its own matching module), as this checkout's are.
  try {
    const japanese = (await import(join(dir, 'packages/app/src/japanese.ts'))) as {
      loadJapaneseReadings(): Promise<void>;
    };
    await japanese.loadJapaneseReadings();
  } catch (error) {
    console.log(
      `(the baseline has no Japanese readings: ${(error as Error).message.split('\n')[0]}; kanji queries may differ)`,
    );
  }
  const m = (await import(join(dir, 'packages/core/src/screening/matching/index.ts'))) as {
    InMemoryCandidateIndex: new (l: unknown[]) => InMemoryCandidateIndex;
    Screener: new (i: InMemoryCandidateIndex) => AnyScreener;
  };
  return new m.Screener(new m.InMemoryCandidateIndex(lists.map((l) => ({ ...l, listVersion: 'bench' }))));
}

const BLOCK = 250;

/** CPU seconds each matcher spent on all queries, and the queries that got different hits. */
export function compareThroughput(
  before: AnyScreener,
  after: AnyScreener,
  queries: PartyQuery[],
): { before: number; after: number; differing: string[] } {
  const cpu = { before: 0, after: 0 };
  const differing: string[] = [];
  for (let i = 0, turn = 0; i < queries.length; i += BLOCK, turn++) {
    const block = queries.slice(i, i + BLOCK);
    const order: ('before' | 'after')[] = turn % 2 ? ['after', 'before'] : ['before', 'after'];
    const out: Record<string, string[]> = {};
    for (const which of order) {
      const s = which === 'before' ? before : after;
      const c = process.cpuUsage();
      out[which] = block.map((q) => JSON.stringify(s.screen(q)));
      const used = process.cpuUsage(c);
      cpu[which] += (used.user + used.system) / 1e6;
    }
    block.forEach((q, k) => {
      if (out.before![k] !== out.after![k]) differing.push(q.name);
    });
  }
  return { ...cpu, differing };
}
