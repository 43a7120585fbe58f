/**
 * Latency of the heartbeat endpoint under load, on loopback: `dualuse start` in its own
 * process on a fresh embedded database; devices and landmarks registered through the API;
 * each landmark obtains its nonces through POST /tracking/nonces; then every device posts
 * its heartbeat with `concurrency` requests in flight. Prints requests/s, p50, p99, max.
 * Prints figures; asserts nothing. The machine is shared, so figures vary run to run.
 *
 *   node --import tsx bench/devices-latency.ts [heartbeats=300] [concurrency=16]
 *   BENCH_DATABASE_URL=postgres://.../empty_db  (the same against a PostgreSQL server)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MESSAGE_TYPES, type Heartbeat } from '@dualuse/core/tracking';
import { LANDMARKS, makeFleet, signer } from './devices-fleet';

const COUNT = Number(process.argv[2] ?? 300);
const CONCURRENCY = Number(process.argv[3] ?? 16);
const BIN = fileURLToPath(new URL('../packages/cli/bin/dualuse.js', import.meta.url));
const KEY = 'bench-admin-key-0123456789abcdef0123456789';

const home = mkdtempSync(join(tmpdir(), 'dualuse-latency-'));
const child = spawn(process.execPath, [BIN, 'start'], {
  env: {
    ...process.env,
    DUALUSE_HOME: home,
    PORT: '0',
    LOG_LEVEL: 'warn',
    DUALUSE_ADMIN_KEY: KEY,
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /up at (http:\/\/\S+) /.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  const post = async <T>(path: string, body: unknown, auth = false): Promise<T> => {
    const res = await fetch(`${url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${KEY}` } : {}) },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };

  const fleet = makeFleet(COUNT);
  const landmarks = [];
  for (const [i, l] of fleet.landmarks.entries()) {
    const { id } = await post<{ id: string }>(
      '/landmarks',
      { name: l.name, operator: 'bench', lat: l.lat, lon: l.lon, publicKey: l.publicKey },
      true,
    );
    landmarks.push({ id, rttUs: LANDMARKS[i]!.rttUs, sign: signer(Uint8Array.from(l.seed)) });
  }
  const heartbeats: Heartbeat[] = [];
  for (const [i, d] of fleet.devices.entries()) {
    const { id } = await post<{ id: string }>(
      '/devices',
      {
        serial: `LAT-${i}`,
        model: 'bench',
        eccn: '3A090',
        licenceRef: 'L',
        publicKey: d.publicKey,
        site: { lat: 3.1478, lon: 101.6953, radiusKm: 1, country: 'MY' },
        heartbeatHours: 24,
        graceHours: 24,
      },
      true,
    );
    const now = new Date().toISOString();
    const measurements = [];
    for (const l of landmarks) {
      const { nonce } = await post<{ nonce: string }>(
        '/tracking/nonces',
        l.sign({ type: MESSAGE_TYPES.nonceRequest, landmarkId: l.id, deviceId: id, requestedAt: now }),
      );
      measurements.push(
        l.sign({
          type: MESSAGE_TYPES.measurement,
          landmarkId: l.id,
          deviceId: id,
          nonce,
          rttUs: l.rttUs,
          measuredAt: now,
        }),
      );
    }
    const report = {
      type: MESSAGE_TYPES.report,
      deviceId: id,
      counter: 1,
      clock: now,
      nonces: measurements.map((m) => m.message.nonce),
      sensors: { relocation: false, enclosureOpened: false },
      state: 'enabled' as const,
      acks: [],
    };
    heartbeats.push({ report: signer(Uint8Array.from(d.seed))(report), measurements });
  }

  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < heartbeats.length) {
        const hb = heartbeats[next++]!;
        const t = performance.now();
        const r = await post<{ accepted: boolean }>('/tracking/heartbeats', hb);
        latencies.push(performance.now() - t);
        if (!r.accepted) throw new Error('heartbeat refused');
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  console.log(
    `POST /tracking/heartbeats, ${heartbeats.length} heartbeats, ${CONCURRENCY} in flight, ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded database'}: ${(heartbeats.length / seconds).toFixed(0)} req/s, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
  );
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(home, { recursive: true, force: true });
}
