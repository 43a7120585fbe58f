/**
 * Messages of the heartbeat protocol, version 1 (docs/protocol/heartbeat-v1.md). Every
 * signed message is signed over the UTF-8 bytes of its canonical JSON (canonicalJson), and
 * carries its own `type`, so a signature made for one kind of message can never be passed
 * off as another (domain separation). Integers only where a float could be printed two
 * ways; coordinates are decimal degrees, printed as ECMAScript prints numbers (RFC 8785).
 */
import { z } from 'zod';
import { canonicalJson } from '../common/canonical-json';

export const PROTOCOL = 'dualuse-heartbeat/1';
export const MESSAGE_TYPES = {
  nonceRequest: 'dualuse-heartbeat/1/nonce-request',
  pingResponse: 'dualuse-heartbeat/1/ping-response',
  report: 'dualuse-heartbeat/1/report',
  measurement: 'dualuse-heartbeat/1/measurement',
  command: 'dualuse-heartbeat/1/command',
} as const;

/** base64url without padding: 32-byte Ed25519 keys (43 chars), 64-byte signatures (86 chars). */
const b64url = (len: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .length(len);
export const PublicKeySchema = b64url(43);
export const SignatureSchema = b64url(86);
/** Nonces: 16 random bytes, base64url (22 chars). */
export const NonceSchema = b64url(22);
const id = z.string().min(1).max(100);
const instant = z.iso.datetime({ offset: false });
const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

/** A landmark asks the verifier for a fresh nonce to send to one device. */
export const NonceRequestSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.nonceRequest),
    landmarkId: id,
    deviceId: id,
    requestedAt: instant,
  })
  .strict();

/** What the device signs at once when a landmark pings it; the landmark stops its clock on it. */
export const PingResponseSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.pingResponse),
    deviceId: id,
    nonce: NonceSchema,
  })
  .strict();

export const SensorsSchema = z
  .object({
    /** Relocation / tilt switch tripped since the last report (latched until serviced). */
    relocation: z.boolean(),
    enclosureOpened: z.boolean(),
  })
  .strict();

export const GnssClaimSchema = z.object({ lat, lon, accuracyM: z.number().int().min(0).max(1_000_000) }).strict();

export const ReportSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.report),
    deviceId: id,
    /** Strictly increasing over the device's life, kept in tamper-resistant storage. */
    counter: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    /** The device's clock, ISO 8601 UTC. */
    clock: instant,
    /** The nonces of this round's pings, in any order. */
    nonces: z.array(NonceSchema).max(16),
    sensors: SensorsSchema,
    gnss: GnssClaimSchema.optional(),
    /** Whether the device is currently disabled (after a command or a local self-lock). */
    state: z.enum(['enabled', 'disabled']),
    /** Ids of commands executed since the last report: the signed acknowledgement. */
    acks: z.array(id).max(16),
  })
  .strict();

export const MeasurementSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.measurement),
    landmarkId: id,
    deviceId: id,
    nonce: NonceSchema,
    /** Round-trip time from sending the nonce to receiving the signed ping response, microseconds. */
    rttUs: z.number().int().min(0).max(60_000_000),
    measuredAt: instant,
  })
  .strict();

export const CommandSchema = z
  .object({
    type: z.literal(MESSAGE_TYPES.command),
    commandId: id,
    deviceId: id,
    action: z.enum(['disable', 'enable']),
    issuedAt: instant,
    /** User ids of the two officers whose approval the command needed (two-person rule). */
    approvedBy: z.array(id).length(2),
  })
  .strict();

export const signed = <S extends z.ZodType>(message: S) => z.object({ message, signature: SignatureSchema }).strict();

/** What a device posts: its signed report and the landmarks' signed measurements of this round. */
export const HeartbeatSchema = z
  .object({
    report: signed(ReportSchema),
    measurements: z.array(signed(MeasurementSchema)).max(16),
  })
  .strict();

export type NonceRequest = z.infer<typeof NonceRequestSchema>;
export type PingResponse = z.infer<typeof PingResponseSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Measurement = z.infer<typeof MeasurementSchema>;
export type Command = z.infer<typeof CommandSchema>;
export type Heartbeat = z.infer<typeof HeartbeatSchema>;
export interface Signed<M> {
  message: M;
  signature: string;
}

/** The exact text that is signed: canonical JSON of the message, as UTF-8. */
export const signingText = (message: object): string => canonicalJson(message);

/**
 * Signature verification is injected so the core stays pure: the app passes Node's
 * Ed25519 (crypto.verify); any other implementation of RFC 8032 verifies the same bytes.
 */
export interface SignatureVerifier {
  verify(text: string, signature: string, publicKey: string): boolean;
}
