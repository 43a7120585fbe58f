/**
 * Trade datasets and the cost of a proposed control (issue 15 item 1). A dataset is imported whole
 * (any bad row refuses it, each reported), hashed, versioned by name and immutable; the cost of a draft
 * control is computed over one version and recorded in the audit log with the version it used.
 */
import { authorise, invalidInput, sha256Hex, type Principal } from '@dualuse/core';
import { parseChplTiers } from '@dualuse/core/diversion';
import { decodeText, gunzip, isGzip } from '@dualuse/core/screening';
import {
  computeControlCost,
  parseComextTrade,
  parseCorrespondence,
  parseDraftControl,
  parseTradeCsv,
  tradeRowsFromShipments,
  type ControlCost,
  type ShipmentLike,
} from '@dualuse/core/policy';
import {
  findTradeDataset,
  findTradeDatasetByHash,
  inTenant,
  insertTradeDataset,
  listTradeDatasets,
  nextTradeDatasetVersion,
  shipmentsTo,
  tradeRowsTo,
  type TradeDatasetRow,
} from '@dualuse/store';
import { record } from '../audit/index';
import { actorOf, type AppContext } from '../common';

export interface TradeDatasetView {
  id: string;
  name: string;
  version: number;
  format: string;
  source: string | null;
  currency: string;
  contentHash: string;
  rowCount: number;
  importedBy: string;
  importedAt: string;
}

const view = (r: TradeDatasetRow): TradeDatasetView => ({
  id: r.id,
  name: r.name,
  version: r.version,
  format: r.format,
  source: r.source ?? null,
  currency: r.currency,
  contentHash: r.contentHash,
  rowCount: r.rowCount,
  importedBy: r.importedBy,
  importedAt: r.importedAt.toISOString(),
});

export interface ImportTradeRequest {
  name: string;
  format: 'trade-csv' | 'comext';
  /** The dataset as text, or `file`: its bytes as uploaded, gzip or not (the Comext extracts ship as .csv.gz). */
  text?: string | undefined;
  file?: { name: string; bytes: Uint8Array } | undefined;
  currency?: string | undefined;
  source?: string | undefined;
}

export async function importTradeDataset(
  ctx: AppContext,
  p: Principal,
  req: ImportTradeRequest,
  requestId?: string | null,
) {
  authorise(p, 'trade:import');
  if (!req.name?.trim()) throw invalidInput('/name: required', '/name');
  const text = datasetText(req);
  const file = req.file?.name ?? `${req.name}.csv`;
  const pointer = req.file ? '/file' : '/text';
  const { rows, problems } = req.format === 'comext' ? parseComextTrade(text, file) : parseTradeCsv(text, file);
  if (problems.length)
    throw invalidInput(
      `${problems.length} bad row(s); nothing imported: ${problems
        .slice(0, 20)
        .map((x) => x.message)
        .join('; ')}`,
      pointer,
    );
  if (!rows.length) throw invalidInput(`${file}: no rows; nothing imported`, pointer);
  const contentHash = sha256Hex(text);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const same = await findTradeDatasetByHash(tx, contentHash);
    if (same) return { status: 'unchanged' as const, dataset: view(same) };
    const version = await nextTradeDatasetVersion(tx, req.name.trim());
    const ds = await insertTradeDataset(
      tx,
      {
        tenantId: p.tenantId,
        name: req.name.trim(),
        version,
        format: req.format,
        source: req.source ?? null,
        currency: req.currency ?? (req.format === 'comext' ? 'EUR' : 'unknown'),
        contentHash,
        rowCount: rows.length,
        importedBy: actorOf(p).name,
      },
      rows.map((r) => ({
        reporter: r.reporter,
        partner: r.partner,
        hs: r.hs,
        period: r.period,
        value: r.value,
        quantity: r.quantity ?? null,
      })),
    );
    await record(tx, ctx, p, {
      action: 'policy.trade.import',
      subject: { type: 'policy_trade_dataset', id: ds.id },
      details: { name: ds.name, version, format: req.format, rows: rows.length },
      inputVersions: { [`trade:${ds.name}`]: contentHash },
      requestId: requestId ?? null,
    });
    return { status: 'imported' as const, dataset: view(ds) };
  });
}

