/**
 * `dualuse stream publish --input events.jsonl [--kind shipment|payment]`: every line is
 * validated first (all-or-nothing: one bad line and nothing is published), then sent with its
 * idempotency key. With DUALUSE_NATS_URL the events go to JetStream for `dualuse worker`;
 * without it they are scored here, in-process, through the same idempotent handler.
 * `dualuse stream status`: the tenant's counters and, with a broker, the backlog.
 */
import {
  DeliveryProcessor,
  EVENT_KINDS,
  InProcessStream,
  JetStreamStream,
  makeEvent,
  openStream,
  StreamScorer,
  streamCountersOf,
  workerName,
  type EventKind,
  type StreamEvent,
} from '@dualuse/app/stream/index';
import { DomainError, invalidInput } from '@dualuse/core';
import { readText } from '../../files';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { readChpl } from '../system/worker';

interface PublishOptions {
  input?: string;
  kind: string;
  tenant: string;
  chpl?: string;
}

/** JSON lines → events; the first bad line stops the file, naming the line and the field. */
export function readEvents(text: string, file: string, tenantId: string, kind: EventKind): StreamEvent[] {
  const events: StreamEvent[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      events.push(makeEvent(tenantId, kind, JSON.parse(line)));
    } catch (e) {
      throw invalidInput(
        `${file} line ${i + 1}: ${e instanceof SyntaxError ? `not JSON (${e.message})` : (e as Error).message}`,
      );
    }
  });
  if (!events.length) throw invalidInput(`${file}: no event in the file`);
  return events;
}

async function publish(o: PublishOptions, cmd: Command): Promise<void> {
  if (!o.input) throw invalidInput('stream publish needs --input events.jsonl (one shipment or payment per line)');
  if (!EVENT_KINDS.includes(o.kind as EventKind)) throw invalidInput(`--kind ${o.kind}: expected shipment or payment`);
  const text = readText(o.input);
  const chpl = readChpl(o.chpl);
  await withApp(async (app) => {
    const p = await principalFor(app, o.tenant);
    const events = readEvents(text, o.input!, p.tenantId, o.kind as EventKind);
    const stream = await openStream(app.config, 'dualuse-publisher');
    try {
      const scorer = new StreamScorer(app, chpl ? { chpl } : {});
      // No broker: this process is the worker pool, and it fails closed before publishing anything.
      const notReady = stream instanceof InProcessStream ? await scorer.prepare() : null;
      if (notReady) throw new DomainError('unavailable', `nothing published: ${notReady}`);
      await stream.publish(events);
      let summary: Record<string, unknown> = { published: events.length, transport: stream.transport };
      if (stream instanceof InProcessStream) {
        const processor = new DeliveryProcessor(app, scorer, workerName());
        const stats = await stream.consume((batch) => processor.processBatch(batch), {
          concurrency: 1,
          maxBatch: 200,
          signal: new AbortController().signal,
          untilIdle: true,
        });
        summary = {
          ...summary,
          counted: stats.counted,
          duplicates: stats.duplicates,
          deadLettered: stream.deadLetters.map((d) => ({ key: d.event?.key, error: d.error })),
        };
      }
      if (cmd.optsWithGlobals().json) printJson(summary);
      else process.stderr.write(`${JSON.stringify(summary)}\n`);
    } finally {
      await stream.close();
    }
  });
}

async function status(o: { tenant: string }, cmd: Command): Promise<void> {
  await withApp(async (app) => {
    const p = await principalFor(app, o.tenant);
    const counters = await streamCountersOf(app, p);
    let backlog: unknown = null;
    if (app.config.DUALUSE_NATS_URL) {
      const stream = await openStream(app.config, 'dualuse-status');
      if (stream instanceof JetStreamStream) backlog = await stream.backlog();
      await stream.close();
    }
    const result = {
      tenant: o.tenant,
      shipments: counters.shipments,
      payments: counters.payments,
      alerts: counters.alerts,
      duplicates: counters.duplicates,
      backlog,
    };
    if (cmd.optsWithGlobals().json) printJson(result);
    else printTable([result], ['tenant', 'shipments', 'payments', 'alerts', 'duplicates', 'backlog']);
  });
}

export function registerStream(program: Command): void {
  const s = program
    .command('stream')
    .description('the diversion event stream (NATS JetStream with DUALUSE_NATS_URL, else in-process)');
  s.command('publish')
    .description('publish shipments or payments (JSON lines) as events, each with its idempotency key')
    .option('--input <file>', 'events, one JSON object per line')
    .option('--kind <kind>', 'shipment or payment', 'shipment')
    .option('--chpl <file>', 'in-process only: CHPL CSV for the CHPL rules')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(publish);
  s.command('status')
    .description('events counted for the tenant, and the broker backlog')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(status);
}
