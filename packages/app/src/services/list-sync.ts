/** `dualuse lists sync`: download every list from its publisher, then import it as usual. */
import { readFileSync } from 'node:fs';
import { DomainError, type Principal } from '@dualuse/core';
import type { AppContext } from './common';
import { importListFiles, type ImportResult, type SourceFile } from './lists';
import { OFFICIAL_LIST_SOURCES } from './list-sources';

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

async function download(url: string, maxBytes: number): Promise<SourceFile> {
  const res = await fetch(url, { signal: AbortSignal.timeout(300_000), headers: { 'user-agent': 'dualuse-list-sync/0.1' } });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new Error(`${url}: ${length} bytes exceeds DUALUSE_MAX_IMPORT_BYTES`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes) throw new Error(`${url}: ${bytes.length} bytes exceeds DUALUSE_MAX_IMPORT_BYTES`);
  return { name: decodeURIComponent(new URL(url).pathname.split('/').pop() || 'download'), bytes };
}

/** Each source on its own: one publisher being down doesn't stop the others. */
export async function syncLists(ctx: AppContext, p: Principal, only: string[] | undefined, log: (message: string) => void): Promise<SyncOutcome[]> {
  const all = sources(ctx);
  const unknown = (only ?? []).filter((s) => !all[s]);
  if (unknown.length) throw new DomainError('invalid_input', `unknown list source(s): ${unknown.join(', ')} (known: ${Object.keys(all).join(', ')})`);
  const out: SyncOutcome[] = [];
  for (const [source, urls] of Object.entries(all)) {
    if (only && !only.includes(source)) continue;
    try {
      log(`${source}: downloading ${urls.length} file(s)`);
      const files = [];
      for (const url of urls) files.push(await download(url, ctx.config.DUALUSE_MAX_IMPORT_BYTES));
      const results = await importListFiles(ctx, p, files);
      log(`${source}: ${results.map((r) => `${r.list} ${r.status}`).join(', ')}`);
      out.push({ source, results });
    } catch (error) {
      log(`${source}: FAILED: ${(error as Error).message}`);
      out.push({ source, results: [], error: (error as Error).message });
    }
  }
  return out;
}
