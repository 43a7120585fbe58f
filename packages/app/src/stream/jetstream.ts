/**
 * The stream on NATS JetStream. Events go to `<prefix>.<tenant>.shipments|payments` in a
 * work-queue stream (a message leaves the stream when acked); every worker process binds to
 * one durable pull consumer, so the server shares the events out and re-delivers any event
 * not acked within ack_wait (a killed worker's in-flight events). The handler's DB commit
 * comes before the ack (ackAck waits for the server's confirmation). Transient failures are
 * nak'ed with back-off; poison events, and events still failing at the last delivery, are
 * published with their error to the dead-letter stream and then acked.
 * Docs: https://docs.nats.io/nats-concepts/jetstream/consumers (AckExplicit, AckWait, MaxDeliver).
 */
import {
  AckPolicy,
  connect,
  DeliverPolicy,
  headers,
  nanos,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type NatsConnection,
} from 'nats';
import { decodeEvent, encodeEvent, subjectFor, type StreamEvent } from './events';
import {
  errorText,
  isPoison,
  retryDelayMs,
  type BatchHandler,
  type ConsumeOptions,
  type ConsumeStats,
  type Delivery,
  type DeliveryResult,
  type ShipmentStream,
} from './stream';

export interface JetStreamSettings {
  url: string;
  stream: string;
  prefix: string;
  ackWaitMs: number;
  maxDeliver: number;
  /** Durable consumer shared by the worker pool. */
  durable?: string;
  /** Connection name shown by the server (`nats server report connections`). */
  name?: string;
}

export interface Backlog {
  /** Not yet delivered. */
  pending: number;
  /** Delivered, not yet acked. */
  ackPending: number;
  /** Deliveries beyond the first, over the consumer's life. */
  redelivered: number;
  /** Messages still in the stream (work queue: not yet acked). */
  messages: number;
  deadLetters: number;
}

