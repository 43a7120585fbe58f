/**
 * `dualuse worker --screening`: one process of the batch-screening pool. It binds to the shared
 * durable consumer of the screening work queue (DUALUSE_NATS_URL) and screens each chunk against
 * the list versions the chunk names (refusing it when others are loaded), committing its hits and
 * output lines once (app/src/screening/chunk-worker.ts). SIGTERM or SIGINT stops pulling, lets the
 * chunk in hand commit and ack, then exits 0. Needs the shared PostgreSQL (DATABASE_URL).
 */
import { ChunkQueue, ChunkWorker } from '@dualuse/app';
import { workerName } from '@dualuse/app/stream/index';
import { DomainError } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson } from '../../output';
import { withApp } from '../../run';

export async function screeningWorker(cmd: Command): Promise<void> {
  await withApp(async (app) => {
    if (!app.config.DUALUSE_NATS_URL)
      throw new DomainError('unavailable', 'no broker configured: set DUALUSE_NATS_URL to run screening workers');
    const name = workerName();
    const queue = await ChunkQueue.open(app.config, `dualuse-screening-worker ${name}`);
    const worker = new ChunkWorker(app, name);
    const stop = new AbortController();
    const onSignal = (signal: string) => {
      app.logger.info({ signal }, 'screening worker stopping: finishing the chunk in hand');
      stop.abort();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
    app.logger.info({ worker: name, stream: queue.stream }, 'screening worker ready');
    try {
      const stats = await queue.consume((c, delivery) => worker.process(c, delivery), stop.signal);
      if (cmd.optsWithGlobals().json) printJson({ worker: name, ...stats });
      else
        process.stderr.write(
          `screening worker ${name} stopped: ${stats.committed} chunks committed, ${stats.duplicates} duplicate deliveries, ${stats.retried} retried, ${stats.deadLettered} dead-lettered\n`,
        );
    } finally {
      await queue.close();
    }
  });
}
