/**
 * The diversion event stream: JetStream when DUALUSE_NATS_URL is set, else an in-process
 * queue with the same interface and the same idempotent handler (process.ts).
 */
import { hostname } from 'node:os';
import type { Config } from '../config';
import { InProcessStream } from './in-process';
import { JetStreamStream } from './jetstream';
import type { ShipmentStream } from './stream';

export * from './events';
export * from './stream';
export * from './in-process';
export * from './jetstream';
export * from './scorer';
export * from './process';

export async function openStream(config: Config, name = 'dualuse'): Promise<ShipmentStream> {
  const settings = {
    stream: config.DUALUSE_NATS_STREAM,
    prefix: config.DUALUSE_NATS_SUBJECT_PREFIX,
    ackWaitMs: config.DUALUSE_NATS_ACK_WAIT_MS,
    maxDeliver: config.DUALUSE_NATS_MAX_DELIVER,
  };
  if (!config.DUALUSE_NATS_URL) return new InProcessStream(settings);
  return JetStreamStream.open({ ...settings, url: config.DUALUSE_NATS_URL, name });
}

/** How this process is named in the rows it writes: host and pid. */
export const workerName = (): string => `${hostname()}:${process.pid}`;
export * from './synthetic';
export * from './counters';
