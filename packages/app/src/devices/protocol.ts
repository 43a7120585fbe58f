/**
 * The protocol side of end-use monitoring: landmarks ask for nonces, devices post heartbeats.
 * Neither carries a bearer token: a landmark or device is authenticated by its Ed25519
 * signature under the key registered for it (docs/protocol/heartbeat-v1.md §4). The tenant is
 * found from the device or landmark id (system scope), then all work runs inside that tenant.
 */
import { DomainError } from '@dualuse/core';
import {
  DEFAULT_VERIFY_POLICY,
  NONCE_TTL_MS,
  signingText,
  type Heartbeat,
  type NonceRequest,
  type Signed,
  type SignatureVerifier,
} from '@dualuse/core/tracking';
import { findDevice, findDeviceTenants, findLandmark, findLandmarkTenant, inTenant, insertNonce } from '@dualuse/store';
import type { AppContext } from '../common';
import { nodeVerifier, newNonce } from './crypto';
import { ingestTenantBatch, type HeartbeatResult } from './ingest';

// One nonce lifetime for issuing (here) and for judging recorded heartbeats (core tracking/evidence.ts).
export { NONCE_TTL_MS };

const unauthenticated = (message: string) => new DomainError('unauthenticated', message);

export async function issueNonce(
  ctx: AppContext,
  request: Signed<NonceRequest>,
  verifier: SignatureVerifier = nodeVerifier,
): Promise<{ nonce: string; expiresAt: string }> {
  const r = request.message;
  const tenantId = await findLandmarkTenant(ctx.db.orm, r.landmarkId);
  if (!tenantId) throw unauthenticated(`landmark ${r.landmarkId} is not registered`);
  const now = ctx.now();
  return inTenant(ctx.db, tenantId, async (tx) => {
    const landmark = (await findLandmark(tx, r.landmarkId))!;
    if (!verifier.verify(signingText(r), request.signature, landmark.publicKey))
      throw unauthenticated(`the nonce request's signature does not verify under landmark ${landmark.name}'s key`);
    // A stale request replayed later must not obtain nonces in the landmark's name.
    if (Math.abs(Date.parse(r.requestedAt) - now.getTime()) > DEFAULT_VERIFY_POLICY.maxClockSkewMs)
      throw unauthenticated('the nonce request is stale or from the future (requestedAt)');
    if (!(await findDevice(tx, r.deviceId)))
      throw new DomainError('not_found', `device ${r.deviceId} is not registered with this landmark's agency`);
    const expiresAt = new Date(now.getTime() + NONCE_TTL_MS);
    const row = await insertNonce(tx, {
      nonce: newNonce(),
      tenantId,
      landmarkId: landmark.id,
      deviceId: r.deviceId,
      issuedAt: now,
      expiresAt,
    });
    return { nonce: row.nonce, expiresAt: expiresAt.toISOString() };
  });
}

export async function ingestHeartbeat(
  ctx: AppContext,
  heartbeat: Heartbeat,
  verifier: SignatureVerifier = nodeVerifier,
): Promise<HeartbeatResult> {
  const [result] = await ingestHeartbeats(ctx, [heartbeat], verifier);
  if (result instanceof DomainError) throw result;
  return result!;
}

/**
 * The batch path: heartbeats of one tenant share one transaction (devices-ingest.ts), which
 * is what a gateway forwarding many devices' heartbeats wants. Each result is the heartbeat's
 * outcome, or the error that refused it (an unregistered device), in order.
 */
export async function ingestHeartbeats(
  ctx: AppContext,
  heartbeats: readonly Heartbeat[],
  verifier: SignatureVerifier = nodeVerifier,
): Promise<(HeartbeatResult | DomainError)[]> {
  const results: (HeartbeatResult | DomainError)[] = new Array(heartbeats.length);
  const tenants = await findDeviceTenants(
    ctx.db.orm,
    heartbeats.map((hb) => hb.report.message.deviceId),
  );
  const byTenant = new Map<string, number[]>();
  for (const [i, hb] of heartbeats.entries()) {
    const tenantId = tenants.get(hb.report.message.deviceId);
    if (!tenantId) results[i] = unauthenticated(`device ${hb.report.message.deviceId} is not registered`);
    else byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), i]);
  }
  for (const [tenantId, indices] of byTenant) {
    const out = await inTenant(ctx.db, tenantId, (tx) =>
      ingestTenantBatch(ctx, tx, tenantId, { batch: indices.map((i) => heartbeats[i]!), verifier }),
    );
    indices.forEach((i, k) => (results[i] = out[k]!));
  }
  return results;
}
