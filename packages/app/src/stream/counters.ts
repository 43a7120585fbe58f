import { authorise, type Principal } from '@dualuse/core';
import { inTenant, streamCounters } from '@dualuse/store';
import type { AppContext } from '../common';

export interface StreamCounters {
  shipments: number;
  payments: number;
  alerts: number;
  duplicates: number;
}

/** The tenant's stream counters (`dualuse stream status`); zeros before the first event. */
export async function streamCountersOf(ctx: AppContext, p: Principal): Promise<StreamCounters> {
  authorise(p, 'diversion:read');
  const row = await inTenant(ctx.db, p.tenantId, (tx) => streamCounters(tx, p.tenantId));
  return row
    ? { shipments: row.shipments, payments: row.payments, alerts: row.alerts, duplicates: row.duplicates }
    : { shipments: 0, payments: 0, alerts: 0, duplicates: 0 };
}
