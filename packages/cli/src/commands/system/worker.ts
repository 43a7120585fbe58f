/**
 * `dualuse worker [--concurrency N] [--batch N] [--chpl file]`: one process of the diversion worker pool.
 * It binds to the shared durable JetStream consumer (DUALUSE_NATS_URL), scores each shipment
 * or payment event and counts it exactly once in the database (app/src/stream/process.ts).
 * SIGTERM or SIGINT stops pulling, lets in-flight events commit and ack, then exits 0.
 * Several workers need a shared PostgreSQL (DATABASE_URL); the embedded database is one process's.
 */
import { readText } from '../../files';
import { DeliveryProcessor, openStream, StreamScorer, workerName, type Delivery } from '@dualuse/app/stream/index';
import { DomainError, invalidInput } from '@dualuse/core';
import { parseChplTiers } from '@dualuse/core/diversion';
import type { Command } from 'commander';
import { printJson } from '../../output';
import { withApp } from '../../run';
import { screeningWorker } from './screening-worker';

interface WorkerOptions {
  concurrency: string;
  batch: string;
  chpl?: string;
  screening?: boolean;
}

export function readChpl(path: string | undefined): Map<string, string> | undefined {
  if (!path) return undefined;
  const text = readText(path); // strict UTF-8, size checked before reading
  try {
    return parseChplTiers(text, path);
  } catch (e) {
    throw invalidInput(e instanceof Error ? e.message : String(e));
  }
}

async function worker(o: WorkerOptions, cmd: Command): Promise<void> {
  const whole = (flag: string, value: string, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw invalidInput(`${flag} ${value}: expected a whole number from 1 to ${max}`);
    return n;
  };
  const concurrency = whole('--concurrency', o.concurrency, 64);
  const batch = whole('--batch', o.batch, 1000);
  const chpl = readChpl(o.chpl);
  if (o.screening) return screeningWorker(cmd);
  await withApp(async (app) => {
    if (!app.config.DUALUSE_NATS_URL) {
      throw new DomainError(
        'unavailable',
        'no broker configured: set DUALUSE_NATS_URL (e.g. nats://127.0.0.1:4222) to run workers; without one, `dualuse stream publish` scores the events in-process',
      );
    }
    const name = workerName();
    const stream = await openStream(app.config, `dualuse-worker ${name}`);
    const scorer = new StreamScorer(app, chpl ? { chpl } : {});
    const notReady = await scorer.prepare();
    // Fail closed but stay up: with no list loaded every event is retried later, then dead-lettered.
    if (notReady)
      app.logger.warn({ reason: notReady }, 'scoring context not ready: events will be retried until it is');
    const processor = new DeliveryProcessor(app, scorer, name);
    const stop = new AbortController();
    const onSignal = (signal: string) => {
      app.logger.info({ signal }, 'worker stopping: finishing in-flight events');
      stop.abort();
    };
    process.once('SIGTERM', () => onSignal('SIGTERM'));
    process.once('SIGINT', () => onSignal('SIGINT'));
    let counted = 0;
    const tally = setInterval(() => app.logger.info({ counted }, 'worker progress'), 10_000);
    const handle = async (deliveries: readonly Delivery[]) => {
      const results = await processor.processBatch(deliveries);
      counted += results.filter((r) => r.ok && r.outcome === 'counted').length;
      return results;
    };
    app.logger.info({ worker: name, concurrency, batch, stream: app.config.DUALUSE_NATS_STREAM }, 'worker ready');
    try {
      const stats = await stream.consume(handle, { concurrency, maxBatch: batch, signal: stop.signal });
      const summary = { worker: name, ...stats };
      if (cmd.optsWithGlobals().json) printJson(summary);
      else
        process.stderr.write(
          `worker ${name} stopped: ${stats.counted} counted, ${stats.duplicates} duplicate deliveries, ${stats.retried} retried, ${stats.deadLettered} dead-lettered, ${stats.batches} batches\n`,
        );
    } finally {
      clearInterval(tally);
      await stream.close();
    }
  });
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('score streamed shipment/payment events from NATS JetStream (DUALUSE_NATS_URL), counting each once')
    .option('--concurrency <n>', 'batches handled at once by this process (each one transaction per tenant)', '2')
    .option('--batch <n>', 'events per batch at most (an idle stream hands over single events)', '100')
    .option('--chpl <file>', 'Common High Priority List CSV (tier,hs6) for the CHPL rules')
    .option('--screening', 'screen batch-screening chunks (screen --workers) instead of scoring diversion events')
    .action(worker);
}
