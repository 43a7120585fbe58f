/**
 * Importing shipments and payments (all-or-nothing; companies in companies.ts), scoring each shipment and
 * payment on import with the red-flag scorer (diversion.ts; plus the imported companies'
 * addresses and ownership, diversion-registry.ts), and storing ONE alert per scored
 * record that alerts, its flags combined, grouped by the resolved counterparty
 * (core/src/diversion/alert-group.ts). Each import is one transaction with its audit record:
 * a bad row, a duplicate id or an unknown reference stores nothing.
 */
import { authorise, type Principal } from '@dualuse/core';
import { counterpartyOf, formatOf, importError, paymentAsShipment, parsePaymentFile } from '@dualuse/core/diversion';
import {
  parseShipmentFile,
  type ImportFormat,
  type ImportedPaymentRecord as PaymentRecord,
} from '@dualuse/core/diversion';
import type { Shipment, ShipmentScore } from '@dualuse/core/diversion';
import { existingRefs, findShipmentsByRefs, inTenant, insertPaymentRows, insertShipmentRows } from '@dualuse/store';
import type { ShipmentRow } from '@dualuse/store';
import type { AppContext } from '../common';
import { alertRows, finishImport, insertBatch, text } from './import-batch';
import type { DiversionImportFile, DiversionImportOptions, DiversionImportSummary } from './import-batch';
import { diversionScorer, type DiversionOptions } from './scoring';
import { paymentColumns } from './payment-rows';

export type { DiversionImportFile, DiversionImportOptions, DiversionImportSummary } from './import-batch';
export { importCompanies, type CompanyImportSummary } from './companies';

/** A stored shipment as the scorer reads it. */
export function shipmentOfRow(r: ShipmentRow): Shipment {
  const clauses = r.clauses as Partial<Shipment>;
  return {
    id: r.ref,
    parties: r.parties as Shipment['parties'],
    items: r.items as Shipment['items'],
    ...(r.shipmentDate ? { date: r.shipmentDate } : {}),
    ...(r.destination ? { destination: r.destination } : {}),
    ...((r.route as unknown[]).length ? { route: r.route as Shipment['route'] } : {}),
    ...(r.payment ? { payment: r.payment as Shipment['payment'] } : {}),
    ...clauses,
  };
}

export async function importShipments(
  ctx: AppContext,
  p: Principal,
  f: DiversionImportFile,
  options: DiversionImportOptions = {},
): Promise<DiversionImportSummary> {
  authorise(p, 'diversion:write');
  const format: ImportFormat = formatOf(f.name, f.format);
  const parsed = parseShipmentFile(f.name, text(f), format);
  return (await storeShipments(ctx, p, { f, format, parsed }, options)).summary;
}

/** Shipments already read, with the file they stand for: scored, stored and alerted as one all-or-nothing batch. */
export interface ParsedShipments {
  f: DiversionImportFile;
  format: ImportFormat;
  parsed: { line: number; shipment: Shipment }[];
}

/**
 * Scores and stores parsed shipments (a file import, or shipments entered one at a time: recorded.ts); answers the
 * batch summary and each full score.
 */
export async function storeShipments(
  ctx: AppContext,
  p: Principal,
  { f, format, parsed }: ParsedShipments,
  options: DiversionImportOptions & Pick<DiversionOptions, 'nameThreshold'> = {},
): Promise<{ summary: DiversionImportSummary; scored: { s: Shipment; r: ShipmentScore }[] }> {
  authorise(p, 'diversion:write');
  const { score, inputVersions } = await diversionScorer(ctx, p, options);
  const scored = parsed.map(({ shipment }, i) => {
    const r = score(shipment);
    options.onProgress?.(i + 1, parsed.length);
    return { s: shipment, r };
  });
  const summary = await inTenant(ctx.db, p.tenantId, async (tx) => {
    const dup = await existingRefs(
      tx,
      'shipments',
      parsed.map((x) => x.shipment.id),
    );
    const first = parsed.find((x) => dup.has(x.shipment.id));
    if (first)
      throw importError(
        f.name,
        first.line,
        'id',
        `shipment "${first.shipment.id}" is already imported (ids are unique per tenant); nothing was stored`,
      );
    const rows = await alertRows(tx, p, 'shipment', scored);
    const b = await insertBatch(tx, ctx, p, {
      kind: 'shipments',
      f,
      format,
      records: parsed.length,
      alerts: rows.length,
      inputVersions,
    });
    await insertShipmentRows(
      tx,
      scored.map(({ s, r }) => shipmentRow(p, b.id, s, r)),
    );
    return finishImport(tx, ctx, p, {
      kind: 'shipments',
      f,
      format,
      b,
      records: parsed.length,
      rows,
      scored,
      inputVersions,
      requestId: options.requestId,
    });
  });
  return { summary, scored };
}

