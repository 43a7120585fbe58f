/**
 * Licences a tenant holds: recorded once, listed with their balances (sums of the shipments
 * drawn against them, licence-draws.ts), shown with every draw-down.
 */
import {
  authorise,
  DomainError,
  notFound,
  parseLicence,
  type HeldLicence,
  type Json,
  type Licence,
  type Principal,
} from '@dualuse/core';
import {
  drawdownsOf,
  findLicence,
  findLicenceByNumber,
  inTenant,
  insertLicence,
  licenceUsage,
  listLicenceRows,
  lockLicences,
  type LicenceRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, uniquely, type AppContext } from '../common';

export interface LicenceView {
  id: string;
  number: string;
  jurisdiction: string;
  terms: Licence;
  used: { value: number; quantity: number };
  remaining: { value?: number; quantity?: number };
  status: 'not_yet_valid' | 'valid' | 'expired' | 'exhausted';
  created_by: string;
  created_at: string;
}

function view(row: LicenceRow, used: { value: number; quantity: number }, today: string): LicenceView {
  const terms = row.terms as Licence;
  const remaining = {
    ...(terms.value_limit !== undefined ? { value: terms.value_limit - used.value } : {}),
    ...(terms.quantity_limit !== undefined ? { quantity: terms.quantity_limit - used.quantity } : {}),
  };
  const status =
    today < terms.valid_from
      ? 'not_yet_valid'
      : today > terms.expires
        ? 'expired'
        : remaining.value === 0 || remaining.quantity === 0
          ? 'exhausted'
          : 'valid';
  return {
    id: row.id,
    number: row.number,
    jurisdiction: row.jurisdiction,
    terms,
    used,
    remaining,
    status,
    created_by: row.createdBy,
    created_at: row.createdAt.toISOString(),
  };
}

const today = (ctx: AppContext) => ctx.now().toISOString().slice(0, 10);

export async function addLicence(
  ctx: AppContext,
  p: Principal,
  input: unknown,
  req: { requestId?: string | null } = {},
): Promise<LicenceView> {
  authorise(p, 'licences:write');
  const terms = parseLicence(input);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await uniquely(`licence ${terms.jurisdiction} ${terms.number}`, () =>
      insertLicence(tx, {
        tenantId: p.tenantId,
        number: terms.number,
        jurisdiction: terms.jurisdiction,
        validFrom: terms.valid_from,
        expires: terms.expires,
        valueLimit: terms.value_limit ?? null,
        quantityLimit: terms.quantity_limit ?? null,
        terms,
        createdBy: actorOf(p).name,
      }),
    );
    await record(tx, ctx, p, {
      action: 'licence.add',
      subject: { type: 'licence', id: row.id },
      details: { number: terms.number, jurisdiction: terms.jurisdiction, terms: terms as unknown as Json },
      requestId: req.requestId ?? null,
    });
    return view(row, { value: 0, quantity: 0 }, today(ctx));
  });
}

export async function listLicences(
  ctx: AppContext,
  p: Principal,
  q: { jurisdiction?: string | undefined } = {},
): Promise<LicenceView[]> {
  authorise(p, 'licences:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = await listLicenceRows(tx, q.jurisdiction?.toUpperCase());
    const usage = await licenceUsage(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => view(r, usage.get(r.id)!, today(ctx)));
  });
}

/** One licence by id or by number (any jurisdiction; ambiguous numbers need the jurisdiction), with its draw-downs. */
export async function showLicence(ctx: AppContext, p: Principal, ref: string, jurisdiction?: string) {
  authorise(p, 'licences:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = await resolveLicence(tx, ref, jurisdiction);
    const usage = await licenceUsage(tx, [row.id]);
    const draws = await drawdownsOf(tx, row.id);
    return {
      ...view(row, usage.get(row.id)!, today(ctx)),
      drawdowns: draws.map((d) => ({
        transaction_id: d.transactionId,
        item: d.item,
        code: d.code,
        value: d.value,
        quantity: d.quantity,
        shipped_on: d.shippedOn,
        created_by: d.createdBy,
        created_at: d.createdAt.toISOString(),
      })),
    };
  });
}

async function resolveLicence(tx: Orm, ref: string, jurisdiction?: string): Promise<LicenceRow> {
  const byId = await findLicence(tx, ref);
  if (byId) return byId;
  const candidates = jurisdiction
    ? [await findLicenceByNumber(tx, jurisdiction.toUpperCase(), ref)].filter((r): r is LicenceRow => !!r)
    : (await listLicenceRows(tx)).filter((r) => r.number === ref);
  if (candidates.length > 1)
    throw new DomainError(
      'invalid_input',
      `licence number '${ref}' exists in ${candidates.map((c) => c.jurisdiction).join(' and ')}: give the jurisdiction`,
      { pointer: '/jurisdiction' },
    );
  if (!candidates[0]) throw notFound(`licence '${ref}'${jurisdiction ? ` in ${jurisdiction}` : ''}`);
  return candidates[0];
}

/** Held licences with their current usage; `lock` takes row locks first (for a draw-down). */
export async function heldLicences(tx: Orm, lock = false): Promise<HeldLicence[]> {
  const rows = await listLicenceRows(tx);
  if (lock)
    await lockLicences(
      tx,
      rows.map((r) => r.id),
    );
  const usage = await licenceUsage(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ id: r.id, licence: r.terms as Licence, used: usage.get(r.id)! }));
}
