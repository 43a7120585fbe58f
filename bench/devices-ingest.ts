/**
 * End to end through the real service on an in-memory embedded database: heartbeats are
 * verified, located, stored append-only with their measurements, nonces burnt, counters
 * advanced. Part of bench/devices-heartbeats.ts (run that).
 */
import {
  bootstrapOperator,
  cliPrincipal,
  ingestHeartbeat,
  ingestHeartbeats,
  loadConfig,
  openApp,
  registerDevice,
  registerLandmark,
} from '@dualuse/app';
import { inTenant, insertNonce, openDatabase } from '@dualuse/store';
import { makeFleet, makeHeartbeats } from './devices-fleet';

export async function e2e(count: number, rawSigPerSec: number): Promise<void> {
  const app = await openApp(loadConfig({ LOG_LEVEL: 'silent' }), { db: await openDatabase({}) });
  try {
    const boot = (await bootstrapOperator(app))!;
    const p = cliPrincipal({ id: boot.tenant.id, isOperator: true });
    const devices = Math.ceil(count / 2);
    const fleet = makeFleet(devices);
    for (const l of fleet.landmarks)
      l.id = (
        await registerLandmark(app, p, {
          name: l.name!,
          operator: 'bench',
          lat: l.lat,
          lon: l.lon,
          publicKey: l.publicKey,
        })
      ).id;
    const ids: string[] = [];
    for (const [i, d] of fleet.devices.entries()) {
      ids.push(
        (
          await registerDevice(app, p, {
            serial: `B-${i}`,
            model: 'bench',
            eccn: '3A090',
            licenceRef: 'L',
            publicKey: d.publicKey,
            site: { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' },
            heartbeatHours: 24,
            graceHours: 24,
          })
        ).id,
      );
    }
    const random = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64url');
    const { heartbeats, nonces } = makeHeartbeats(fleet, 2, random, ids);
    await inTenant(app.db, boot.tenant.id, async (tx) => {
      for (const n of nonces)
        await insertNonce(tx, {
          nonce: n.nonce,
          tenantId: boot.tenant.id,
          landmarkId: n.landmarkId,
          deviceId: n.deviceId,
          issuedAt: new Date(),
          expiresAt: new Date(n.expiresAt),
        });
    });
    const round1 = heartbeats.slice(0, devices);
    const round2 = heartbeats.slice(devices);
    let t = performance.now();
    for (let i = 0; i < round1.length; i += 100) {
      const results = await ingestHeartbeats(app, round1.slice(i, i + 100));
      if (results.some((r) => !('accepted' in r) || !r.accepted)) throw new Error('a heartbeat was refused');
    }
    const batch = round1.length / ((performance.now() - t) / 1000);
    t = performance.now();
    for (const hb of round2) if (!(await ingestHeartbeat(app, hb)).accepted) throw new Error('a heartbeat was refused');
    const single = round2.length / ((performance.now() - t) / 1000);
    console.log(
      `end to end, PGlite, batch 100: ${batch.toFixed(0).padStart(7)} heartbeats/s (${(((batch * 4) / rawSigPerSec) * 100).toFixed(1)} % of the raw limit; ${round1.length} heartbeats)`,
    );
    console.log(
      `end to end, PGlite, one by one: ${single.toFixed(0).padStart(6)} heartbeats/s (${round2.length} heartbeats)`,
    );
  } finally {
    await app.close();
  }
}
