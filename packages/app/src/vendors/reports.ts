/**
 * The tenant's vendor reports: listed with whether the list versions they used are still current,
 * and re-checked on demand after a list changes (the stored inventory, the same options, today's
 * versions). Re-checking stores a new report; the old one stays as it was (append-only).
 */
import { authorise, notFound, type Principal } from '@dualuse/core';
import { findVendorReport, inTenant, listVendorReports } from '@dualuse/store';
import type { AppContext } from '../common';
import { currentListVersions } from '../lists/current';
import { checkInventory, type InventoryReport } from './check';

export interface ReportSummary {
  id: string;
  inventory: string;
  checkedOn: string;
  cleanNetwork: boolean;
  findings: number;
  createdAt: string;
  /** Lists whose current version differs from the one the report used: a re-check is due. */
  changedLists: string[];
}

export async function listVendorReportSummaries(ctx: AppContext, p: Principal): Promise<ReportSummary[]> {
  authorise(p, 'vendors:read');
  const current = new Map((await currentListVersions(ctx.db.orm)).map((v) => [v.list, v.id]));
  const rows = await inTenant(ctx.db, p.tenantId, (tx) => listVendorReports(tx));
  return rows.map((r) => {
    const used = r.versions as Record<string, string>;
    const lists = new Set([...Object.keys(used), ...current.keys()]);
    return {
      id: r.id,
      inventory: r.inventory,
      checkedOn: r.checkedOn,
      cleanNetwork: r.cleanNetwork,
      findings: r.findings,
      createdAt: r.createdAt.toISOString(),
      changedLists: [...lists].filter((l) => used[l] !== current.get(l)).sort(),
    };
  });
}

export async function recheckReport(ctx: AppContext, p: Principal, id: string, on?: string): Promise<InventoryReport> {
  authorise(p, 'vendors:check');
  const row = await inTenant(ctx.db, p.tenantId, (tx) => findVendorReport(tx, id));
  if (!row) throw notFound(`vendor report "${id}"`);
  const stored = row.report as { content: string };
  return checkInventory(
    ctx,
    p,
    { name: row.inventory, content: stored.content },
    { cleanNetwork: row.cleanNetwork, on },
  );
}
