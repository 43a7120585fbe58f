/**
 * Batch screening in the browser: read a CSV or JSON-lines file of parties (the columns
 * `dualuse` accepts everywhere: name/full_name, type/schema, country/nationality,
 * date_of_birth, id, aliases), send it in chunks the API accepts, and write the results
 * back out as JSON lines. Errors name the line, like the CLI's.
 */
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
 * Reads a picked file into parties. The reader (core's party-batch, with the country-name table
 * and its transliteration data, about 550 kB) is fetched only now: the screening pages a user
 * opens first (search, review queue, lists) do not carry it.
 */
export async function readPartiesFile(
  file: File,
): Promise<{ parties: BatchParty[]; errors: string[]; ignored: string[] }> {
  const [{ parsePartiesFile }, content] = await Promise.all([import('./partyFile'), file.text()]);
  return parsePartiesFile(file.name, content);
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