const shipmentRow = (p: Principal, batchId: string, s: Shipment, r: ShipmentScore) => {
  const { id, date, destination, parties, items, route, payment, ...clauses } = s;
  const c = counterpartyOf(s);
  return {
    tenantId: p.tenantId,
    batchId,
    ref: id,
    shipmentDate: date ?? null,
    destination: destination ?? null,
    counterpartyName: c.name,
    counterpartyCountry: c.country ?? null,
    parties,
    items,
    route: route ?? [],
    payment: payment ?? null,
    clauses,
    score: r.score,
    severity: r.severity,
  };
};

export async function importPayments(
  ctx: AppContext,
  p: Principal,
  f: DiversionImportFile,
  options: DiversionImportOptions = {},
): Promise<DiversionImportSummary> {
  authorise(p, 'diversion:write');
  const format: ImportFormat = formatOf(f.name, f.format);
  const parsed = parsePaymentFile(f.name, text(f), format);
  const { score, inputVersions } = await diversionScorer(ctx, p, options);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const dup = await existingRefs(
      tx,
      'payments',
      parsed.map((x) => x.payment.id),
    );
    const first = parsed.find((x) => dup.has(x.payment.id));
    if (first)
      throw importError(
        f.name,
        first.line,
        'id',
        `payment "${first.payment.id}" is already imported (ids are unique per tenant); nothing was stored`,
      );
    const shipments = new Map(
      (
        await findShipmentsByRefs(
          tx,
          parsed.flatMap((x) => (x.payment.shipmentId ? [x.payment.shipmentId] : [])),
        )
      ).map((r) => [r.ref, shipmentOfRow(r)]),
    );
    const missing = parsed.find((x) => x.payment.shipmentId && !shipments.has(x.payment.shipmentId));
    if (missing)
      throw importError(
        f.name,
        missing.line,
        'shipment_id',
        `no imported shipment "${missing.payment.shipmentId}": import the shipments first, or leave shipment_id empty; nothing was stored`,
      );
    const scored = parsed.map(({ payment }, i) => {
      const s = paymentAsShipment(payment, payment.shipmentId ? shipments.get(payment.shipmentId) : undefined);
      const r = score(s);
      options.onProgress?.(i + 1, parsed.length);
      return { s, r, payment };
    });
    const rows = await alertRows(tx, p, 'payment', scored);
    const b = await insertBatch(tx, ctx, p, {
      kind: 'payments',
      f,
      format,
      records: parsed.length,
      alerts: rows.length,
      inputVersions,
    });
    await insertPaymentRows(
      tx,
      scored.map(({ payment: x, r }) => paymentRow(p, b.id, x, r)),
    );
    return finishImport(tx, ctx, p, {
      kind: 'payments',
      f,
      format,
      b,
      records: parsed.length,
      rows,
      scored,
      inputVersions,
      requestId: options.requestId,
    });
  });
}

const paymentRow = (p: Principal, batchId: string, x: PaymentRecord, r: ShipmentScore) => ({
  tenantId: p.tenantId,
  batchId,
  ...paymentColumns(x),
  score: r.score,
  severity: r.severity,
});
