/**
 * What the JetStream screening tests share: the environment of CLI processes on a throw-away stream
 * (so concurrent runs never share chunks), CLI processes of this checkout, and the clean-up.
 */
import { NATS_URL } from '../../../../test/support/nats-services';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config';
import { ChunkQueue } from './chunk-queue';

const ROOT = new URL('../../../../', import.meta.url).pathname;

/** The environment of the CLI processes: the test's database, NATS on a stream of its own, a short ack wait. */
export function workersEnv(config: Record<string, string>, databaseUrl: string): NodeJS.ProcessEnv {
  const id = randomBytes(4).toString('hex');
  return {
    ...process.env,
    ...config,
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    DUALUSE_DB_POOL: '4',
    DUALUSE_NATS_URL: NATS_URL,
    DUALUSE_NATS_STREAM: `DUALUSE_TEST_${id}`,
    DUALUSE_NATS_SUBJECT_PREFIX: `dutest${id}`,
    DUALUSE_NATS_ACK_WAIT_MS: '4000',
  };
}

export interface CliRun {
  c: ChildProcess;
  done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>;
}

/** `dualuse ...args` as a child process (remembered in `children` for the clean-up). */
export function spawnCli(env: NodeJS.ProcessEnv, args: string[], children: ChildProcess[]): CliRun {
  const c = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(c);
  let stdout = '';
  let stderr = '';
  c.stdout!.on('data', (b: Buffer) => (stdout += b.toString()));
  c.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const done = new Promise<Awaited<CliRun['done']>>((r) =>
    c.on('exit', (code, signal) => r({ code, signal, stdout, stderr })),
  );
  return { c, done };
}

/** Kills what is still running and deletes the test's stream. */
export async function cleanUpWorkers(env: NodeJS.ProcessEnv | undefined, children: ChildProcess[]): Promise<void> {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (!env) return;
  const q = await ChunkQueue.open(loadConfig(env), 'dualuse-test cleanup').catch(() => null);
  await q?.destroy();
  await q?.close();
}
