/**
 * Batch screening in the browser: read a CSV or JSON-lines file of parties (the columns
 * `dualuse` accepts everywhere: name/full_name, type/schema, country/nationality,
 * date_of_birth, id, aliases), send it in chunks the API accepts, and write the results
 * back out as JSON lines. Errors name the line, like the CLI's.
 */
import { readPartiesCsv, readPartiesJsonl, type Batch, type PartyInput } from '@dualuse/core/screening';
import { api, ApiError, messageOf } from '../../lib/api';
import type { PartyRequest, PartyResult, ScreenResponse } from './types';

/** The API takes up to 1000 parties a call; 500 keeps each request well under the body limit. */
export const CHUNK_SIZE = 500;

export interface BatchParty {
  line: number;
  party: PartyRequest;
}

/** A party of the file with the hits the screen call returned for it. */
export type BatchResult = BatchParty & Pick<PartyResult, 'hits'>;

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

/** Screens in chunks of CHUNK_SIZE; a failing chunk stops the run (no partial "clean" result). */
export async function screenInChunks(
  parties: BatchParty[],
  opts: { threshold?: number; signal?: AbortSignal; onProgress: (done: number) => void },
): Promise<{ results: BatchResult[]; versions: Record<string, string> }> {
  const results: BatchResult[] = [];
  let versions: Record<string, string> = {};
  for (let start = 0; start < parties.length; start += CHUNK_SIZE) {
    const chunk = parties.slice(start, start + CHUNK_SIZE);
    let out: ScreenResponse;
    try {
      // strict: results are paired with the chunk by position, so a party the server cannot read
      // must fail the chunk (reported below with its line) rather than be left out of the results.
      out = await api<ScreenResponse>('POST', '/screen', {
        signal: opts.signal,
        body: {
          parties: chunk.map((c) => c.party),
          strict: true,
          ...(opts.threshold === undefined ? {} : { threshold: opts.threshold }),
        },
      });
    } catch (error) {
      // 503 stays an ApiError so the page shows the fail-closed panel; others get line numbers.
      if (!(error instanceof ApiError) || error.status === 503) throw error;
      throw new Error(
        messageOf(error).replace(/\/parties\/(\d+)/g, (_, i: string) => `line ${chunk[Number(i)]?.line ?? '?'}`),
        { cause: error },
      );
    }
    out.results.forEach((r, i) => results.push({ ...chunk[i]!, hits: r.hits }));
    versions = { ...versions, ...out.versions };
    opts.onProgress(Math.min(parties.length, start + chunk.length));
  }
  return { results, versions };
}

/** Parties with hits first (best score first), then the rest in file order. */
export function byRisk(results: BatchResult[]): BatchResult[] {
  const top = (r: BatchResult) => Math.max(0, ...r.hits.map((h) => h.score));
  return [...results].sort((a, b) => top(b) - top(a) || a.line - b.line);
}

export function downloadJsonl(fileName: string, results: BatchResult[], versions: Record<string, string>): void {
  const lines = results.map((r) => JSON.stringify({ line: r.line, input: r.party, hits: r.hits, versions }));
  const url = URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'application/x-ndjson' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
