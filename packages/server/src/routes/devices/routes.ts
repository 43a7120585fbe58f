/** Officer API of end-use monitoring: registry, timelines, alerts, two-person commands. */
import {
  approveCommand,
  cancelCommand,
  getAlerts,
  getCommands,
  getDeviceTimeline,
  getDevices,
  getLandmarks,
  proposeCommand,
  registerDevice,
  registerLandmark,
  resolveAlert,
  scanSilentDevices,
} from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import { UuidParam } from '../../schemas';
import { registerDeviceEvidence } from './evidence';
import { registerDeviceRequests } from './requests';
import { Alert, Command, Device, Landmark, NewDevice, NewLandmark, text, Timeline } from './schemas';

const listDevices = secured('devices:read', {
  tags: ['devices'],
  method: 'get',
  path: '/devices',
  summary: 'Monitored devices of the tenant',
  responses: { 200: json(z.object({ devices: z.array(Device) }), 'Devices') },
});
const createDevice = secured('devices:write', {
  tags: ['devices'],
  method: 'post',
  path: '/devices',
  summary: 'Register a device, its licensed site and heartbeat duty; returns the agency key to provision',
  request: body(NewDevice),
  responses: {
    201: json(Device.extend({ agencyPublicKey: z.string() }), 'The device'),
    409: problemResponse('Serial or key taken'),
  },
});
const timeline = secured('devices:read', {
  tags: ['devices'],
  method: 'get',
  path: '/devices/{id}',
  summary: 'A device with its heartbeats (newest first), alerts and commands',
  request: { params: UuidParam },
  responses: { 200: json(Timeline, 'Timeline'), 404: problemResponse('No such device') },
});
const listLandmarks = secured('devices:read', {
  tags: ['devices'],
  method: 'get',
  path: '/landmarks',
  summary: 'Trusted measurement landmarks',
  responses: { 200: json(z.object({ landmarks: z.array(Landmark) }), 'Landmarks') },
});
const createLandmark = secured('devices:write', {
  tags: ['devices'],
  method: 'post',
  path: '/landmarks',
  summary: 'Register a landmark with its coordinates and key',
  request: body(NewLandmark),
  responses: { 201: json(Landmark, 'The landmark') },
});
const alerts = secured('devices:read', {
  tags: ['devices'],
  method: 'get',
  path: '/device-alerts',
  summary: 'Alerts, newest first',
  request: {
    query: z.object({
      open: z.enum(['true', 'false']).optional(),
      kind: z.string().max(40).optional(),
      deviceId: z.uuid().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: { 200: json(z.object({ alerts: z.array(Alert) }), 'Alerts') },
});
const resolve = secured('devices:write', {
  tags: ['devices'],
  method: 'post',
  path: '/device-alerts/{id}/resolve',
  summary: 'Resolve an alert with a note',
  request: { params: UuidParam, ...body(z.object({ note: text(2000) }).strict()) },
  responses: { 200: json(Alert, 'The resolved alert') },
});
const scan = secured('devices:write', {
  tags: ['devices'],
  method: 'post',
  path: '/device-alerts/scan-silence',
  summary: 'Raise "silent" alerts for devices past their heartbeat duty and grace',
  responses: { 200: json(z.object({ alerts: z.array(Alert) }), 'New alerts') },
});
const commands = secured('devices:read', {
  tags: ['devices'],
  method: 'get',
  path: '/device-commands',
  summary: 'Commands, newest first (the approval queue: status=proposed)',
  request: {
    query: z.object({
      status: z.string().max(100).optional(),
      deviceId: z.uuid().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: { 200: json(z.object({ commands: z.array(Command) }), 'Commands') },
});
const propose = secured('devices:command', {
  tags: ['devices'],
  method: 'post',
  path: '/devices/{id}/commands',
  summary: 'Propose a disable/enable command (a different officer must approve it)',
  request: {
    params: UuidParam,
    ...body(z.object({ action: z.enum(['disable', 'enable']), reason: text(2000) }).strict()),
  },
  responses: { 201: json(Command, 'The proposed command') },
});
const approve = secured('devices:approve', {
  tags: ['devices'],
  method: 'post',
  path: '/device-commands/{id}/approve',
  summary: 'Approve a command proposed by another officer; signs it for delivery',
  request: { params: UuidParam },
  responses: { 200: json(Command, 'The signed command') },
});
const cancel = secured('devices:command', {
  tags: ['devices'],
  method: 'post',
  path: '/device-commands/{id}/cancel',
  summary: 'Cancel a proposed command',
  request: { params: UuidParam },
  responses: { 200: json(Command, 'The cancelled command') },
});

export function registerDevices(api: OpenAPIHono<ServerEnv>): void {
  registerDeviceEvidence(api);
  registerDeviceRequests(api);
  api.openapi(listDevices, async (c) => c.json({ devices: await getDevices(c.get('app'), c.get('principal')) }, 200));
  api.openapi(createDevice, async (c) =>
    c.json(await registerDevice(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 201),
  );
  api.openapi(timeline, async (c) =>
    c.json(await getDeviceTimeline(c.get('app'), c.get('principal'), c.req.valid('param').id), 200),
  );
  api.openapi(listLandmarks, async (c) =>
    c.json({ landmarks: await getLandmarks(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(createLandmark, async (c) =>
    c.json(await registerLandmark(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 201),
  );
  api.openapi(alerts, async (c) => {
    const q = c.req.valid('query');
    return c.json(
      { alerts: await getAlerts(c.get('app'), c.get('principal'), { ...q, open: q.open === 'true' }) },
      200,
    );
  });
  api.openapi(resolve, async (c) =>
    c.json(
      await resolveAlert(c.get('app'), c.get('principal'), c.req.valid('param').id, {
        note: c.req.valid('json').note,
        requestId: c.get('requestId'),
      }),
      200,
    ),
  );
  api.openapi(scan, async (c) =>
    c.json({ alerts: await scanSilentDevices(c.get('app'), c.get('principal'), c.get('requestId')) }, 200),
  );
  api.openapi(commands, async (c) => {
    const q = c.req.valid('query');
    return c.json(
      {
        commands: await getCommands(c.get('app'), c.get('principal'), {
          ...q,
          status: q.status ? q.status.split(',') : undefined,
        } as never),
      },
      200,
    );
  });
  api.openapi(propose, async (c) =>
    c.json(
      await proposeCommand(c.get('app'), c.get('principal'), c.req.valid('param').id, {
        ...c.req.valid('json'),
        requestId: c.get('requestId'),
      }),
      201,
    ),
  );
  api.openapi(approve, async (c) =>
    c.json(await approveCommand(c.get('app'), c.get('principal'), c.req.valid('param').id, c.get('requestId')), 200),
  );
  api.openapi(cancel, async (c) =>
    c.json(await cancelCommand(c.get('app'), c.get('principal'), c.req.valid('param').id, c.get('requestId')), 200),
  );
}
