/**
 * One output line per screened party (`screen --format jsonl`): the same text whether the party
 * was screened in this process or by a worker (distributed.ts stores these lines per chunk), so
 * the two outputs can be compared byte for byte.
 */
import type { PartyResult } from './screen';

export const hitLine = (r: PartyResult): string =>
  JSON.stringify({
    input: { ...r.input, source: undefined },
    hits: r.hits.map((h) => ({
      score: h.score,
      list: h.list,
      entryId: h.entryId,
      name: h.name,
      status: h.status,
      hitId: h.id,
      listVersion: h.listVersion,
      explanation: h.explanation,
    })),
  });
