/**
 * Batch screening in the browser: read a CSV or JSON-lines file of parties (the columns
 * `dualuse` accepts everywhere: name/full_name, type/schema, country/nationality,
 * date_of_birth, id, aliases), send it in chunks the API accepts, and write the results
 * back out as JSON lines. Errors name the line, like the CLI's.
 */
import { parseCsv } from '@dualuse/core/screening';
import { api, ApiError, messageOf } from '../../lib/api';
import type { HitView, PartyRequest, ScreenResponse } from './types';

/** The API takes up to 1000 parties a call; 500 keeps each request well under the body limit. */
export const CHUNK_SIZE = 500;

export interface BatchParty {
  line: number;
  party: PartyRequest;
}

export interface BatchResult extends BatchParty {
  hits: HitView[];
}

const TYPES: Record<string, PartyRequest['type']> = {
  person: 'person',
  individual: 'person',
  organization: 'organization',
  organisation: 'organization',
  company: 'organization',
  legalentity: 'organization',
  entity: 'organization',
  publicbody: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
  airplane: 'aircraft',
  unknown: 'unknown',
};
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim());
const split = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(text) : text(v).split(/[;|]/)).map((s) => s.trim()).filter(Boolean);

/** One record (CSV row by header, or JSON object) to a party; throws "line N: ..." on bad input. */
export function partyOf(raw: Record<string, unknown>, line: number): PartyRequest {
  const get = (...keys: string[]) => keys.map((k) => raw[k]).find((v) => text(v) !== '');
  const name = text(get('name', 'full_name'));
  if (!name) throw new Error(`line ${line}: a name is required (column 'name' or 'full_name')`);
  const party: PartyRequest = { name };
  const type = text(get('type', 'schema')).toLowerCase();
  if (type) {
    const t = TYPES[type];
    if (!t) throw new Error(`line ${line}: unknown type '${type}' (person, organization, vessel, aircraft)`);
    party.type = t;
  }
  const countries = split(get('countries', 'country', 'nationality'));
  if (countries.length) party.countries = countries;
  const dob = text(get('birthDate', 'date_of_birth', 'dob'));
  if (dob) {
    if (!DATE.test(dob)) throw new Error(`line ${line}: date of birth '${dob}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
    party.birthDate = dob;
  }
  const aliases = split(get('aliases'));
  if (aliases.length) party.aliases = aliases;
  const id = text(get('id', 'externalId'));
  if (id) party.externalId = id;
  return party;
}

function records(fileName: string, content: string): { line: number; raw: Record<string, unknown> }[] {
  const body = content.replace(/^\uFEFF/, '');
  if (
    /\.(jsonl|ndjson|json)$/i.test(fileName) ||
    body.trimStart().startsWith('{') ||
    body.trimStart().startsWith('[')
  ) {
    if (body.trimStart().startsWith('['))
      return (JSON.parse(body) as Record<string, unknown>[]).map((raw, i) => ({ line: i + 1, raw }));
    return body.split(/\r?\n/).flatMap((l, i) => {
      if (!l.trim()) return [];
      try {
        return [{ line: i + 1, raw: JSON.parse(l) as Record<string, unknown> }];
      } catch (error) {
        throw new Error(`line ${i + 1}: not JSON (${(error as Error).message})`, { cause: error });
      }
    });
  }
  const rows = parseCsv(body, fileName, /\.tsv$/i.test(fileName) ? '\t' : ',');
  const header = rows.shift();
  if (!header) throw new Error(`${fileName} is empty`);
  const names = header.cells.map((h) => h.trim().toLowerCase());
  if (!names.includes('name') && !names.includes('full_name'))
    throw new Error(`line ${header.line}: no 'name' or 'full_name' column (columns: ${names.join(', ')})`);
  return rows.map((r) => ({ line: r.line, raw: Object.fromEntries(names.map((n, i) => [n, r.cells[i] ?? ''])) }));
}

/** Every party of the file, or every error found (first 20), so one read shows all problems. */
export function parsePartiesFile(fileName: string, content: string): { parties: BatchParty[]; errors: string[] } {
  const parties: BatchParty[] = [];
  const errors: string[] = [];
  let rows: ReturnType<typeof records>;
  try {
    rows = records(fileName, content);
  } catch (error) {
    return { parties, errors: [messageOf(error)] };
  }
  for (const { line, raw } of rows) {
    try {
      parties.push({ line, party: partyOf(raw, line) });
    } catch (error) {
      if (errors.length < 20) errors.push(messageOf(error));
    }
  }
  return { parties, errors };
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
