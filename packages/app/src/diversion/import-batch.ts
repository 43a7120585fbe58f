/**
 * The plumbing every diversion import shares (records.ts, companies.ts): decoding the file, the
 * batch row, alert rows grouped by counterparty, and the closing audit record and summary.
 */
import { createHash } from 'node:crypto';
import type { Principal } from '@dualuse/core';
import { counterpartyOf, groupCounterparty, type Shipment, type ShipmentScore } from '@dualuse/core/diversion';
import { decodeText } from '@dualuse/core/screening';
import { alertCounterparties, insertAlertRows, insertImportBatch, type ImportBatchRow, type Orm } from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';
import type { DiversionOptions } from './scoring';

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
export const text = (f: DiversionImportFile) => decodeText(f.name, f.bytes);

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
export async function alertRows(
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

/** What an import batch row records about its file. */
export interface BatchOf {
  kind: ImportBatchRow['kind'];
  f: DiversionImportFile;
  format: ImportBatchRow['format'];
  records: number;
  alerts: number;
  inputVersions: Record<string, string>;
}

/** The batch row of an import: the file's name, format and content hash, its counts and data versions. */
export async function insertBatch(tx: Orm, ctx: AppContext, p: Principal, o: BatchOf) {
  const { kind, f, format, records, alerts, inputVersions } = o;
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
export async function finishImport(
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
