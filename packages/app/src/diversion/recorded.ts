/**
 * A shipment scored one at a time (the web form, or an API caller) and kept: stored like a one-record import so that,
 * when it alerts, the alert joins the queue with the imported ones (issue 19: a one-off score used to vanish). The
 * batch names where the shipment came from instead of a file; the JSON lines it stands for give its content hash.
 */
import { authorise, type Principal } from '@dualuse/core';
import { groupAlerts, type Shipment } from '@dualuse/core/diversion';
import type { AppContext } from '../common';
import type { DiversionImportOptions, DiversionImportSummary } from './import-batch';
import { storeShipments } from './records';
import type { DiversionOptions, DiversionRun } from './scoring';

export interface RecordedRun extends DiversionRun {
  batch: DiversionImportSummary['batch'];
}

/** What the batch is called when shipments were not read from a file. */
export const ENTERED_SOURCE = 'entered shipment';

export async function scoreAndRecordShipments(
  ctx: AppContext,
  p: Principal,
  shipments: Shipment[],
  options: DiversionImportOptions & Pick<DiversionOptions, 'nameThreshold'> & { source?: string } = {},
): Promise<RecordedRun> {
  authorise(p, 'diversion:run');
  authorise(p, 'diversion:write');
  const content = `${shipments.map((s) => JSON.stringify(s)).join('\n')}\n`;
  const f = { name: options.source ?? ENTERED_SOURCE, bytes: new TextEncoder().encode(content), format: 'jsonl' };
  const parsed = shipments.map((shipment, i) => ({ line: i + 1, shipment }));
  const { summary, scored } = await storeShipments(ctx, p, { f, format: 'jsonl', parsed }, options);
  const results = scored.map(({ r }) => r);
  return {
    results,
    alerts: summary.batch.alerts,
    groups: groupAlerts(shipments, results),
    inputVersions: summary.inputVersions,
    batch: summary.batch,
  };
}
