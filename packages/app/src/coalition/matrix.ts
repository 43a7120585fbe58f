/**
 * The weakest-link matrix (core/coalition/matrix.ts) with the data the licensing service uses:
 * control entries from the imported lists and the EAR country tables in force on the date.
 */
import { authorise, type Principal } from '@dualuse/core';
import { computeMatrix, parseMatrixRequest, seedMatrixRequest } from '@dualuse/core/coalition';
import type { ControlEntry } from '@dualuse/core';
import { controlVersionsAsOf, findControlEntries, inTenant } from '@dualuse/store';
import { earTablesAsOf } from '../regulations/tables';
import { record } from '../audit/log';
import type { AppContext } from '../common';

export async function weakestLinkMatrix(ctx: AppContext, p: Principal, input: unknown) {
  authorise(p, 'matrix:read');
  const req = parseMatrixRequest(input);
  const request = 'seed' in req ? seedMatrixRequest(req.date) : req;
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const tables = await earTablesAsOf(tx, request.date);
    // The US entries the items name, from the CCL version in force (only the US rules read entries).
    const ids = (await controlVersionsAsOf(tx, request.date, 'US')).map((v) => v.id);
    const controls = new Map<string, ControlEntry | undefined>();
    for (const item of request.items) {
      const code = item.classification.US?.split('.')[0]?.toUpperCase();
      if (code && code !== 'EAR99' && !controls.has(code))
        controls.set(code, (await findControlEntries(tx, ids, code))[0]?.entry as ControlEntry | undefined);
    }
    const rows = computeMatrix(request, {
      controls: (j, code) => (j === 'US' ? controls.get(code) : undefined),
      screened: true,
      tables,
    });
    await record(tx, ctx, p, {
      action: 'matrix.compute',
      subject: null,
      details: {
        items: request.items.length,
        destinations: request.destinations,
        jurisdictions: request.jurisdictions,
        weakLinks: rows.filter((r) => r.weakLink).length,
      },
      inputVersions: tables.ref ? { 'ear-country-tables': tables.ref.id } : {},
    });
    return { request, rows };
  });
}
