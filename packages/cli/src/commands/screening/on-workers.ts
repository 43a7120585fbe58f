/**
 * `screen --input big.csv --workers N` and `counterparties screen --workers N`: the batch is cut
 * into chunks on the JetStream work queue and screened by `dualuse worker --screening` processes
 * (app/src/screening/distributed.ts). N local workers are started for the run and stopped after
 * it; with --workers 0 the chunks wait for workers started elsewhere (any machine reaching the
 * same NATS and PostgreSQL). The output is the single-process output, line for line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { AppContext } from '@dualuse/app';
import { DomainError, invalidInput } from '@dualuse/core';

export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw invalidInput(`--workers ${value}: expected 0 to 64`, '--workers');
  return n;
}

export function parseChunkSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5000)
    throw invalidInput(`--chunk-size ${value}: expected 1 to 5000`, '--chunk-size');
  return n;
}

/** Starts `n` worker processes of this same program (same node flags, same environment). */
function spawnWorkers(n: number): ChildProcess[] {
  return Array.from({ length: n }, () =>
    spawn(process.execPath, [...process.execArgv, process.argv[1]!, 'worker', '--screening'], {
      env: process.env,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
}

/** Runs `work` with `n` local workers, stopping them (SIGTERM: finish the chunk in hand) afterwards. */
export async function withLocalWorkers<T>(app: AppContext, n: number, work: () => Promise<T>): Promise<T> {
  if (!app.config.DUALUSE_NATS_URL)
    throw new DomainError('unavailable', '--workers needs a broker: set DUALUSE_NATS_URL (e.g. nats://127.0.0.1:4222)');
  if (!app.config.DATABASE_URL)
    throw new DomainError(
      'unavailable',
      '--workers needs a shared PostgreSQL (DATABASE_URL): the embedded database belongs to one process',
    );
  const workers = spawnWorkers(n);
  try {
    return await work();
  } finally {
    const exits = workers.map(
      (w) => new Promise<void>((r) => (w.exitCode !== null || w.signalCode !== null ? r() : w.once('exit', () => r()))),
    );
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(exits);
  }
}
