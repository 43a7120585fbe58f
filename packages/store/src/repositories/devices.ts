/** Device and landmark registry, nonces and the agency key (migrations/0004_devices.sql). */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Orm } from '../database';
import { agencyKeys, deviceNonces, devices, landmarks } from '../schema-devices';

export type DeviceRow = typeof devices.$inferSelect;
export type LandmarkRow = typeof landmarks.$inferSelect;
export type NonceRow = typeof deviceNonces.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function insertDevice(tx: Orm, device: typeof devices.$inferInsert): Promise<DeviceRow> {
  const [row] = await tx.insert(devices).values(device).returning();
  return row!;
}

export async function listDeviceRows(tx: Orm): Promise<DeviceRow[]> {
  return tx.select().from(devices).orderBy(asc(devices.serial));
}

export async function findDevice(tx: Orm, id: string, forUpdate = false): Promise<DeviceRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const q = tx.select().from(devices).where(eq(devices.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Several devices, locked in id order (a fixed order, so two batches cannot deadlock). */
export async function findDevicesForUpdate(tx: Orm, ids: readonly string[]): Promise<DeviceRow[]> {
  const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (valid.length === 0) return [];
  return tx.select().from(devices).where(inArray(devices.id, valid)).orderBy(asc(devices.id)).for('update');
}

export interface DeviceAdvance {
  id: string;
  counter: number;
  decision: string;
  state: string;
}

/**
 * advanceDevice for many devices in one statement. Returns the ids whose counter moved
 * (a device whose counter is already at or past the new one is left alone).
 */
export async function advanceDevices(tx: Orm, updates: readonly DeviceAdvance[], at: Date): Promise<Set<string>> {
  if (updates.length === 0) return new Set();
  const values = sql.join(
    updates.map((u) => sql`(${u.id}::uuid, ${u.counter}::bigint, ${u.decision}::text, ${u.state}::text)`),
    sql`, `,
  );
  const rows = await tx.execute<{ id: string }>(sql`
    UPDATE devices SET last_counter = v.counter, last_heartbeat_at = ${at.toISOString()}::timestamptz, last_decision = v.decision, state = v.state
    FROM (VALUES ${values}) AS v (id, counter, decision, state)
    WHERE devices.id = v.id AND devices.last_counter < v.counter
    RETURNING devices.id`);
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { id: string }[] }).rows;
  return new Set(list.map((r) => r.id));
}

/**
 * Moves the counter forward only if it is still below `counter`: of two concurrent copies of
 * one report, exactly one wins. Returns false when the other copy got there first.
 */
export async function advanceDevice(
  tx: Orm,
  { id, counter, at, decision, state }: { id: string; counter: number; at: Date; decision: string; state: string },
): Promise<boolean> {
  const rows = await tx
    .update(devices)
    .set({ lastCounter: counter, lastHeartbeatAt: at, lastDecision: decision, state })
    .where(and(eq(devices.id, id), sql`${devices.lastCounter} < ${counter}`))
    .returning({ id: devices.id });
  return rows.length === 1;
}

export async function insertLandmark(tx: Orm, landmark: typeof landmarks.$inferInsert): Promise<LandmarkRow> {
  const [row] = await tx.insert(landmarks).values(landmark).returning();
  return row!;
}

export async function listLandmarkRows(tx: Orm): Promise<LandmarkRow[]> {
  return tx.select().from(landmarks).orderBy(asc(landmarks.name));
}

/**
 * System scope, before the tenant is known: devices and landmarks authenticate by their
 * signatures, so the verifier first finds whose key to check and in which tenant.
 */
export async function findDeviceTenant(orm: Orm, id: string): Promise<string | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await orm.select({ tenantId: devices.tenantId }).from(devices).where(eq(devices.id, id));
  return row?.tenantId;
}

/** The batch form: device id → tenant, for the ids that are registered. */
export async function findDeviceTenants(orm: Orm, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
  if (valid.length === 0) return new Map();
  const rows = await orm
    .select({ id: devices.id, tenantId: devices.tenantId })
    .from(devices)
    .where(inArray(devices.id, valid));
  return new Map(rows.map((r) => [r.id, r.tenantId]));
}

export async function findLandmarkTenant(orm: Orm, id: string): Promise<string | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await orm.select({ tenantId: landmarks.tenantId }).from(landmarks).where(eq(landmarks.id, id));
  return row?.tenantId;
}

export async function findLandmark(tx: Orm, id: string): Promise<LandmarkRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.select().from(landmarks).where(eq(landmarks.id, id));
  return row;
}

export async function insertNonce(tx: Orm, nonce: typeof deviceNonces.$inferInsert): Promise<NonceRow> {
  const [row] = await tx.insert(deviceNonces).values(nonce).returning();
  return row!;
}

/** Locks the rows, so two heartbeats presenting the same nonce are serialised. */
export async function findNonces(tx: Orm, nonces: readonly string[]): Promise<NonceRow[]> {
  if (nonces.length === 0) return [];
  return tx
    .select()
    .from(deviceNonces)
    .where(inArray(deviceNonces.nonce, [...nonces]))
    .for('update');
}

export async function markNoncesUsed(tx: Orm, nonces: readonly string[], at: Date): Promise<void> {
  if (nonces.length === 0) return;
  await tx
    .update(deviceNonces)
    .set({ usedAt: at })
    .where(and(inArray(deviceNonces.nonce, [...nonces]), isNull(deviceNonces.usedAt)));
}

export async function findAgencyKey(tx: Orm): Promise<typeof agencyKeys.$inferSelect | undefined> {
  const [row] = await tx.select().from(agencyKeys);
  return row;
}

export async function insertAgencyKey(tx: Orm, key: typeof agencyKeys.$inferInsert): Promise<void> {
  await tx.insert(agencyKeys).values(key).onConflictDoNothing();
}
