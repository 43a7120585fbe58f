/**
 * Loads the reviewed non-US lists (@dualuse/core controls/data: EU Annex I differences and
 * EU-autonomous entries, Annex IV, UK PL entries, NL and JP chip-equipment entries, and the
 * EU/UK/WA/DSGL entries derived by number from the US CCL) as list versions, like an import:
 * each version once (by content hash), audited, then stored classifications are re-checked.
 * Also the Common High Priority List lookup (a file the user has; nothing is stored).
 */
import { createHash } from 'node:crypto';
import {
  authorise,
  curatedControlListVersions,
  DomainError,
  lookupChpl,
  parseChplCsv,
  type ChplItem,
  type ChplList,
  type ControlEntry,
  type ControlListVersion,
  type Principal,
} from '@dualuse/core';
import {
  controlEntriesOfVersion,
  findControlVersion,
  findControlVersionByHash,
  inTenant,
  insertControlListVersion,
  listControlVersions,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';
import { recheckAllTenants } from './records';
import { withImportedTexts } from './texts';

export interface CuratedLoadResult {
  list: string;
  effectiveFrom: string;
  version: string;
  entries: number;
  status: 'imported' | 'unchanged';
  warnings: string[];
}

/** The US CCL version the derived entries come from: `usVersionId`, or the newest imported one. */
export async function usVersion(
  ctx: AppContext,
  usVersionId: string | undefined,
): Promise<ControlListVersion | undefined> {
  return ctx.db.orm.transaction(async (tx) => {
    const row = usVersionId
      ? await findControlVersion(tx, usVersionId)
      : (await listControlVersions(tx)).find((v) => v.list === 'us-ccl');
    if (usVersionId && (!row || row.list !== 'us-ccl'))
      throw new DomainError(
        'not_found',
        `US CCL version ${usVersionId} was not found (see: dualuse controls versions)`,
      );
    if (!row) return undefined;
    const entries = (await controlEntriesOfVersion(tx, row.id)) as ControlEntry[];
    return {
      list: 'us-ccl',
      jurisdiction: 'US',
      version: row.version,
      effectiveFrom: row.effectiveFrom,
      source: { format: row.format, description: '' },
      entries,
      categoryNotes: [],
      warnings: [],
    };
  });
}

export async function loadCuratedControlLists(
  ctx: AppContext,
  p: Principal,
  o: { usVersionId?: string | undefined; recheck?: boolean } = {},
): Promise<{ usVersion: string | null; results: CuratedLoadResult[] }> {
  authorise(p, 'controls:write');
  const us = await usVersion(ctx, o.usVersionId);
  const versions = await ctx.db.orm.transaction((tx) => withImportedTexts(tx, curatedControlListVersions(us)));
  const results: CuratedLoadResult[] = [];
  for (const v of versions) {
    const contentHash = createHash('sha256')
      .update(JSON.stringify({ list: v.list, effectiveFrom: v.effectiveFrom, entries: v.entries }))
      .digest('hex');
    const status = await ctx.db.orm.transaction(async (tx) => {
      if (await findControlVersionByHash(tx, v.list, contentHash)) return 'unchanged' as const;
      await insertControlListVersion(
        tx,
        {
          list: v.list,
          jurisdiction: v.jurisdiction,
          version: v.version.slice(0, 200),
          effectiveFrom: v.effectiveFrom,
          format: v.source.format,
          contentHash,
          entryCount: v.entries.length,
          warnings: v.warnings,
          categoryNotes: [],
          importedAt: ctx.now(),
          importedBy: actorOf(p),
        },
        v.entries.map((e) => ({
          code: e.code,
          jurisdiction: e.jurisdiction,
          heading: e.heading,
          reasons: e.reasons,
          chartColumns: e.chartColumns,
          entry: e,
          body: e.text,
        })),
      );
      return 'imported' as const;
    });
    results.push({
      list: v.list,
      effectiveFrom: v.effectiveFrom,
      version: v.version,
      entries: v.entries.length,
      status,
      warnings: v.warnings,
    });
  }
  const imported = results.filter((r) => r.status === 'imported');
  if (imported.length > 0) {
    await inTenant(ctx.db, p.tenantId, (tx) =>
      record(tx, ctx, p, {
        action: 'controls.load_curated',
        subject: null,
        details: {
          usVersion: us?.version ?? null,
          versions: imported.map((r) => `${r.list}@${r.effectiveFrom} (${r.entries})`),
        },
        inputVersions: {},
      }),
    );
    if (o.recheck !== false) await recheckAllTenants(ctx);
  }
  return { usVersion: us?.version ?? null, results };
}

/** Parses a CHPL file (tier,hs6,description) and, with `hs`, the items that code falls under. */
export function chplLookup(
  p: Principal,
  text: string,
  o: { fileName: string; hs?: string | undefined },
): {
  file: string;
  counts: ChplList['countsByTier'];
  total: number;
  hs?: string;
  matches?: ChplItem[];
  items?: ChplItem[];
} {
  authorise(p, 'controls:read');
  const list = parseChplCsv(text, o.fileName);
  const base = { file: o.fileName, counts: list.countsByTier, total: list.items.length };
  return o.hs !== undefined ? { ...base, hs: o.hs, matches: lookupChpl(list, o.hs) } : { ...base, items: list.items };
}
