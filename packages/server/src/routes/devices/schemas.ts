/** Wire shapes of the officer API of end-use monitoring (routes.ts). */
import { CommandSchema, PublicKeySchema, ReportSchema, SignatureSchema } from '@dualuse/core/tracking';
import { z } from '@hono/zod-openapi';

// Core's protocol schemas are built before @hono/zod-openapi extends zod, so they lack .openapi();
// re-wrapping their shapes here names them in the spec without restating a field.
/** A device's report as it signed it (docs/protocol/heartbeat-v1.md §3). */
export const DeviceReport = z.object(ReportSchema.shape).strict().openapi('DeviceReport');
/** An agency-signed disable/enable command as the device receives it (docs/protocol/heartbeat-v1.md). */
export const SignedCommand = z
  .object({ message: z.object(CommandSchema.shape).strict(), signature: SignatureSchema })
  .strict()
  .openapi('SignedDeviceCommand');

export const text = (max: number) => z.string().trim().min(1).max(max);
export const Site = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    radiusKm: z.number().positive().max(1000),
    country: z.string().regex(/^[A-Z]{2}$/),
  })
  .strict();
export const NewDevice = z
  .object({
    serial: text(200),
    model: text(200),
    eccn: text(40),
    licenceRef: text(200),
    publicKey: PublicKeySchema,
    site: Site,
    heartbeatHours: z.number().int().min(1).max(8760),
    graceHours: z.number().int().min(0).max(8760),
    relocationNeedsNotice: z.boolean().optional(),
    startingCounter: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    proscribedCountries: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .max(250)
      .optional(),
  })
  .strict()
  .openapi('NewDevice');
export const Device = z
  .object({
    id: z.uuid(),
    serial: z.string(),
    model: z.string(),
    eccn: z.string(),
    licenceRef: z.string(),
    publicKey: z.string(),
    site: Site,
    heartbeatHours: z.number(),
    graceHours: z.number(),
    relocationNeedsNotice: z.boolean(),
    lastCounter: z.number(),
    startingCounter: z.number(),
    proscribedCountries: z.array(z.string()).nullable(),
    lastHeartbeatAt: z.string().nullable(),
    lastDecision: z.string().nullable(),
    state: z.enum(['enabled', 'disabled']),
    createdAt: z.string(),
  })
  .openapi('Device');
export const NewLandmark = z
  .object({
    name: text(200),
    operator: text(200),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    publicKey: PublicKeySchema,
  })
  .strict()
  .openapi('NewLandmark');
export const Landmark = z
  .object({
    id: z.uuid(),
    name: z.string(),
    operator: z.string(),
    lat: z.number(),
    lon: z.number(),
    publicKey: z.string(),
    createdAt: z.string(),
  })
  .openapi('Landmark');
export const HeartbeatFinding = z
  .object({
    kind: z.string(),
    message: z.string(),
    detail: z
      .string()
      .optional()
      .openapi({ description: 'Raw identifiers (absent on findings stored before 2026-12)' }),
  })
  .openapi('HeartbeatFinding');
export const Alert = z
  .object({
    id: z.uuid(),
    deviceId: z.uuid(),
    heartbeatId: z.uuid().nullable(),
    kind: z.string(),
    severity: z.string(),
    message: z.string(),
    details: z.array(z.string()).openapi({ description: 'Raw identifiers behind the message, for investigators' }),
    raisedAt: z.string(),
    resolvedAt: z.string().nullable(),
  })
  .openapi('DeviceAlert');
export const Command = z
  .object({
    id: z.uuid(),
    deviceId: z.uuid(),
    action: z.enum(['disable', 'enable']),
    reason: z.string(),
    status: z.string(),
    proposedBy: z.uuid(),
    proposedAt: z.string(),
    approvedBy: z.uuid().nullable(),
    approvedAt: z.string().nullable(),
    signedCommand: SignedCommand.nullable(),
    deliveredAt: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
  })
  .openapi('DeviceCommand');
const point = z.object({ lat: z.number(), lon: z.number() });
export const Disc = z
  .object({
    landmarkId: z.string(),
    label: z.string(),
    center: point,
    rttUs: z.number(),
    radiusKm: z.number().openapi({ description: 'The sound bound, at the speed of light' }),
    fibreRadiusKm: z.number().openapi({ description: 'The same RTT over fibre, for context only' }),
  })
  .openapi('LocationDisc');
/** One stored heartbeat with its verdict (docs/protocol/heartbeat-v1.md §5–7); the report as the device signed it. */
export const Heartbeat = z
  .object({
    id: z.uuid(),
    receivedAt: z.string(),
    counter: z.number(),
    accepted: z.boolean(),
    decision: z.enum(['inconclusive', 'consistent-with-site', 'left-site', 'in-proscribed-country']),
    findings: z.array(HeartbeatFinding),
    verdict: z
      .object({
        explanation: z.string().optional(),
        discs: z.array(Disc).optional(),
        regionCountry: z.string().nullable().optional(),
      })
      .loose(),
    report: DeviceReport,
    measurements: z.array(
      z.object({ landmarkId: z.string(), nonce: z.string(), rttUs: z.number(), valid: z.boolean() }),
    ),
  })
  .openapi('DeviceHeartbeat');
export const Timeline = z
  .object({ device: Device, heartbeats: z.array(Heartbeat), alerts: z.array(Alert), commands: z.array(Command) })
  .openapi('DeviceTimeline');