/** The dataset's text: given as text, or decoded strictly as UTF-8 from the file's bytes (gunzipped first if gzip). */
function datasetText(req: ImportTradeRequest): string {
  if (req.file && req.text !== undefined)
    throw invalidInput('give the dataset as text or as a file, not both', '/file');
  if (req.file) {
    const { name, bytes } = req.file;
    return decodeText(name, isGzip(bytes) ? gunzip(name, bytes) : bytes);
  }
  if (!req.text) throw invalidInput('the dataset is empty: give its text or a file', '/text');
  return req.text;
}

export async function tradeDatasets(ctx: AppContext, p: Principal): Promise<TradeDatasetView[]> {
  authorise(p, 'policy:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listTradeDatasets(tx)).map(view));
}

export interface ControlCostRequest {
  dataset: string;
  control: unknown;
  /** The CHPL file (tier,hs6 CSV) when the control names CHPL tiers. */
  chplCsv?: string | undefined;
  /** Cited entry → HS correspondence (entry,hs6,source,quote CSV) when the control names entries. */
  correspondenceCsv?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function controlCost(
  ctx: AppContext,
  p: Principal,
  req: ControlCostRequest,
  requestId?: string | null,
): Promise<{ dataset: TradeDatasetView; cost: ControlCost }> {
  authorise(p, 'policy:run');
  const control = parseDraftControl(req.control);
  const chpl = req.chplCsv ? parseChplTiers(req.chplCsv) : undefined;
  const correspondence = req.correspondenceCsv ? parseCorrespondence(req.correspondenceCsv) : undefined;
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const ds = await findTradeDataset(tx, req.dataset);
    if (!ds) throw invalidInput(`/dataset: no trade dataset "${req.dataset}"`, '/dataset');
    const rows = await tradeRowsTo(tx, ds.id, control.destinations);
    const cost = computeControlCost(control, rows, {
      ...(chpl ? { chpl } : {}),
      ...(correspondence ? { correspondence } : {}),
      ...(req.from ? { from: req.from } : {}),
      ...(req.to ? { to: req.to } : {}),
    });
    await record(tx, ctx, p, {
      action: 'policy.control.cost',
      subject: { type: 'policy_trade_dataset', id: ds.id },
      details: { control: control.name, destinations: control.destinations, total: cost.total, rows: cost.rowsTouched },
      inputVersions: { [`trade:${ds.name}`]: ds.contentHash },
      requestId: requestId ?? null,
    });
    return { dataset: view(ds), cost };
  });
}

/** The cost of a draft control against the tenant's own shipments (diversion records); uncountable items listed. */
export async function controlCostOnShipments(
  ctx: AppContext,
  p: Principal,
  req: Omit<ControlCostRequest, 'dataset'>,
  requestId?: string | null,
): Promise<{ cost: ControlCost; shipments: number; problems: string[] }> {
  authorise(p, 'policy:run');
  const control = parseDraftControl(req.control);
  const chpl = req.chplCsv ? parseChplTiers(req.chplCsv) : undefined;
  const correspondence = req.correspondenceCsv ? parseCorrespondence(req.correspondenceCsv) : undefined;
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const records = (await shipmentsTo(tx, control.destinations)) as ShipmentLike[];
    const { rows, problems } = tradeRowsFromShipments(records);
    const cost = computeControlCost(control, rows, {
      ...(chpl ? { chpl } : {}),
      ...(correspondence ? { correspondence } : {}),
      ...(req.from ? { from: req.from } : {}),
      ...(req.to ? { to: req.to } : {}),
    });
    await record(tx, ctx, p, {
      action: 'policy.control.cost',
      subject: { type: 'shipments', id: 'own' },
      details: {
        control: control.name,
        destinations: control.destinations,
        total: cost.total,
        shipments: records.length,
        problems: problems.length,
      },
      requestId: requestId ?? null,
    });
    return { cost, shipments: records.length, problems: problems.map((x) => x.message) };
  });
}
