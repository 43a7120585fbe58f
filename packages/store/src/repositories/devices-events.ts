/** Heartbeats, measurements, alerts and commands of monitored devices (append-only where evidence). */
import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Orm } from '../database';
import { deviceAlerts, deviceCommands, deviceHeartbeats, landmarkMeasurements } from '../schema-devices';

export type HeartbeatRow = typeof deviceHeartbeats.$inferSelect;
export type MeasurementRow = typeof landmarkMeasurements.$inferSelect;
export type AlertRow = typeof deviceAlerts.$inferSelect;
export type CommandRow = typeof deviceCommands.$inferSelect;

export async function insertHeartbeat(
  tx: Orm,
  hb: typeof deviceHeartbeats.$inferInsert,
  measurements: Omit<typeof landmarkMeasurements.$inferInsert, 'heartbeatId'>[],
): Promise<HeartbeatRow> {
  const [row] = await tx.insert(deviceHeartbeats).values(hb).returning();
  if (measurements.length)
    await tx.insert(landmarkMeasurements).values(measurements.map((m) => ({ ...m, heartbeatId: row!.id })));
  return row!;
}

/** Many heartbeats and their measurements in two statements (ids chosen by the caller). */
export async function insertHeartbeatRows(
  tx: Orm,
  hbs: (typeof deviceHeartbeats.$inferInsert & { id: string })[],
  measurements: (typeof landmarkMeasurements.$inferInsert)[],
): Promise<void> {
  if (hbs.length) await tx.insert(deviceHeartbeats).values(hbs);
  if (measurements.length) await tx.insert(landmarkMeasurements).values(measurements);
}

export async function listHeartbeats(tx: Orm, deviceId: string, limit: number): Promise<HeartbeatRow[]> {
  return tx
    .select()
    .from(deviceHeartbeats)
    .where(eq(deviceHeartbeats.deviceId, deviceId))
    .orderBy(desc(deviceHeartbeats.receivedAt))
    .limit(limit);
}

/** The stored findings of the given heartbeats, by heartbeat id (for an alert's details). */
export async function heartbeatFindings(tx: Orm, ids: readonly string[]): Promise<Map<string, unknown>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: deviceHeartbeats.id, findings: deviceHeartbeats.findings })
    .from(deviceHeartbeats)
    .where(inArray(deviceHeartbeats.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.findings]));
}

export async function listMeasurements(tx: Orm, heartbeatIds: readonly string[]): Promise<MeasurementRow[]> {
  if (heartbeatIds.length === 0) return [];
  return tx
    .select()
    .from(landmarkMeasurements)
    .where(inArray(landmarkMeasurements.heartbeatId, [...heartbeatIds]));
}

export async function insertAlerts(tx: Orm, alerts: (typeof deviceAlerts.$inferInsert)[]): Promise<AlertRow[]> {
  if (alerts.length === 0) return [];
  return tx.insert(deviceAlerts).values(alerts).returning();
}

export async function listAlertRows(
  tx: Orm,
  q: {
    deviceId?: string | undefined;
    deviceIds?: readonly string[] | undefined;
    open?: boolean | undefined;
    kind?: string | undefined;
    limit: number;
  },
): Promise<AlertRow[]> {
  const where: SQL[] = [];
  if (q.deviceId) where.push(eq(deviceAlerts.deviceId, q.deviceId));
  if (q.deviceIds) where.push(q.deviceIds.length ? inArray(deviceAlerts.deviceId, [...q.deviceIds]) : sql`false`);
  if (q.open) where.push(isNull(deviceAlerts.resolvedAt));
  if (q.kind) where.push(eq(deviceAlerts.kind, q.kind));
  return tx
    .select()
    .from(deviceAlerts)
    .where(and(...where))
    .orderBy(desc(deviceAlerts.raisedAt))
    .limit(q.limit);
}

export async function resolveAlertRow(tx: Orm, id: string, at: Date, by: unknown): Promise<AlertRow | undefined> {
  const [row] = await tx
    .update(deviceAlerts)
    .set({ resolvedAt: at, resolvedBy: by })
    .where(and(eq(deviceAlerts.id, id), isNull(deviceAlerts.resolvedAt)))
    .returning();
  return row;
}

export async function insertCommand(tx: Orm, command: typeof deviceCommands.$inferInsert): Promise<CommandRow> {
  const [row] = await tx.insert(deviceCommands).values(command).returning();
  return row!;
}

export async function findCommand(tx: Orm, id: string, forUpdate = false): Promise<CommandRow | undefined> {
  const q = tx.select().from(deviceCommands).where(eq(deviceCommands.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function listCommandRows(
  tx: Orm,
  q: {
    deviceId?: string | undefined;
    deviceIds?: readonly string[] | undefined;
    status?: readonly string[] | undefined;
    limit: number;
  },
): Promise<CommandRow[]> {
  const where: SQL[] = [];
  if (q.deviceId) where.push(eq(deviceCommands.deviceId, q.deviceId));
  if (q.deviceIds) where.push(q.deviceIds.length ? inArray(deviceCommands.deviceId, [...q.deviceIds]) : sql`false`);
  if (q.status?.length) where.push(inArray(deviceCommands.status, [...q.status]));
  return tx
    .select()
    .from(deviceCommands)
    .where(and(...where))
    .orderBy(desc(deviceCommands.proposedAt))
    .limit(q.limit);
}

export async function updateCommand(
  tx: Orm,
  id: string,
  patch: Partial<Omit<CommandRow, 'id' | 'tenantId' | 'deviceId'>>,
): Promise<CommandRow | undefined> {
  const [row] = await tx.update(deviceCommands).set(patch).where(eq(deviceCommands.id, id)).returning();
  return row;
}
