/**
 * One interface over the two ways events reach the workers: NATS JetStream (a pool of worker
 * processes sharing one durable pull consumer) and an in-process queue (no broker configured).
 * Both deliver at least once and run the same handler (process.ts), so exactly-once counting
 * rests on the database key in both, never on the transport.
 */
import { DomainError } from '@dualuse/core';
import { safeError } from '../db-errors';
import type { StreamEvent } from './events';

export interface Delivery {
  event: StreamEvent;
  /** 1 on the first delivery; JetStream's delivery count afterwards. */
  delivery: number;
  /** JetStream stream sequence (null in-process). */
  streamSeq: number | null;
}

export interface DeadLetter {
  event: StreamEvent | null;
  /** The raw message when it could not be read as an event. */
  raw?: string;
  error: string;
  delivery: number;
  subject: string;
}

export type Outcome = 'counted' | 'duplicate';
/** What became of one delivery of a batch, in the batch's order. */
export type DeliveryResult = { ok: true; outcome: Outcome } | { ok: false; error: unknown };
/**
 * Handles a batch of deliveries (one transaction per tenant in process.ts). Batches form by
 * themselves: a delivery waits only while `concurrency` batches are running, so an idle
 * stream hands over single events (latency) and a busy one hands over up to `maxBatch`.
 */
export type BatchHandler = (batch: readonly Delivery[]) => Promise<DeliveryResult[]>;

export interface ConsumeOptions {
  /** Batches handled at once by this consumer. */
  concurrency: number;
  /** Deliveries per batch at most. */
  maxBatch: number;
  /** Stops pulling; in-flight deliveries finish and are acked first (graceful shutdown). */
  signal: AbortSignal;
  /** In-process only: return once the queue is empty and nothing is in flight. */
  untilIdle?: boolean;
}

export interface ConsumeStats {
  counted: number;
  duplicates: number;
  batches: number;
  retried: number;
  deadLettered: number;
}

export interface ShipmentStream {
  readonly transport: 'jetstream' | 'in-process';
  publish(events: readonly StreamEvent[]): Promise<void>;
  consume(handler: BatchHandler, options: ConsumeOptions): Promise<ConsumeStats>;
  close(): Promise<void>;
}

/**
 * Poison: the event itself is wrong (unreadable, invalid, an unknown tenant), so retrying can
 * only fail again: it goes to the dead letters at once. Anything else (database down, no list
 * loaded yet) is transient: the event is delivered again later, up to max_deliver times.
 */
export function isPoison(error: unknown): boolean {
  return (
    error instanceof DomainError &&
    (error.kind === 'invalid_input' || error.kind === 'not_found' || error.kind === 'forbidden')
  );
}

/** A dead letter's reason: a domain error's message, otherwise the log-safe summary (no SQL parameters). */
export const errorText = (error: unknown): string =>
  error instanceof DomainError
    ? `${error.name}: ${error.message}`
    : (({ type, message, sqlState }) => `${type}: ${message}${sqlState ? ` (SQLSTATE ${sqlState})` : ''}`)(
        safeError(error),
      );

/** Delay before a transient failure is retried: 1 s, 2 s, 4 s... capped at 30 s. */
export const retryDelayMs = (delivery: number): number => Math.min(30_000, 1000 * 2 ** Math.max(0, delivery - 1));
