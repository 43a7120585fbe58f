// The monitoring API over a real socket: officers register, a landmark and a device speak the
// protocol with nothing but their signatures, and officers see the result.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { keyPairFromSeed, MESSAGE_TYPES, signMessage } from '@dualuse/core/tracking';
import { randomBytes } from 'node:crypto';
import { operatorIssuedKey, startTestServer, type TestServer } from '../../testing';

describe('end-use monitoring API', () => {
  let s: TestServer;
  const call = async (method: string, path: string, body?: unknown, token: string | undefined = s.adminKey) => {
    const res = await fetch(s.url + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const device = keyPairFromSeed(randomBytes(32));
  const landmark = keyPairFromSeed(randomBytes(32));
  let deviceId: string;
  let landmarkId: string;

  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  test('an officer registers a landmark and a device, and gets the agency key to provision', async () => {
    const l = await call('POST', '/api/v1/landmarks', {
      name: 'Kuala Lumpur',
      operator: 'MYIX',
      lat: 3.139,
      lon: 101.6869,
      publicKey: landmark.publicKey,
    });
    assert.equal(l.status, 201, JSON.stringify(l.body));
    landmarkId = l.body.id as string;
    const d = await call('POST', '/api/v1/devices', {
      serial: 'MAZAK-001',
      model: 'Integrex i-200',
      eccn: '2B001',
      licenceRef: 'DE-2026-0001',
      publicKey: device.publicKey,
      site: { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' },
      heartbeatHours: 24,
      graceHours: 168,
    });
    assert.equal(d.status, 201, JSON.stringify(d.body));
    assert.match(d.body.agencyPublicKey as string, /^[A-Za-z0-9_-]{43}$/);
    deviceId = d.body.id as string;
    const bad = await call('POST', '/api/v1/devices', {
      serial: 'X',
      model: 'X',
      eccn: 'X',
      licenceRef: 'X',
      publicKey: 'short',
      site: { lat: 0, lon: 0, radiusKm: 1, country: 'MY' },
      heartbeatHours: 1,
      graceHours: 1,
    });
    assert.equal(bad.status, 400);
  });

  test('a landmark and a device complete a round with only their signatures', async () => {
    const request = (seed: string) =>
      signMessage(
        { type: MESSAGE_TYPES.nonceRequest, landmarkId, deviceId, requestedAt: new Date().toISOString() },
        seed,
      );
    const forged = await call('POST', '/api/v1/tracking/nonces', request(device.seed), undefined);
    assert.equal(forged.status, 401);
    const n = await call('POST', '/api/v1/tracking/nonces', request(landmark.seed), undefined);
    assert.equal(n.status, 200, JSON.stringify(n.body));
    const nonce = n.body.nonce as string;
    const measurement = signMessage(
      {
        type: MESSAGE_TYPES.measurement,
        landmarkId,
        deviceId,
        nonce,
        rttUs: 300,
        measuredAt: new Date().toISOString(),
      },
      landmark.seed,
    );
    const report = signMessage(
      {
        type: MESSAGE_TYPES.report,
        deviceId,
        counter: 1,
        clock: new Date().toISOString(),
        nonces: [nonce],
        sensors: { relocation: false, enclosureOpened: false },
        state: 'enabled' as const,
        acks: [],
      },
      device.seed,
    );
    const hb = await call('POST', '/api/v1/tracking/heartbeats', { report, measurements: [measurement] }, undefined);
    assert.equal(hb.status, 200, JSON.stringify(hb.body));
    assert.equal(hb.body.accepted, true);
    assert.equal(hb.body.decision, 'consistent-with-site');
    const replay = await call(
      'POST',
      '/api/v1/tracking/heartbeats',
      { report, measurements: [measurement] },
      undefined,
    );
    assert.equal(replay.body.accepted, false);
    assert.deepEqual(
      (replay.body.findings as { kind: string }[]).map((f) => f.kind),
      ['replayed-counter', 'reused-nonce'],
    );
    // A gateway's batch: each heartbeat judged on its own signature; an unknown device is refused in place.
    const stranger = signMessage({ ...report.message, deviceId: '00000000-0000-4000-8000-000000000000' }, device.seed);
    const batch = await call(
      'POST',
      '/api/v1/tracking/heartbeats/batch',
      {
        heartbeats: [
          { report, measurements: [] },
          { report: stranger, measurements: [] },
        ],
      },
      undefined,
    );
    assert.equal(batch.status, 200, JSON.stringify(batch.body));
    const [first, second] = batch.body.results as { accepted?: boolean; error?: { kind: string } }[];
    assert.equal(first!.accepted, false);
    assert.equal(second!.error!.kind, 'unauthenticated');
  });

  test('officers see the timeline and the replay alert', async () => {
    const t = await call('GET', `/api/v1/devices/${deviceId}`);
    assert.equal(t.status, 200);
    assert.equal((t.body.heartbeats as unknown[]).length, 3);
    const alerts = await call('GET', `/api/v1/device-alerts?deviceId=${deviceId}`);
    assert.deepEqual(
      (alerts.body.alerts as { kind: string }[]).map((a) => a.kind),
      ['replay'],
      'one alert per kind per heartbeat',
    );
  });

  // Issue 12 §5: one admin proposed, minted a key for another officer and approved with it.
  test('one admin cannot satisfy the two-person rule by minting credentials for another officer', async () => {
    const officer = await call('POST', '/api/v1/users', {
      email: 'olga@agency.example',
      name: 'Olga',
      role: 'officer',
    });
    assert.equal(officer.status, 201, JSON.stringify(officer.body));
    const proposed = await call('POST', `/api/v1/devices/${deviceId}/commands`, {
      action: 'disable',
      reason: 'left site',
    });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
    const commandId = proposed.body.id as string;

    const minted = await call('POST', '/api/v1/api-keys', { name: 'for olga', userId: officer.body.id });
    assert.equal(minted.status, 403, JSON.stringify(minted.body));
    assert.match(String(minted.body.detail), /created by its owner/);
    const password = await call('PATCH', `/api/v1/users/${officer.body.id as string}`, {
      password: 'chosen by the admin 123',
    });
    assert.equal(password.status, 403, JSON.stringify(password.body));
    const withPassword = await call('POST', '/api/v1/users', {
      email: 'puppet@agency.example',
      name: 'Puppet',
      role: 'officer',
      password: 'chosen by the admin 123',
    });
    assert.equal(withPassword.status, 403, JSON.stringify(withPassword.body));
    const self = await call('POST', `/api/v1/device-commands/${commandId}/approve`);
    assert.equal(self.status, 403);
    assert.match(String(self.body.detail), /two-person rule/);

    // Olga's first key comes out of band (the operator); with it she makes her own and approves.
    const delivered = await operatorIssuedKey(s, 'olga@agency.example');
    const own = await call('POST', '/api/v1/api-keys', { name: 'my laptop' }, delivered);
    assert.equal(own.status, 201, JSON.stringify(own.body));
    assert.equal((own.body.apiKey as { userId: string }).userId, officer.body.id);
    const approved = await call(
      'POST',
      `/api/v1/device-commands/${commandId}/approve`,
      undefined,
      own.body.key as string,
    );
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.deepEqual(
      (approved.body.signedCommand as { message: { approvedBy: string[] } }).message.approvedBy.length,
      2,
    );
    assert.equal(approved.body.approvedBy, officer.body.id);
  });

  test('a relocation notice is decided by another officer, and the site moves (docs §12)', async () => {
    const penang = { lat: 5.4164, lon: 100.3327, radiusKm: 2, country: 'MY' };
    const notice = await call('POST', `/api/v1/devices/${deviceId}/relocation`, { site: penang, reason: 'new plant' });
    assert.equal(notice.status, 201, JSON.stringify(notice.body));
    const id = notice.body.id as string;
    const self = await call('POST', `/api/v1/device-requests/${id}/decision`, { decision: 'accept', reason: 'ok' });
    assert.equal(self.status, 409, JSON.stringify(self.body));
    const olga = await operatorIssuedKey(s, 'olga@agency.example');
    const decided = await call(
      'POST',
      `/api/v1/device-requests/${id}/decision`,
      { decision: 'accept', reason: 'plant inspected' },
      olga,
    );
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.status, 'accepted');
    const timeline = await call('GET', `/api/v1/devices/${deviceId}`);
    assert.deepEqual((timeline.body.device as { site: unknown }).site, penang);
    const open = await call('GET', '/api/v1/device-requests?open=true');
    assert.deepEqual(open.body.requests, []);
    const bad = await call('POST', `/api/v1/devices/${deviceId}/re-enable`, { reason: 'x', evidence: {} });
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
  });
});
