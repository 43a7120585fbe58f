/** Importing a version of the EAR country tables: all-or-nothing, hashed, immutable, audited. */
import { authorise, DomainError, invalidInput, readEarTables, type EarTablesData, type Principal } from '@dualuse/core';
import { findRegulationVersionByHash, insertRegulationVersion, type RegulationVersionRow } from '@dualuse/store';
import { importOnce } from '../audit/import-once';
import { actorOf, type AppContext } from '../common';
import { isoDate } from '../controls/entries';

export const EAR_TABLES = { jurisdiction: 'US', kind: 'ear-country-tables' } as const;

export interface RegulationVersionView {
  id: string;
  jurisdiction: string;
  kind: string;
  contentDate: string;
  format: string;
  sourceUrl: string | null;
  sourceFiles: string[];
  contentHash: string;
  warnings: string[];
  importedAt: string;
}

export const versionView = (v: Omit<RegulationVersionRow, 'data'>): RegulationVersionView => ({
  id: v.id,
  jurisdiction: v.jurisdiction,
  kind: v.kind,
  contentDate: v.contentDate,
  format: v.format,
  sourceUrl: v.sourceUrl ?? null,
  sourceFiles: v.sourceFiles,
  contentHash: v.contentHash,
  warnings: v.warnings,
  importedAt: v.importedAt.toISOString(),
});

export interface ImportRegulationsOptions {
  contentDate: string;
  url?: string | undefined;
}

/** `files`: name → text (the CSV layout's files, or the eCFR XML of parts 738 and 740). */
export async function importRegulations(
  ctx: AppContext,
  p: Principal,
  files: Record<string, string>,
  o: ImportRegulationsOptions,
): Promise<{ status: 'imported' | 'unchanged'; version: RegulationVersionView; warnings: string[] }> {
  authorise(p, 'controls:write');
  const contentDate = isoDate(o.contentDate, '--date');
  const { data, contentHash } = readEarTables(files, { contentDate, ...(o.url ? { url: o.url } : {}) });
  const result = await importOnce(ctx, p, {
    find: (tx) =>
      findRegulationVersionByHash(tx, {
        jurisdiction: EAR_TABLES.jurisdiction,
        kind: EAR_TABLES.kind,
        contentDate,
        contentHash,
      }),
    insert: (tx) =>
      insertRegulationVersion(tx, {
        ...EAR_TABLES,
        contentDate,
        format: data.source.format,
        sourceUrl: data.source.url ?? null,
        sourceFiles: data.source.files,
        sourceSha256: data.source.sha256,
        contentHash,
        data,
        warnings: data.warnings,
        importedAt: ctx.now(),
        importedBy: actorOf(p),
      }),
    audit: (row) => ({
      action: 'regulations.import',
      subject: { type: 'regulation_version', id: row.id },
      details: {
        kind: EAR_TABLES.kind,
        contentDate,
        format: data.source.format,
        files: data.source.files,
        destinations: data.chart.length,
        warnings: data.warnings.length,
      },
      inputVersions: { [EAR_TABLES.kind]: contentHash },
    }),
  });
  return { status: result.status, version: versionView(result.row), warnings: data.warnings };
}

/**
 * Downloads Supplement No. 1 to parts 738 and 740 as of `date` from the eCFR versioner API and
 * imports them. `baseUrl`: the eCFR, or a mirror of its API (an air-gapped network).
 */
export async function syncRegulations(
  ctx: AppContext,
  p: Principal,
  o: { date?: string | undefined; baseUrl?: string | undefined },
) {
  authorise(p, 'controls:write');
  const date = isoDate(o.date ?? ctx.now().toISOString().slice(0, 10), '--date');
  const base = (o.baseUrl ?? 'https://www.ecfr.gov').replace(/\/+$/, '');
  const files: Record<string, string> = {};
  for (const part of ['738', '740']) {
    const url = `${base}/api/versioner/v1/full/${date}/title-15.xml?part=${part}`;
    let res: Response;
    try {
      res = await fetch(url, { headers: { accept: 'application/xml' }, signal: AbortSignal.timeout(120_000) });
    } catch (error) {
      throw new DomainError(
        'unavailable',
        `cannot reach ${url}: ${(error as Error).message}${(error as { cause?: Error }).cause ? ` (${(error as { cause: Error }).cause.message})` : ''}; offline, use: dualuse regulations import FILE|DIR --date ${date}`,
      );
    }
    if (!res.ok)
      throw new DomainError(
        res.status === 404 ? 'not_found' : 'unavailable',
        `${url} answered ${res.status} ${res.statusText}`,
      );
    files[`ecfr-title-15-part-${part}-${date}.xml`] = await res.text();
  }
  return importRegulations(ctx, p, files, {
    contentDate: date,
    url: `${base}/api/versioner/v1/full/${date}/title-15.xml`,
  });
}

export const parseStoredTables = (row: RegulationVersionRow): EarTablesData => {
  const d = row.data as EarTablesData;
  if (!d || !Array.isArray(d.chart) || !Array.isArray(d.groups))
    throw invalidInput(`regulation version ${row.id} holds no country tables`);
  return d;
};