export class JetStreamStream implements ShipmentStream {
  readonly transport = 'jetstream' as const;
  readonly durable: string;
  readonly deadLetterStream: string;
  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    readonly settings: JetStreamSettings,
  ) {
    this.durable = settings.durable ?? 'diversion-workers';
    this.deadLetterStream = `${settings.stream}_DEADLETTER`;
  }

  static async open(settings: JetStreamSettings): Promise<JetStreamStream> {
    let nc: NatsConnection;
    try {
      nc = await connect({
        servers: settings.url,
        name: settings.name ?? 'dualuse',
        maxReconnectAttempts: -1,
        timeout: 5000,
      });
    } catch (error) {
      throw new Error(`cannot reach NATS at ${settings.url} (DUALUSE_NATS_URL): ${(error as Error).message}`, {
        cause: error,
      });
    }
    const s = new JetStreamStream(nc, nc.jetstream(), await nc.jetstreamManager(), settings);
    await s.ensure();
    return s;
  }

  get deadLetterSubject(): string {
    return `${this.settings.prefix}_deadletter`;
  }

  /** Creates the streams and the consumer when missing (idempotent: every worker calls it). */
  private async ensure(): Promise<void> {
    const { stream, prefix, ackWaitMs, maxDeliver } = this.settings;
    const existing = await this.jsm.streams.info(stream).catch(() => null);
    if (!existing) {
      await this.jsm.streams.add({
        name: stream,
        subjects: [`${prefix}.*.shipments`, `${prefix}.*.payments`],
        retention: RetentionPolicy.Workqueue,
        storage: StorageType.File,
        // Publishes carry Nats-Msg-Id = idempotency key: a resend within 2 minutes is dropped at the server too.
        duplicate_window: nanos(120_000),
      });
    }
    if (!(await this.jsm.streams.info(this.deadLetterStream).catch(() => null))) {
      await this.jsm.streams.add({
        name: this.deadLetterStream,
        subjects: [`${this.deadLetterSubject}.>`],
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
      });
    }
    // One delivery more than the handler's limit: a worker killed during the last allowed
    // delivery still leaves a delivery that can dead-letter the event instead of dropping it.
    const wanted = { ack_wait: nanos(ackWaitMs), max_deliver: maxDeliver + 1 };
    const consumer = await this.jsm.consumers.info(stream, this.durable).catch(() => null);
    if (!consumer) {
      await this.jsm.consumers.add(stream, {
        durable_name: this.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        max_ack_pending: 10_000,
        ...wanted,
      });
    } else if (consumer.config.ack_wait !== wanted.ack_wait || consumer.config.max_deliver !== wanted.max_deliver) {
      // The settings changed since the consumer was made: apply them, or say why not.
      await this.jsm.consumers.update(stream, this.durable, wanted).catch((error: Error) => {
        throw new Error(
          `JetStream consumer ${stream}/${this.durable} has ack_wait ${(consumer.config.ack_wait ?? 0) / 1e6} ms, max_deliver ${consumer.config.max_deliver}; updating it to DUALUSE_NATS_ACK_WAIT_MS ${ackWaitMs}, max ${maxDeliver} failed: ${error.message}`,
        );
      });
    }
  }

  async publish(events: readonly StreamEvent[]): Promise<void> {
    const window = 512;
    for (let i = 0; i < events.length; i += window) {
      await Promise.all(
        events.slice(i, i + window).map((e) =>
          this.js.publish(subjectFor(this.settings.prefix, e), encodeEvent(e), {
            msgID: e.key,
            expect: { streamName: this.settings.stream },
          }),
        ),
      );
    }
  }

  async consume(handler: BatchHandler, o: ConsumeOptions): Promise<ConsumeStats> {
    const stats: ConsumeStats = { counted: 0, duplicates: 0, batches: 0, retried: 0, deadLettered: 0 };
    const consumer = await this.js.consumers.get(this.settings.stream, this.durable);
    // Fetch ahead one batch: a fetched event's ack_wait is already running. The client queues its
    // next pull behind the messages it has handed over, so not iterating stops the fetching.
    const limit = o.maxBatch;
    const messages = await consumer.consume({ max_messages: limit, expires: 5000 });
    const stop = () => messages.stop();
    o.signal.addEventListener('abort', stop, { once: true });
    const buffer: JsMsg[] = [];
    const held = new Set<JsMsg>();
    const running = new Set<Promise<void>>();
    // "In progress" acks for everything this live worker holds, so a slow batch on a loaded
    // machine is not redelivered to another worker; a killed worker stops sending them, and its
    // events come back after ack_wait.
    const heartbeat = setInterval(
      () => {
        for (const m of buffer) m.working();
        for (const m of held) m.working();
      },
      Math.max(500, Math.floor(this.settings.ackWaitMs / 3)),
    );
    let freed: (() => void) | null = null;
    const flush = () => {
      while (buffer.length && running.size < o.concurrency) {
        const batch = buffer.splice(0, o.maxBatch);
        for (const m of batch) held.add(m);
        const p = this.handleBatch(batch, handler, stats).finally(() => {
          for (const m of batch) held.delete(m);
          running.delete(p);
          flush();
          freed?.();
        });
        running.add(p);
      }
    };
    try {
      for await (const m of messages) {
        // Stopped: hand back what was already fetched at once rather than after ack_wait.
        if (o.signal.aborted) {
          m.nak();
          continue;
        }
        buffer.push(m);
        flush();
        while (buffer.length >= limit) await new Promise<void>((r) => (freed = r));
      }
      for (const m of buffer.splice(0)) m.nak();
      await Promise.all(running);
    } finally {
      clearInterval(heartbeat);
      o.signal.removeEventListener('abort', stop);
    }
    return stats;
  }

  private async handleBatch(batch: JsMsg[], handler: BatchHandler, stats: ConsumeStats): Promise<void> {
    stats.batches++;
    const readable: { m: JsMsg; d: Delivery }[] = [];
    for (const m of batch) {
      try {
        readable.push({ m, d: { event: decodeEvent(m.data), delivery: m.info.redeliveryCount, streamSeq: m.seq } });
      } catch (error) {
        await this.fail(m, null, error, stats);
      }
    }
    if (!readable.length) return;
    let results: DeliveryResult[];
    try {
      results = await handler(readable.map((r) => r.d));
    } catch (error) {
      results = readable.map(() => ({ ok: false, error }));
    }
    await Promise.all(
      results.map(async (r, i) => {
        const { m, d } = readable[i]!;
        if (!r.ok) return this.fail(m, d.event, r.error, stats);
        if (r.outcome === 'counted') stats.counted++;
        else stats.duplicates++;
        // The commit stands whatever happens to the ack: a lost ack means one more delivery, which finds the key.
        await m.ackAck().catch(() => false);
      }),
    );
  }

  private async fail(m: JsMsg, event: StreamEvent | null, error: unknown, stats: ConsumeStats): Promise<void> {
    const delivery = m.info.redeliveryCount;
    if (isPoison(error) || delivery >= this.settings.maxDeliver) {
      try {
        await this.deadLetter(m, event, error, delivery);
        stats.deadLettered++;
      } catch {
        m.nak(retryDelayMs(delivery)); // the dead-letter stream is unreachable: keep the event rather than drop it
      }
    } else {
      m.nak(retryDelayMs(delivery));
      stats.retried++;
    }
  }

  private async deadLetter(m: JsMsg, event: StreamEvent | null, error: unknown, delivery: number): Promise<void> {
    const body = {
      error: errorText(error),
      delivery,
      subject: m.subject,
      streamSeq: m.seq,
      at: new Date().toISOString(),
      ...(event ? { event } : { raw: new TextDecoder().decode(m.data).slice(0, 100_000) }),
    };
    const h = headers();
    h.set(
      'Dualuse-Error',
      errorText(error)
        .slice(0, 1000)
        .replace(/[\r\n]+/g, ' '),
    );
    const token = (s: string | undefined) => (s && /^[A-Za-z0-9_-]+$/.test(s) ? s : 'unknown');
    await this.js.publish(
      `${this.deadLetterSubject}.${token(event?.tenantId)}.${token(event?.kind)}`,
      new TextEncoder().encode(JSON.stringify(body)),
      { headers: h },
    );
    // Only once the dead letter is stored does the event leave the work queue.
    await m.ackAck();
  }

  async backlog(): Promise<Backlog> {
    const c = await this.jsm.consumers.info(this.settings.stream, this.durable);
    const s = await this.jsm.streams.info(this.settings.stream);
    const d = await this.jsm.streams.info(this.deadLetterStream);
    return {
      pending: c.num_pending,
      ackPending: c.num_ack_pending,
      redelivered: c.num_redelivered,
      messages: s.state.messages,
      deadLetters: d.state.messages,
    };
  }

  /** The dead letters kept so far (oldest first), each with its error: for `stream status` and tests. */
  async deadLetters(max = 100): Promise<{ subject: string; body: Record<string, unknown> }[]> {
    const { state } = await this.jsm.streams.info(this.deadLetterStream);
    const out = [];
    for (let seq = state.first_seq; seq <= state.last_seq && out.length < max; seq++) {
      const m = await this.jsm.streams.getMessage(this.deadLetterStream, { seq }).catch(() => null);
      if (m)
        out.push({ subject: m.subject, body: JSON.parse(new TextDecoder().decode(m.data)) as Record<string, unknown> });
    }
    return out;
  }

  /** Deletes both streams (tests and benchmarks on throw-away stream names). */
  async destroy(): Promise<void> {
    await this.jsm.streams.delete(this.settings.stream).catch(() => false);
    await this.jsm.streams.delete(this.deadLetterStream).catch(() => false);
  }

  async close(): Promise<void> {
    await this.nc.drain().catch(() => this.nc.close());
  }
}
