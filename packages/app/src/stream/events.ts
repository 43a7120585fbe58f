/**
 * The events a diversion stream carries: a shipment, or a payment with the order parties it
 * pays for, each on behalf of one tenant. The idempotency key is tenant + kind + event id +
 * a hash of the canonical body, so a resent event is the same event (counted once) and an
 * amended shipment (same id, new content) is a new version that is scored again.
 */
import { canonicalJson, invalidInput, sha256Hex } from '@dualuse/core';
import { parseShipment, type Shipment } from '@dualuse/core/diversion';

export const EVENT_KINDS = ['shipment', 'payment'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface StreamEvent {
  v: 1;
  kind: EventKind;
  tenantId: string;
  key: string;
  /** A shipment as input.ts reads it, or a payment event (see `toShipment`). */
  body: unknown;
  /** When the publisher sent it (ms since epoch), for end-to-end latency. */
  publishedAt: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function idempotencyKey(
  tenantId: string,
  kind: EventKind,
  body: { id: string; [field: string]: unknown },
): string {
  return `${tenantId}:${kind}:${body.id}:${sha256Hex(canonicalJson(body)).slice(0, 32)}`;
}

/** Validates the body now (the publisher refuses a bad event rather than poisoning the stream). */
export function makeEvent(tenantId: string, kind: EventKind, body: unknown, where = ''): StreamEvent {
  const parsed = toShipment(kind, body, where);
  return {
    v: 1,
    kind,
    tenantId,
    key: idempotencyKey(tenantId, kind, { ...(body as object), id: parsed.id }),
    body,
    publishedAt: Date.now(),
  };
}

/**
 * A payment event is `{id, date?, destination?, parties, payment}`: the payment (payer, banks,
 * letter of credit) with the parties of the order it pays for, so the payment rules (third-
 * country payer, letter-of-credit flags) and the listed-party rules run on it as on a shipment
 * with no items. Anything else is refused with the JSON Pointer of the bad field.
 */
export function toShipment(kind: EventKind, body: unknown, where = ''): Shipment {
  if (kind === 'shipment') return parseShipment(body, where);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidInput(`${where || '/'}: a payment event must be an object`, where);
  const { id, date, destination, parties, payment, ...rest } = body as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length)
    throw invalidInput(
      `${where}/${extra[0]}: unknown field of a payment event (id, date, destination, parties, payment)`,
      `${where}/${extra[0]}`,
    );
  if (payment === undefined)
    throw invalidInput(`${where}/payment: a payment event needs the payment`, `${where}/payment`);
  return parseShipment(
    {
      id,
      ...(date !== undefined ? { date } : {}),
      ...(destination !== undefined ? { destination } : {}),
      parties,
      items: [],
      payment,
    },
    where,
  );
}

/** Reads an event off the wire; a message that is not one is poison (never retried). */
export function decodeEvent(data: Uint8Array): StreamEvent {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(data));
  } catch (error) {
    throw invalidInput(`message is not JSON: ${(error as Error).message}`);
  }
  const e = value as Partial<StreamEvent>;
  if (e?.v !== 1) throw invalidInput(`/v: unsupported event version ${JSON.stringify(e?.v)} (expected 1)`, '/v');
  if (!EVENT_KINDS.includes(e.kind as EventKind))
    throw invalidInput(`/kind: expected shipment or payment, got ${JSON.stringify(e.kind)}`, '/kind');
  if (typeof e.tenantId !== 'string' || !UUID.test(e.tenantId))
    throw invalidInput('/tenantId: expected a tenant uuid', '/tenantId');
  if (typeof e.key !== 'string' || !e.key.startsWith(`${e.tenantId}:${e.kind}:`) || e.key.length > 600)
    throw invalidInput('/key: expected "<tenant>:<kind>:<id>:<hash>"', '/key');
  if (typeof e.publishedAt !== 'number') throw invalidInput('/publishedAt: expected a number', '/publishedAt');
  return e as StreamEvent;
}

export const encodeEvent = (e: StreamEvent): Uint8Array => new TextEncoder().encode(JSON.stringify(e));

/** `<prefix>.<tenant id>.shipments` / `.payments`. */
export const subjectFor = (prefix: string, e: Pick<StreamEvent, 'tenantId' | 'kind'>): string =>
  `${prefix}.${e.tenantId}.${e.kind}s`;
