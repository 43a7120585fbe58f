/**
 * The party-file reader of the batch and parties pages, in a module of its own so that it and
 * core's reader (country names, any-ascii's transliteration tables) load only when a file is picked.
 */
import { readPartiesCsv, readPartiesJsonl, type Batch, type PartyInput } from '@dualuse/core/screening';
import { messageOf } from '../../lib/api';
import type { BatchParty } from './batch';
import type { PartyRequest } from './types';

/**
 * Every party of the file, or every error found (first 20), so one read shows all problems.
 * The same reader as `dualuse screen --input` (core's party-batch): `,` `;` or tab separated CSV
 * with or without a byte-order mark, JSON Lines or a JSON array, dates of birth in any
 * unambiguous form; columns it does not use are named in `ignored`.
 */
export function parsePartiesFile(
  fileName: string,
  content: string,
): { parties: BatchParty[]; errors: string[]; ignored: string[] } {
  const body = content.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  let batch: Batch<PartyInput>;
  try {
    if (head.startsWith('['))
      batch = readPartiesJsonl((JSON.parse(body) as unknown[]).map((row) => JSON.stringify(row)).join('\n'), fileName);
    else if (/\.(jsonl|ndjson|json)$/i.test(fileName) || head.startsWith('{')) batch = readPartiesJsonl(body, fileName);
    else batch = readPartiesCsv(body, fileName);
  } catch (error) {
    return { parties: [], errors: [messageOf(error)], ignored: [] };
  }
  const parties = batch.rows.map((row, i) => ({ line: batch.lines[i]!, party: request(row) }));
  const errors = batch.errors.slice(0, 20).map((e) => e.error.message);
  return { parties, errors, ignored: batch.ignoredColumns ?? [] };
}

/** The API's party shape: what the reader produced, without its bookkeeping (source, line). */
function request(p: PartyInput): PartyRequest {
  const { source: _source, line: _line, ...party } = p;
  return party as PartyRequest;
}
