/**
 * Shipments drawn against held licences. A shipment is determined first (and that
 * determination is audited); then, under a lock on the tenant's licences, each item needing a
 * licence is matched to a held licence with balance left and the draw-downs are written — all
 * of them or none.
 */
import {
  authorise,
  DomainError,
  conflict,
  matchLicences,
  parseTransaction,
  type JurisdictionCoverage,
  type Json,
  type Principal,
  type DeterminationResult,
  type Transaction,
} from '@dualuse/core';
import { drawdownsOfTransaction, inTenant, insertDrawdowns } from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, sqlState, type AppContext } from '../common';
import { heldLicences } from './licences';
import { determineTransactions, type DeterminationWithLicences } from './determine';

export interface DrawResult {
  transaction_id: string;
  coverage: JurisdictionCoverage[];
  drawdowns: { licence: string; number: string; item: number; value: number; quantity: number }[];
}

/**
 * Records a shipment against the tenant's licences. Refused (nothing drawn) when an item that
 * needs a licence has none that covers it, or when the shipment was already drawn.
 */
export async function drawShipment(
  ctx: AppContext,
  p: Principal,
  { transaction: t, result }: { transaction: Transaction; result: DeterminationResult },
  req: { requestId?: string | null } = {},
): Promise<DrawResult> {
  authorise(p, 'licences:write');
  const already = () => conflict(`shipment '${t.id}' has already been drawn against licences`);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    // Checked after the licences are locked: a concurrent draw of the same shipment has then
    // committed and is visible, so the second is refused with 409, not a unique-key failure.
    const held = await heldLicences(tx, true);
    if ((await drawdownsOfTransaction(tx, t.id)).length) throw already();
    const coverage = matchLicences(t, result, held);
    const gaps = coverage.flatMap((c) =>
      c.items
        .filter((i) => !i.licence)
        .map(
          (i) =>
            `${c.jurisdiction} item ${i.item} (${i.code ?? 'unclassified'}): ${i.checked.length ? i.checked.map((x) => `${x.number}: ${x.why.join('; ')}`).join(' | ') : 'no licence of this jurisdiction is held'}`,
        ),
    );
    if (gaps.length)
      throw new DomainError('conflict', `shipment '${t.id}' is not covered by a held licence: ${gaps.join(' / ')}`, {
        coverage: coverage as unknown as Json,
      });
    const draws = coverage.flatMap((c) =>
      c.items.map((i) => ({
        licence: i.licence!.id,
        number: i.licence!.number,
        item: i.item,
        code: i.code ?? null,
        value: i.value,
        quantity: i.quantity,
      })),
    );
    await insertDrawdowns(
      tx,
      draws.map((d) => ({
        tenantId: p.tenantId,
        licenceId: d.licence,
        transactionId: t.id,
        item: d.item,
        code: d.code,
        value: d.value,
        quantity: d.quantity,
        shippedOn: t.date,
        createdBy: actorOf(p).name,
      })),
    );
    await record(tx, ctx, p, {
      action: 'licence.draw',
      subject: { type: 'transaction', id: t.id },
      details: { date: t.date, destination: t.destination, draws: draws as unknown as Json },
      inputVersions: Object.fromEntries(draws.map((d) => [`licence:${d.number}`, d.licence])),
      requestId: req.requestId ?? null,
    });
    return { transaction_id: t.id, coverage, drawdowns: draws.map(({ code: _code, ...d }) => d) };
  }).catch((e: unknown) => {
    // Belt and braces: the UNIQUE (tenant, transaction, item, licence) of 0007 decides last.
    if (sqlState(e) === '23505') throw already();
    throw e;
  });
}

/** Determines a shipment and draws it against the tenant's licences in one step. */
export async function recordShipment(
  ctx: AppContext,
  p: Principal,
  input: unknown,
  req: { requestId?: string | null } = {},
): Promise<DrawResult & { determination: DeterminationWithLicences }> {
  authorise(p, 'licences:write');
  const t = parseTransaction(input);
  const { results } = await determineTransactions(ctx, p, [input], req);
  const determination = results[0]!;
  return { determination, ...(await drawShipment(ctx, p, { transaction: t, result: determination }, req)) };
}
