/**
 * POST /diversion/score: shipments scored against the red-flag rules (core/src/diversion), each
 * flag with its rule, citation, fields and reason. The CHPL is data the caller supplies (tier by
 * HS6); without it the CHPL rules abstain and the response says so.
 */
import { scoreAndRecordShipments, scoreShipments, type DiversionRun, type RecordedRun } from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { parseShipment } from '@dualuse/core/diversion';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured } from '../../routing';
import { Batch as ImportBatch, ChplEntry, ShipmentSchema } from './schemas';
import { SharedProvenanceSchema } from '../../schemas';

const FlagSchema = z
  .object({
    rule: z.string(),
    tag: z.string(),
    title: z.string(),
    weight: z.number(),
    contribution: z.number(),
    fields: z.array(z.string()),
    why: z.string(),
    citations: z.array(z.string()),
    verify: z.boolean().optional(),
    heuristic: z
      .string()
      .optional()
      .openapi({ description: 'The weight and thresholds of this flag that are ours: product heuristics, not law' }),
    extracted: z
      .array(
        z.object({
          kind: z.enum(['part_number', 'hs_code', 'model']),
          field: z.string(),
          text: z.string(),
          value: z.string(),
          headings: z.array(z.string()),
          hs6: z.string().optional(),
          basis: z.string(),
        }),
      )
      .optional()
      .openapi({
        description: 'Identifiers read out of item descriptions that the flag rests on (docs/diversion-identifiers.md)',
      }),
    provenance: z.array(SharedProvenanceSchema).optional().openapi({
      description: 'Who shared the coalition indicators the flag rests on: agency, coalitions, date, reason',
    }),
  })
  .openapi('DiversionFlag');

const ScoreSchema = z
  .object({
    id: z.string(),
    score: z.number(),
    severity: z.enum(['none', 'low', 'medium', 'high']),
    alert: z.boolean(),
    flags: z.array(FlagSchema),
    abstained: z.array(z.string()),
    basis: z.string().optional().openapi({
      description: 'How the score is made; its weights, thresholds and bands are product heuristics, not law',
    }),
  })
  .openapi('ShipmentScore');

const AlertGroupSchema = z
  .object({
    key: z.string(),
    counterparty: z.string(),
    country: z.string().optional(),
    shipments: z.array(z.string()),
    maxScore: z.number(),
    tags: z.record(z.string(), z.number()),
    why: z.string(),
  })
  .openapi('DiversionAlertGroup');

const score = secured('diversion:run', {
  method: 'post',
  path: '/diversion/score',
  tags: ['diversion'],
  summary: 'Score shipments against the official diversion red flags',
  request: body(
    z
      .object({
        shipments: z.array(ShipmentSchema).min(1).max(1000),
        chpl: z
          .array(ChplEntry)
          .max(10000)
          .optional()
          .openapi({ description: 'Common High Priority List, HS6 with tier' }),
        asOf: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .optional(),
        nameThreshold: z.number().min(0.5).max(1).optional(),
        record: z.boolean().optional().openapi({
          description:
            'Keep the shipments (like a one-record import, needs diversion:write): an alerting one joins the alert queue; an id stored before is refused (400, nothing stored)',
        }),
      })
      .strict(),
  ),
  responses: {
    200: json(
      z
        .object({
          scored: z.number(),
          alerts: z.number(),
          results: z.array(ScoreSchema),
          groups: z.array(AlertGroupSchema),
          inputVersions: z.record(z.string(), z.string()),
          batch: ImportBatch.optional().openapi({ description: 'With record: the batch the shipments were stored in' }),
        })
        .openapi('DiversionScoreRun'),
      'One score per shipment; alerts grouped by counterparty',
    ),
  },
});

export function registerDiversion(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(score, async (c) => {
    const req = c.req.valid('json');
    const shipments = req.shipments.map((s, i) => parseShipment(s, `/shipments/${i}`));
    const ids = new Set(shipments.map((s) => s.id));
    if (ids.size !== shipments.length) throw invalidInput('shipment ids must be unique within a request', '/shipments');
    const chpl = req.chpl ? new Map(req.chpl.map((r) => [r.hs6, r.tier])) : undefined;
    const options = {
      ...(chpl ? { chpl } : {}),
      ...(req.asOf ? { asOf: req.asOf } : {}),
      ...(req.nameThreshold ? { nameThreshold: req.nameThreshold } : {}),
      requestId: c.get('requestId'),
    };
    const [app, principal] = [c.get('app'), c.get('principal')];
    const run: DiversionRun & { batch?: RecordedRun['batch'] } = req.record
      ? await scoreAndRecordShipments(app, principal, shipments, options)
      : await scoreShipments(app, principal, shipments, options);
    return c.json(
      {
        scored: run.results.length,
        alerts: run.alerts,
        results: run.results.map((r) => ({ ...r, flags: r.flags.map((f) => ({ ...f, citations: [...f.citations] })) })),
        groups: run.groups,
        inputVersions: run.inputVersions,
        ...(run.batch ? { batch: run.batch } : {}),
      },
      200,
    );
  });
}
