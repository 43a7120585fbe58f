/** Relocation notices and re-enable requests of monitored devices, and the decision on each (migration 0015). */
import { and, desc, eq } from 'drizzle-orm';
import type { Orm } from '../database';
import { deviceRequests, devices } from '../schema-devices';

export type DeviceRequestRow = typeof deviceRequests.$inferSelect;

export async function insertDeviceRequest(tx: Orm, row: typeof deviceRequests.$inferInsert): Promise<DeviceRequestRow> {
  const [inserted] = await tx.insert(deviceRequests).values(row).returning();
  return inserted!;
}

export async function listDeviceRequestRows(
  tx: Orm,
  q: { deviceId?: string | undefined; open?: boolean | undefined },
): Promise<DeviceRequestRow[]> {
  const where = and(
    q.deviceId ? eq(deviceRequests.deviceId, q.deviceId) : undefined,
    q.open ? eq(deviceRequests.status, 'open') : undefined,
  );
  return tx.select().from(deviceRequests).where(where).orderBy(desc(deviceRequests.requestedAt)).limit(1000);
}

/** The request, locked: two officers deciding at once cannot both win. */
export async function findDeviceRequestForUpdate(tx: Orm, id: string): Promise<DeviceRequestRow | undefined> {
  const [row] = await tx.select().from(deviceRequests).where(eq(deviceRequests.id, id)).for('update');
  return row;
}

export async function decideDeviceRequestRow(
  tx: Orm,
  id: string,
  decision: Pick<DeviceRequestRow, 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason' | 'commandId'>,
): Promise<DeviceRequestRow> {
  const [row] = await tx
    .update(deviceRequests)
    .set(decision)
    .where(and(eq(deviceRequests.id, id), eq(deviceRequests.status, 'open')))
    .returning();
  return row!;
}

/** A relocation accepted: from now on the device's heartbeats are judged against this site. */
export async function moveDeviceSite(
  tx: Orm,
  id: string,
  site: { lat: number; lon: number; radiusKm: number; country: string },
): Promise<void> {
  await tx
    .update(devices)
    .set({ siteLat: site.lat, siteLon: site.lon, siteRadiusKm: site.radiusKm, siteCountry: site.country })
    .where(eq(devices.id, id));
}
