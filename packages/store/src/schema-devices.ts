/** End-use monitoring tables of migrations/0004_devices.sql (all tenant-owned, row-level security). */
import { bigint, boolean, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const devices = pgTable('devices', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  serial: text('serial').notNull(),
  model: text('model').notNull(),
  eccn: text('eccn').notNull(),
  licenceRef: text('licence_ref').notNull(),
  publicKey: text('public_key').notNull(),
  siteLat: doublePrecision('site_lat').notNull(),
  siteLon: doublePrecision('site_lon').notNull(),
  siteRadiusKm: doublePrecision('site_radius_km').notNull(),
  siteCountry: text('site_country').notNull(),
  heartbeatHours: integer('heartbeat_hours').notNull(),
  graceHours: integer('grace_hours').notNull(),
  relocationNeedsNotice: boolean('relocation_needs_notice').notNull().default(true),
  lastCounter: bigint('last_counter', { mode: 'number' }).notNull().default(0),
  startingCounter: bigint('starting_counter', { mode: 'number' }).notNull().default(0),
  proscribedCountries: text('proscribed_countries').array(),
  lastHeartbeatAt: at('last_heartbeat_at'),
  lastDecision: text('last_decision'),
  state: text('state').notNull().default('enabled'),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const landmarks = pgTable('landmarks', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  name: text('name').notNull(),
  operator: text('operator').notNull(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
  publicKey: text('public_key').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

export const deviceNonces = pgTable('device_nonces', {
  nonce: text('nonce').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  landmarkId: uuid('landmark_id').notNull(),
  deviceId: uuid('device_id').notNull(),
  issuedAt: at('issued_at').notNull(),
  expiresAt: at('expires_at').notNull(),
  usedAt: at('used_at'),
});

export const deviceHeartbeats = pgTable('device_heartbeats', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  deviceId: uuid('device_id').notNull(),
  receivedAt: at('received_at').notNull(),
  counter: bigint('counter', { mode: 'number' }).notNull(),
  accepted: boolean('accepted').notNull(),
  report: jsonb('report').notNull(),
  signature: text('signature').notNull(),
  findings: jsonb('findings').notNull(),
  decision: text('decision').notNull(),
  verdict: jsonb('verdict').notNull(),
});

export const landmarkMeasurements = pgTable('landmark_measurements', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  heartbeatId: uuid('heartbeat_id').notNull(),
  landmarkId: text('landmark_id').notNull(),
  nonce: text('nonce').notNull(),
  rttUs: bigint('rtt_us', { mode: 'number' }).notNull(),
  message: jsonb('message').notNull(),
  signature: text('signature').notNull(),
  valid: boolean('valid').notNull(),
});

export const deviceAlerts = pgTable('device_alerts', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  deviceId: uuid('device_id').notNull(),
  heartbeatId: uuid('heartbeat_id'),
  kind: text('kind').notNull(),
  severity: text('severity').notNull(),
  message: text('message').notNull(),
  raisedAt: at('raised_at').notNull(),
  resolvedAt: at('resolved_at'),
  resolvedBy: jsonb('resolved_by'),
});

export const deviceCommands = pgTable('device_commands', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  deviceId: uuid('device_id').notNull(),
  action: text('action').notNull(),
  reason: text('reason').notNull(),
  status: text('status').notNull().default('proposed'),
  proposedBy: uuid('proposed_by').notNull(),
  proposedAt: at('proposed_at').notNull(),
  approvedBy: uuid('approved_by'),
  approvedAt: at('approved_at'),
  signedCommand: jsonb('signed_command'),
  deliveredAt: at('delivered_at'),
  acknowledgedAt: at('acknowledged_at'),
  ackHeartbeatId: uuid('ack_heartbeat_id'),
});

export const agencyKeys = pgTable('agency_keys', {
  tenantId: uuid('tenant_id').primaryKey(),
  publicKey: text('public_key').notNull(),
  seed: text('seed').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** Relocation notices and re-enable requests, each with its decision (migration 0015). */
export const deviceRequests = pgTable('device_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id').notNull(),
  deviceId: uuid('device_id').notNull(),
  kind: text('kind').$type<'relocation' | 're-enable'>().notNull(),
  details: jsonb('details').notNull(),
  reason: text('reason').notNull(),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: at('requested_at').notNull(),
  status: text('status').$type<'open' | 'accepted' | 'refused'>().notNull().default('open'),
  decidedBy: uuid('decided_by'),
  decidedAt: at('decided_at'),
  decisionReason: text('decision_reason'),
  commandId: uuid('command_id'),
});

export const devicesTables = {
  devices,
  landmarks,
  deviceNonces,
  deviceHeartbeats,
  landmarkMeasurements,
  deviceAlerts,
  deviceCommands,
  agencyKeys,
  deviceRequests,
};
