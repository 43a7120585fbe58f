/**
 * Importing shipments, payments and companies (all-or-nothing), scoring each shipment and
 * payment on import with the red-flag scorer (diversion.ts; plus the imported companies'
 * addresses and ownership, diversion-registry.ts), and storing ONE alert per scored
 * record that alerts, its flags combined, grouped by the resolved counterparty
 * (core/src/diversion/alert-group.ts). Each import is one transaction with its audit record:
 * a bad row, a duplicate id or an unknown reference stores nothing.
 */
import { createHash } from 'node:crypto';
import { authorise, type Principal } from '@dualuse/core';
import { counterpartyOf, groupCounterparty, unnamedListWarnings } from '@dualuse/core/diversion';
import {
  formatOf,
  importError,
  paymentAsShipment,
  parseCompanyFile,
  parsePaymentFile,
  parseShipmentFile,
  type ImportFormat,
  type ImportedPaymentRecord as PaymentRecord,
} from '@dualuse/core/diversion';
import { scoreShipment, type Shipment, type ShipmentScore } from '@dualuse/core/diversion';
import { decodeText } from '@dualuse/core/screening';
import {
  alertCounterparties,
  existingRefs,
  findShipmentsByRefs,
  inTenant,
  insertAlertRows,
  insertImportBatch,
  insertPaymentRows,
  insertShipmentRows,
  listCompanyRows,
  upsertCompanyLinkRows,
  upsertCompanyRows,
  type ImportBatchRow,
  type Orm,
  type ShipmentRow,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';
import { diversionScoring, type DiversionOptions } from './scoring';
import { registryScoring } from './registry';

export interface DiversionImportFile {
  name: string;
  bytes: Uint8Array;
  /** csv or jsonl; default from the file name. */
  format?: string | undefined;
}

export interface DiversionImportSummary {
  batch: {
    id: string;
    kind: ImportBatchRow['kind'];
    fileName: string;
    format: ImportBatchRow['format'];
    records: number;
    alerts: number;
    contentHash: string;
  };
  /** One line per scored record (shipments and payments). */
  results: {
    id: string;
    alert: boolean;
    score: number;
    severity: ShipmentScore['severity'];
    flags: { tag: string; why: string; citation: string }[];
    counterpartyKey?: string;
  }[];
  inputVersions: Record<string, string>;
}

export type DiversionImportOptions = Pick<DiversionOptions, 'chpl' | 'asOf' | 'requestId'> & {
  /** Called as records are scored (the CLI's progress bar). */
  onProgress?: ((done: number, total: number) => void) | undefined;
};

// Strict UTF-8 like the list readers: a Latin-1 export is refused with its line and byte, never stored as mojibake.
const text = (f: DiversionImportFile) => decodeText(f.name, f.bytes);

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

const flagsOf = (r: ShipmentScore) =>
  r.flags.map((f) => ({
    tag: f.tag,
    why: f.why,
    citation: f.citations.join('; '),
    rule: f.rule,
    weight: f.weight,
    contribution: f.contribution,
    fields: f.fields,
  }));

/** Alert rows for the results that alert, each joined to its counterparty group. */
async function alertRows(
  tx: Orm,
  p: Principal,
  type: 'shipment' | 'payment',
  scored: { s: Shipment; r: ShipmentScore }[],
) {
  const known = await alertCounterparties(tx);
  return scored
    .filter(({ r }) => r.alert)
    .map(({ s, r }) => {
      const c = groupCounterparty(counterpartyOf(s), known);
      return {
        tenantId: p.tenantId,
        subjectType: type,
        subjectRef: r.id,
        score: r.score,
        severity: r.severity,
        flags: flagsOf(r),
        counterpartyKey: c.key,
        counterpartyName: c.name,
        counterpartyCountry: c.country ?? null,
        groupWhy: c.why,
      };
    });
}

async function batch(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  kind: ImportBatchRow['kind'],
  f: DiversionImportFile,
  format: ImportBatchRow['format'],
  records: number,
  alerts: number,
  inputVersions: Record<string, string>,
) {
  return insertImportBatch(tx, {
    tenantId: p.tenantId,
    kind,
    fileName: f.name.slice(0, 500),
    format,
    contentHash: `sha256:${createHash('sha256').update(f.bytes).digest('hex')}`,
    recordCount: records,
    alertCount: alerts,
    inputVersions,
    importedBy: actorOf(p),
    importedAt: ctx.now(),
  });
}

function summary(
  b: ImportBatchRow,
  scored: { r: ShipmentScore; key?: string | undefined }[],
  inputVersions: Record<string, string>,
): DiversionImportSummary {
  return {
    batch: {
      id: b.id,
      kind: b.kind,
      fileName: b.fileName,
      format: b.format,
      records: b.recordCount,
      alerts: b.alertCount,
      contentHash: b.contentHash,
    },
    results: scored.map(({ r, key }) => ({
      id: r.id,
      alert: r.alert,
      score: r.score,
      severity: r.severity,
      flags: r.flags.map((f) => ({ tag: f.tag, why: f.why, citation: f.citations.join('; ') })),
      ...(key ? { counterpartyKey: key } : {}),
    })),
    inputVersions,
  };
}

/**
 * The end of a shipments or payments import, the same for both: store the alerts, write one
 * audit record naming every alerted record and its group, and summarise the batch.
 */
async function finishImport(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  o: {
    kind: 'shipments' | 'payments';
    f: DiversionImportFile;
    format: ImportBatchRow['format'];
    b: ImportBatchRow;
    records: number;
    rows: Awaited<ReturnType<typeof alertRows>>;
    scored: { r: ShipmentScore }[];
    inputVersions: Record<string, string>;
    requestId: string | null | undefined;
  },
): Promise<DiversionImportSummary> {
  const { b, rows } = o;
  await insertAlertRows(
    tx,
    rows.map(({ groupWhy: _why, ...a }) => ({ ...a, batchId: b.id })),
  );
  const keys = new Map(rows.map((a) => [a.subjectRef, a.counterpartyKey]));
  await record(tx, ctx, p, {
    action: 'diversion.import',
    subject: { type: 'import_batch', id: b.id },
    details: {
      kind: o.kind,
      file: o.f.name,
      format: o.format,
      contentHash: b.contentHash,
      records: o.records,
      alerts: rows.length,
      alerted: rows.map((a) => ({
        id: a.subjectRef,
        score: a.score,
        group: a.counterpartyKey,
        groupedBecause: a.groupWhy,
        flags: a.flags.map((x) => x.tag),
      })),
    },
    inputVersions: o.inputVersions,
    requestId: o.requestId ?? null,
  });
  return summary(
    b,
    o.scored.map(({ r }) => ({ r, key: keys.get(r.id) })),
    o.inputVersions,
  );
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
  const { scoring: base, inputVersions } = await diversionScoring(ctx, options);
  const scoring = await registryScoring(ctx, p, base, inputVersions);
  const scored = parsed.map(({ shipment }, i) => {
    const r = scoreShipment(shipment, scoring(shipment));
    options.onProgress?.(i + 1, parsed.length);
    return { s: shipment, r };
  });
  return inTenant(ctx.db, p.tenantId, async (tx) => {
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
    const b = await batch(tx, ctx, p, 'shipments', f, format, parsed.length, rows.length, inputVersions);
    await insertShipmentRows(
      tx,
      scored.map(({ s, r }) => {
        const { id, date, destination, parties, items, route, payment, ...clauses } = s;
        const c = counterpartyOf(s);
        return {
          tenantId: p.tenantId,
          batchId: b.id,
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
      }),
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
}

export async function importPayments(
  ctx: AppContext,
  p: Principal,
  f: DiversionImportFile,
  options: DiversionImportOptions = {},
): Promise<DiversionImportSummary> {
  authorise(p, 'diversion:write');
  const format: ImportFormat = formatOf(f.name, f.format);
  const parsed = parsePaymentFile(f.name, text(f), format);
  const { scoring: base, inputVersions } = await diversionScoring(ctx, options);
  const scoring = await registryScoring(ctx, p, base, inputVersions);
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
      const r = scoreShipment(s, scoring(s));
      options.onProgress?.(i + 1, parsed.length);
      return { s, r, payment };
    });
    const rows = await alertRows(tx, p, 'payment', scored);
    const b = await batch(tx, ctx, p, 'payments', f, format, parsed.length, rows.length, inputVersions);
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
  ref: x.id,
  shipmentRef: x.shipmentId ?? null,
  paymentDate: x.date ?? null,
  payer: x.payer,
  payerCountry: x.payerCountry ?? null,
  payerBank: x.payerBank ?? null,
  payerBankCountry: x.payerBankCountry ?? null,
  beneficiary: x.beneficiary ?? null,
  beneficiaryCountry: x.beneficiaryCountry ?? null,
  amount: x.amount ?? null,
  currency: x.currency ?? null,
  reference: x.reference ?? null,
  letterOfCredit: x.letterOfCredit ?? null,
  score: r.score,
  severity: r.severity,
});

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
    const b = await batch(
      tx,
      ctx,
      p,
      'companies',
      f,
      parsed.format,
      parsed.companies.length + parsed.links.length,
      0,
      {},
    );
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
