/**
 * The vendor / bill-of-materials check (issue 16 §2): each inventory row's vendor, and every
 * company owning it, is screened against the current list versions; the FCC Covered List's
 * categories are matched on the row's category; the Clean Network profile is applied when the
 * user enables it (policy). Bad rows are reported one by one and the rest are still checked.
 * The report names every list version used and is audited; the tenant keeps it (report.ts).
 */
import { authorise, type Json, type ListEntry, type Principal } from '@dualuse/core';
import {
  checkRow,
  FCC_CATEGORY_PROGRAM,
  parseInventory,
  type FccCategoryEntry,
  type Finding,
  type InventoryRow,
  type RowError,
  type ScreenedParty,
} from '@dualuse/core/vendors';
import type { PartyInput } from '@dualuse/core/screening';
import {
  entriesOfVersion,
  insertVendorReport,
  inTenant,
  listCompanyLinkRows,
  listCompanyRows,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';
import { screeningData, type ScreeningData } from '../screening/data';
import { screenWith } from '../screening/screen';
import { ownersAbove } from './ownership';

export interface InventoryFile {
  name: string;
  content: string;
}
export interface CheckInventoryOptions {
  cleanNetwork?: boolean | undefined;
  /** ISO date the legal effects are judged on (default: today). */
  on?: string | undefined;
  requestId?: string | null | undefined;
}
export interface RowReport {
  row: InventoryRow;
  /** Companies screened for the row: the vendor and its owners, with the chains. */
  screened: { name: string; chain: string[] }[];
  findings: Finding[];
}
export interface InventoryReport {
  /** The stored report's id (the tenant keeps every report; re-check with recheckReport). */
  id: string;
  inventory: string;
  checkedOn: string;
  cleanNetwork: boolean;
  rows: RowReport[];
  errors: RowError[];
  findings: number;
  /** The list versions the check used (list → version id). */
  versions: Record<string, string>;
}

async function fccCategories(ctx: AppContext, data: ScreeningData): Promise<FccCategoryEntry[]> {
  const v = data.versions.find((x) => x.list === 'us-fcc-covered');
  if (!v) return [];
  return (await entriesOfVersion(ctx.db.orm, v.id))
    .map((r) => r.entry as ListEntry)
    .flatMap((e) =>
      e.programs
        .filter((p) => p.startsWith(FCC_CATEGORY_PROGRAM))
        .map((p) => ({
          listVersion: v.id,
          entryId: e.sourceId,
          category: p.slice(FCC_CATEGORY_PROGRAM.length),
          text: e.remarks ?? e.names[0]!.full,
          listedOn: e.listedOn ?? null,
        })),
    );
}

/** Each row's vendor and its owners above it (as of `on`), screened against the lists. */
async function screenRows(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  input: { data: ScreeningData; rows: InventoryRow[]; on: string },
): Promise<ScreenedParty[][]> {
  const { data, rows, on } = input;
  const [companies, links] = [await listCompanyRows(tx), await listCompanyLinkRows(tx)];
  const perRow = rows.map((r) => [
    { name: r.vendor, chain: [] as string[] },
    ...ownersAbove(r.vendor, companies, links, on),
  ]);
  const parties: PartyInput[] = perRow.flat().map((x) => ({ name: x.name, type: 'organization' }));
  const results = await screenWith(tx, ctx, p, { data, parties, origin: 'batch', persist: false });
  let k = 0;
  return perRow.map((ps) =>
    ps.map((x) => {
      const hits = results[k++]!.hits.filter((h) => h.status !== 'suppressed');
      return {
        ...x,
        hits: hits.map((h) => {
          const e = data.screener.entry(h.list, h.entryId);
          return {
            list: h.list,
            listVersion: h.listVersion,
            entryId: h.entryId,
            entryName: h.name,
            score: h.score,
            programs: h.programs,
            remarks: e?.remarks ?? null,
            licenseRequirement: e?.licenseRequirement ?? null,
            sourceUrl: e?.sourceUrl ?? null,
          };
        }),
      };
    }),
  );
}

export async function checkInventory(
  ctx: AppContext,
  p: Principal,
  file: InventoryFile,
  options: CheckInventoryOptions = {},
): Promise<InventoryReport> {
  authorise(p, 'vendors:check');
  const on = options.on ?? ctx.now().toISOString().slice(0, 10);
  const cleanNetwork = !!options.cleanNetwork;
  const parsed = parseInventory(file.name, file.content);
  const data = await screeningData(ctx);
  const versions = Object.fromEntries(data.versions.map((v) => [v.list, v.id]));
  const fcc = await fccCategories(ctx, data);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const screened = parsed.rows.length ? await screenRows(tx, ctx, p, { data, rows: parsed.rows, on }) : [];
    const rows = parsed.rows.map((row, i) => ({
      row,
      screened: screened[i]!.map((s) => ({ name: s.name, chain: s.chain })),
      findings: checkRow(row, screened[i]!, fcc, { on, cleanNetwork }),
    }));
    const report: Omit<InventoryReport, 'id'> = {
      inventory: file.name,
      checkedOn: on,
      cleanNetwork,
      rows,
      errors: parsed.errors,
      findings: rows.reduce((n, r) => n + r.findings.length, 0),
      versions,
    };
    const stored = await insertVendorReport(tx, {
      tenantId: p.tenantId,
      inventory: file.name.slice(0, 200),
      checkedOn: on,
      cleanNetwork,
      findings: report.findings,
      versions,
      report: { ...report, content: file.content } as unknown as Json,
      createdBy: actorOf(p).id,
    });
    await record(tx, ctx, p, {
      action: 'vendors.check',
      subject: { type: 'vendor_report', id: stored.id },
      details: {
        rows: rows.length,
        badRows: parsed.errors.length,
        findings: report.findings,
        cleanNetwork,
        on,
        inventory: file.name,
        byKind: Object.fromEntries(
          [...new Set(rows.flatMap((r) => r.findings.map((f) => f.kind)))].map((k) => [
            k,
            rows.flatMap((r) => r.findings).filter((f) => f.kind === k).length,
          ]),
        ),
      },
      inputVersions: versions,
      requestId: options.requestId ?? null,
    });
    return { id: stored.id, ...report };
  });
}
