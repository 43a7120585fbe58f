/**
 * Importing a company registry extract (companies, people and their ownership and officer links),
 * all-or-nothing: a link to a party neither in the file nor imported before stores nothing. The
 * scorer reads these through registry.ts.
 */
import { authorise, type Principal } from '@dualuse/core';
import { formatOf, importError, parseCompanyFile, unnamedListWarnings } from '@dualuse/core/diversion';
import { inTenant, listCompanyRows, upsertCompanyLinkRows, upsertCompanyRows } from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import {
  insertBatch,
  type DiversionImportFile,
  type DiversionImportOptions,
  type DiversionImportSummary,
} from './import-batch';

export interface CompanyImportSummary {
  batch: DiversionImportSummary['batch'];
  companies: number;
  links: number;
  listed: number;
  /** Listed parties naming no list (counted under no ownership regime), and the like. */
  warnings: string[];
}

export async function importCompanies(
  ctx: AppContext,
  p: Principal,
  f: DiversionImportFile,
  options: Pick<DiversionImportOptions, 'requestId'> = {},
): Promise<CompanyImportSummary> {
  authorise(p, 'diversion:write');
  const parsed = parseCompanyFile(f.name, f.bytes, formatOf(f.name, f.format));
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    // A link must join parties of this file or ones imported before: a dangling id is a typo or a partial export.
    const refs = new Set([...parsed.companies.map((c) => c.ref), ...(await listCompanyRows(tx)).map((c) => c.ref)]);
    for (const l of parsed.links)
      for (const [end, field] of [
        [l.from, 'from'],
        [l.to, 'to'],
      ] as const) {
        if (!refs.has(end))
          throw importError(
            f.name,
            l.line,
            field,
            `no company or person "${end}" in the file or imported before; nothing was stored`,
          );
      }
    const b = await insertBatch(tx, ctx, p, {
      kind: 'companies',
      f,
      format: parsed.format,
      records: parsed.companies.length + parsed.links.length,
      alerts: 0,
      inputVersions: {},
    });
    await upsertCompanyRows(
      tx,
      parsed.companies.map(({ line: _line, ...c }) => ({
        tenantId: p.tenantId,
        batchId: b.id,
        ref: c.ref,
        kind: c.kind,
        name: c.name,
        country: c.country ?? null,
        registrationNumber: c.registrationNumber ?? null,
        incorporated: c.incorporated ?? null,
        addresses: c.addresses,
        phones: c.phones,
        emails: c.emails,
        websites: c.websites,
        listed: c.listed,
        listedOn: c.listedOn,
        listedFrom: c.listedFrom ?? null,
        activities: c.activities,
      })),
    );
    await upsertCompanyLinkRows(
      tx,
      parsed.links.map((l) => ({
        tenantId: p.tenantId,
        batchId: b.id,
        ref: l.ref,
        kind: l.kind,
        fromRef: l.from,
        toRef: l.to,
        role: l.role ?? null,
        percentage: l.percentage ?? null,
        startDate: l.startDate ?? null,
        endDate: l.endDate ?? null,
      })),
    );
    const listed = parsed.companies.filter((c) => c.listed).length;
    const warnings = unnamedListWarnings(
      parsed.companies.filter((c) => c.listed).map((c) => ({ id: c.ref, name: c.name, lists: c.listedOn })),
    );
    await record(tx, ctx, p, {
      action: 'diversion.import',
      subject: { type: 'import_batch', id: b.id },
      details: {
        kind: 'companies',
        file: f.name,
        format: parsed.format,
        contentHash: b.contentHash,
        companies: parsed.companies.length,
        links: parsed.links.length,
        listed,
        warnings: warnings.length,
      },
      requestId: options.requestId ?? null,
    });
    return {
      batch: {
        id: b.id,
        kind: b.kind,
        fileName: b.fileName,
        format: b.format,
        records: b.recordCount,
        alerts: 0,
        contentHash: b.contentHash,
      },
      companies: parsed.companies.length,
      links: parsed.links.length,
      listed,
      warnings,
    };
  });
}
