/**
 * The work queue of distributed batch screening on NATS JetStream, beside the diversion stream
 * (same server, same DUALUSE_NATS_* settings): chunks go to `<prefix>_screening.<tenant>.<run>`
 * in a work-queue stream `<stream>_SCREENING`; every `dualuse worker --screening` binds to one
 * durable pull consumer, so the server shares the chunks out and re-delivers a chunk not acked
 * within ack_wait (a killed worker's chunk). The worker's database commit comes before the ack;
 * the commit is idempotent (chunk key), so a re-delivery after commit changes nothing.
 * A chunk still failing at max_deliver (e.g. its list versions are no longer loaded anywhere)
 * goes with its error to `<prefix>_screening_deadletter.<run>`, where the run's coordinator sees it.
 * Docs: https://docs.nats.io/nats-concepts/jetstream/consumers (AckExplicit, AckWait, MaxDeliver),
 * https://docs.nats.io/using-nats/developer/develop_jetstream/model_deep_dive#message-deduplication (Nats-Msg-Id).
 */
import {
  AckPolicy,
  connect,
  DeliverPolicy,
  nanos,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
} from 'nats';
import type { Config } from '../config';
import { errorText, isPoison, retryDelayMs } from '../stream/stream';
import { decodeChunk, encodeChunk, type ScreenChunk } from './chunk';

export type ChunkOutcome = 'committed' | 'duplicate';

export class ChunkQueue {
  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly config: Config,
  ) {}

  get stream(): string {
    return `${this.config.DUALUSE_NATS_STREAM}_SCREENING`;
  }
  get deadLetterStream(): string {
    return `${this.stream}_DEADLETTER`;
  }
  private get prefix(): string {
    return `${this.config.DUALUSE_NATS_SUBJECT_PREFIX}_screening`;
  }
  private readonly durable = 'screening-workers';

  static async open(config: Config, name: string): Promise<ChunkQueue> {
    const url = config.DUALUSE_NATS_URL;
    if (!url)
      throw new Error('no broker configured: set DUALUSE_NATS_URL (e.g. nats://127.0.0.1:4222) to screen on workers');
    let nc: NatsConnection;
    try {
      nc = await connect({ servers: url, name, maxReconnectAttempts: -1, timeout: 5000 });
    } catch (error) {
      throw new Error(`cannot reach NATS at ${url} (DUALUSE_NATS_URL): ${(error as Error).message}`, { cause: error });
    }
    const q = new ChunkQueue(nc, nc.jetstream(), await nc.jetstreamManager(), config);
    await q.ensure();
    return q;
  }

  /** Streams and consumer, created when missing (idempotent: coordinators and workers call it). */
  private async ensure(): Promise<void> {
    if (!(await this.jsm.streams.info(this.stream).catch(() => null)))
      await this.jsm.streams.add({
        name: this.stream,
        subjects: [`${this.prefix}.*.*`],
        retention: RetentionPolicy.Workqueue,
        storage: StorageType.File,
        // A chunk republished by a resumed run within 10 minutes is dropped by the server too.
        duplicate_window: nanos(600_000),
      });
    if (!(await this.jsm.streams.info(this.deadLetterStream).catch(() => null)))
      await this.jsm.streams.add({
        name: this.deadLetterStream,
        subjects: [`${this.prefix}_deadletter.*`],
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
      });
    if (!(await this.jsm.consumers.info(this.stream, this.durable).catch(() => null)))
      await this.jsm.consumers.add(this.stream, {
        durable_name: this.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: nanos(this.config.DUALUSE_NATS_ACK_WAIT_MS),
        max_deliver: this.config.DUALUSE_NATS_MAX_DELIVER + 1,
      });
  }

  async publish(chunks: readonly ScreenChunk[]): Promise<void> {
    for (const c of chunks)
      await this.js.publish(`${this.prefix}.${c.tenantId}.${c.runId}`, encodeChunk(c), {
        msgID: `${c.runId}:${c.chunk}`,
        expect: { streamName: this.stream },
      });
  }

  /** The first dead letter of a run, if any: the reason its chunks cannot be screened. */
  async deadLetterOf(runId: string): Promise<string | null> {
    const m = await this.jsm.streams
      .getMessage(this.deadLetterStream, { last_by_subj: `${this.prefix}_deadletter.${runId}` })
      .catch(() => null);
    return m ? new TextDecoder().decode(m.data) : null;
  }

  /**
   * Pulls chunks one at a time until `signal` aborts, hands each to `handle` (which commits) and
   * acks after the commit. "In progress" acks keep a long chunk of a live worker from being re-delivered.
   */
  async consume(handle: (c: ScreenChunk, delivery: number) => Promise<ChunkOutcome>, signal: AbortSignal) {
    const stats = { committed: 0, duplicates: 0, retried: 0, deadLettered: 0 };
    const consumer = await this.js.consumers.get(this.stream, this.durable);
    const messages = await consumer.consume({ max_messages: 1, expires: 5000 });
    const stop = () => messages.stop();
    signal.addEventListener('abort', stop, { once: true });
    try {
      for await (const m of messages) {
        if (signal.aborted) {
          m.nak();
          continue;
        }
        const beat = setInterval(() => m.working(), Math.max(500, this.config.DUALUSE_NATS_ACK_WAIT_MS / 3));
        try {
          const outcome = await handle(decodeChunk(m.data), m.info.redeliveryCount);
          stats[outcome === 'committed' ? 'committed' : 'duplicates']++;
          await m.ackAck().catch(() => false); // a lost ack means one more delivery, which finds the key
        } catch (error) {
          stats[(await this.fail(m, error)) ? 'deadLettered' : 'retried']++;
        } finally {
          clearInterval(beat);
        }
      }
    } finally {
      signal.removeEventListener('abort', stop);
    }
    return stats;
  }

  /** Dead-letters poison and last deliveries (true), naks the rest with back-off (false). */
  private async fail(m: JsMsg, error: unknown): Promise<boolean> {
    const delivery = m.info.redeliveryCount;
    if (!isPoison(error) && delivery < this.config.DUALUSE_NATS_MAX_DELIVER) {
      m.nak(retryDelayMs(delivery));
      return false;
    }
    const run = m.subject.split('.').pop() ?? 'unknown';
    const body = { error: errorText(error), delivery, subject: m.subject, at: new Date().toISOString() };
    try {
      await this.js.publish(`${this.prefix}_deadletter.${run}`, new TextEncoder().encode(JSON.stringify(body)));
      await m.ackAck();
      return true;
    } catch {
      m.nak(retryDelayMs(delivery)); // dead-letter stream unreachable: keep the chunk rather than drop it
      return false;
    }
  }

  /** Deletes both streams (tests and benchmarks on throw-away stream names). */
  async destroy(): Promise<void> {
    await this.jsm.streams.delete(this.stream).catch(() => false);
    await this.jsm.streams.delete(this.deadLetterStream).catch(() => false);
  }

  async close(): Promise<void> {
    await this.nc.drain().catch(() => this.nc.close());
  }
}
