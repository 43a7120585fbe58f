/** `dualuse lists sync`: download every list from its publisher, then import it as usual. */
import { readFileSync } from 'node:fs';
import { DomainError, type Principal } from '@dualuse/core';
import type { AppContext } from '../common';
import { importListFiles, type ListImportOptions, type ImportResult, type SourceFile } from './import';
import { OFFICIAL_LIST_SOURCES } from './sources';

export interface SyncOutcome {
  source: string;
  results: ImportResult[];
  error?: string;
}

function sources(ctx: AppContext): Record<string, string[]> {
  const file = ctx.config.DUALUSE_LIST_SOURCES;
  if (!file) return Object.fromEntries(Object.entries(OFFICIAL_LIST_SOURCES).map(([k, v]) => [k, v.urls]));
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  } catch (error) {
    throw new DomainError('invalid_input', `DUALUSE_LIST_SOURCES: cannot read ${file}: ${(error as Error).message}`);
  }
}

interface Downloaded extends SourceFile {
  /** The server's Last-Modified, as an ISO date: when the publisher's file last changed. */
  lastModified?: string | undefined;
}

/**
 * Why a request never got an answer, as the operator needs it: fetch says only "fetch failed";
 * the network's reason (ENOTFOUND, ECONNREFUSED, a timeout...) is in its `cause`.
 */
export function fetchFailure(url: string, error: unknown): Error {
  const e = error as { message?: string; cause?: { code?: string; message?: string; errors?: { code?: string }[] } };
  const cause = e.cause;
  const code = cause?.code ?? cause?.errors?.find((x) => x.code)?.code;
  const detail = [code, cause?.message && cause.message !== code ? cause.message : undefined].filter(Boolean);
  return new Error(`${url}: ${e.message ?? String(error)}${detail.length ? ` (${detail.join(': ')})` : ''}`);
}

export async function download(url: string, maxBytes: number): Promise<Downloaded> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(300_000),
      headers: { 'user-agent': 'dualuse-list-sync/0.1' },
    });
  } catch (error) {
    throw fetchFailure(url, error);
  }
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new Error(`${url}: ${length} bytes exceeds DUALUSE_MAX_IMPORT_BYTES`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes) throw new Error(`${url}: ${bytes.length} bytes exceeds DUALUSE_MAX_IMPORT_BYTES`);
  const modified = Date.parse(res.headers.get('last-modified') ?? '');
  return {
    name: decodeURIComponent(new URL(url).pathname.split('/').pop() || 'download'),
    bytes,
    lastModified: Number.isNaN(modified) ? undefined : new Date(modified).toISOString().slice(0, 10),
  };
}

/** Each source on its own: one publisher being down doesn't stop the others. */
/**
 * Every download goes through the same checks as `lists import` (entry counts, dates); a
 * refused list is reported as FAILED and the others still import. `options` carries the
 * operator's reasoned overrides. A format that states no date is dated by its entries, else by
 * the newest Last-Modified of its files (the publisher's server says when the file changed).
 */
export interface SyncOptions extends ListImportOptions {
  /** Sources to sync (all when absent). */
  only?: string[] | undefined;
  log: (message: string) => void;
}

export async function syncLists(
  ctx: AppContext,
  p: Principal,
  { only, log, ...options }: SyncOptions,
): Promise<SyncOutcome[]> {
  const all = sources(ctx);
  const unknown = (only ?? []).filter((s) => !all[s]);
  if (unknown.length)
    throw new DomainError(
      'invalid_input',
      `unknown list source(s): ${unknown.join(', ')} (known: ${Object.keys(all).join(', ')})`,
    );
  const out: SyncOutcome[] = [];
  for (const [source, urls] of Object.entries(all)) {
    if (only && !only.includes(source)) continue;
    try {
      log(`${source}: downloading ${urls.length} file(s)`);
      const files = [];
      for (const url of urls) files.push(await download(url, ctx.config.DUALUSE_MAX_IMPORT_BYTES));
      const modified = files
        .map((f) => f.lastModified)
        .filter((d): d is string => !!d)
        .sort()
        .at(-1);
      const declaredDate =
        options.declaredDate ??
        (modified
          ? { date: modified, by: `the Last-Modified header of ${urls.join(', ')}`, fallback: true }
          : undefined);
      const results = await importListFiles(ctx, p, files, { ...options, declaredDate });
      log(
        `${source}: ${results.map((r) => `${r.list} ${r.status}${r.current ? '' : ` (not current: ${r.currentReason})`}`).join(', ')}`,
      );
      out.push({ source, results });
    } catch (error) {
      log(`${source}: FAILED: ${(error as Error).message}`);
      out.push({ source, results: [], error: (error as Error).message });
    }
  }
  return out;
}
