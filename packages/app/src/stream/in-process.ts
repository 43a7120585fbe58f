/**
 * The stream without a broker: a queue in this process with the JetStream semantics the
 * handler relies on: at-least-once delivery, a delivery count, retry of transient failures
 * with back-off up to `maxDeliver`, poison and exhausted events to the dead letters. Events
 * are not durable: what is queued when the process stops is gone (use JetStream for that).
 */
import {
  errorText,
  isPoison,
  retryDelayMs,
  type BatchHandler,
  type ConsumeOptions,
  type ConsumeStats,
  type DeadLetter,
  type ShipmentStream,
} from './stream';
import { subjectFor, type StreamEvent } from './events';

interface Queued {
  event: StreamEvent;
  delivery: number;
  notBefore: number;
}

export class InProcessStream implements ShipmentStream {
  readonly transport = 'in-process' as const;
  readonly deadLetters: DeadLetter[] = [];
  private readonly queue: Queued[] = [];
  private wake: (() => void) | null = null;

  constructor(
    private readonly options: { maxDeliver: number; prefix: string; retryDelayMs?: (delivery: number) => number },
  ) {}

  async publish(events: readonly StreamEvent[]): Promise<void> {
    for (const event of events) this.queue.push({ event, delivery: 0, notBefore: 0 });
    this.wake?.();
  }

  get pending(): number {
    return this.queue.length;
  }

  async consume(handler: BatchHandler, o: ConsumeOptions): Promise<ConsumeStats> {
    const stats: ConsumeStats = { counted: 0, duplicates: 0, batches: 0, retried: 0, deadLettered: 0 };
    const delay = this.options.retryDelayMs ?? retryDelayMs;
    const running = new Set<Promise<void>>();
    const fail = (q: Queued, error: unknown) => {
      if (isPoison(error) || q.delivery >= this.options.maxDeliver) {
        this.deadLetters.push({
          event: q.event,
          error: errorText(error),
          delivery: q.delivery,
          subject: subjectFor(this.options.prefix, q.event),
        });
        stats.deadLettered++;
      } else {
        stats.retried++;
        this.queue.push({ ...q, notBefore: Date.now() + delay(q.delivery) });
      }
    };
    const run = async (batch: Queued[]) => {
      for (const q of batch) q.delivery++;
      stats.batches++;
      let results;
      try {
        results = await handler(batch.map((q) => ({ event: q.event, delivery: q.delivery, streamSeq: null })));
      } catch (error) {
        for (const q of batch) fail(q, error);
        return;
      }
      results.forEach((r, i) => {
        if (!r.ok) fail(batch[i]!, r.error);
        else if (r.outcome === 'counted') stats.counted++;
        else stats.duplicates++;
      });
    };
    while (!o.signal.aborted) {
      const now = Date.now();
      if (running.size < o.concurrency) {
        const batch: Queued[] = [];
        for (let i = 0; i < this.queue.length && batch.length < o.maxBatch;) {
          if (this.queue[i]!.notBefore <= now) batch.push(...this.queue.splice(i, 1));
          else i++;
        }
        if (batch.length) {
          const p = run(batch).finally(() => {
            running.delete(p);
            this.wake?.();
          });
          running.add(p);
          continue;
        }
      }
      if (o.untilIdle && running.size === 0 && this.queue.length === 0) break;
      // Sleep until a batch finishes, an event arrives, a retry falls due, or we are stopped.
      const due = this.queue.length
        ? Math.max(1, this.queue.reduce((a, q) => Math.min(a, q.notBefore), Infinity) - now)
        : 1000;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, due);
        o.signal.addEventListener('abort', done, { once: true });
        this.wake = done;
        function done() {
          clearTimeout(timer);
          o.signal.removeEventListener('abort', done);
          resolve();
        }
      });
      this.wake = null;
    }
    await Promise.all(running);
    return stats;
  }

  async close(): Promise<void> {
    this.wake?.();
  }
}
