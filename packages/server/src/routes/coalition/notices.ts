/**
 * Signed notices between agencies on different deployments (issue 14 item 3):
 *   GET  /coalition/notices/key         this agency's public notice key (to give partners)
 *   GET/POST /coalition/partners        partner agencies' registered public keys
 *   GET  /coalition/notices             notices issued and received (?kind, ?direction)
 *   POST /coalition/notices/export      sign one of this agency's denials (notified, amended or revoked)
 *   POST /coalition/notices/import      a partner's signed notice: verified, stored once (re-import is a no-op)
 *   POST /coalition/notices/push        send an issued notice to a partner's import endpoint
 *   POST /coalition/notices/consult     open a no-undercut consultation on an imported denial (a signed question)
 *   POST /coalition/notices/reply       the denying agency's answer, or the consulting agency's outcome
 */
import {
  addPartnerKey,
  consultPartner,
  exportDenialNotice,
  importNotice,
  listNotices,
  listPartnerKeys,
  noticeKey,
  pushNotice,
  replyToConsultation,
} from '@dualuse/app/coalition/index';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import {
  ConsultationReplySchema,
  ConsultPartnerSchema,
  ExportNoticeSchema,
  ImportOutcomeSchema,
  NewPartnerKeySchema,
  NoticeKeySchema,
  NoticeListQuery,
  NoticeViewSchema,
  PartnerKeySchema,
  PushNoticeSchema,
  SignedNoticeSchema,
} from './notices-schemas';

const TAGS = ['coalition'];
const errors = {
  400: problemResponse('Invalid input, bad signature or unknown issuer key (the field is named)'),
  404: problemResponse('Not found, or not visible to this tenant'),
  409: problemResponse('Conflict (e.g. a notice id reused for different content)'),
};

const keyRoute = secured('coalitions:read', {
  method: 'get',
  path: '/coalition/notices/key',
  tags: TAGS,
  summary: 'This agency’s public notice key, for partners to register',
  responses: { 200: json(NoticeKeySchema, 'Public key and key id'), ...errors },
});
const partnersRoute = secured('coalitions:read', {
  method: 'get',
  path: '/coalition/partners',
  tags: TAGS,
  summary: 'Partner agencies’ registered public keys',
  responses: { 200: json(z.object({ items: z.array(PartnerKeySchema) }), 'Partner keys') },
});
const addPartnerRoute = secured('coalitions:manage', {
  method: 'post',
  path: '/coalition/partners',
  tags: TAGS,
  summary: 'Register a partner agency’s public notice key (idempotent)',
  request: body(NewPartnerKeySchema),
  responses: { 201: json(PartnerKeySchema, 'The registered key'), ...errors },
});
const listRoute = secured('coalitions:read', {
  method: 'get',
  path: '/coalition/notices',
  tags: TAGS,
  summary: 'Signed notices this agency issued and received, oldest first',
  request: { query: NoticeListQuery },
  responses: { 200: json(z.object({ items: z.array(NoticeViewSchema) }), 'Notices') },
});
const exportRoute = secured('notices:send', {
  method: 'post',
  path: '/coalition/notices/export',
  tags: TAGS,
  summary: 'Sign the current state of one of this agency’s denials (denial, amendment or revocation)',
  request: body(ExportNoticeSchema),
  responses: { 200: json(SignedNoticeSchema, 'The signed notice'), ...errors },
});
const importRoute = secured('notices:import', {
  method: 'post',
  path: '/coalition/notices/import',
  tags: TAGS,
  summary: 'Import a partner’s signed notice: verified against its registered key; the same notice again is a no-op',
  request: body(SignedNoticeSchema),
  responses: { 200: json(ImportOutcomeSchema, 'Imported, or already imported'), ...errors },
});
const pushRoute = secured('notices:send', {
  method: 'post',
  path: '/coalition/notices/push',
  tags: TAGS,
  summary: 'Send a notice this agency issued to a partner deployment’s import endpoint',
  request: body(PushNoticeSchema),
  responses: { 200: json(ImportOutcomeSchema, 'The partner’s answer'), ...errors },
});
const consultRoute = secured('notices:send', {
  method: 'post',
  path: '/coalition/notices/consult',
  tags: TAGS,
  summary: 'Open a no-undercut consultation on a partner’s imported denial: a signed question',
  request: body(ConsultPartnerSchema),
  responses: { 200: json(SignedNoticeSchema, 'The signed question'), ...errors },
});
const replyRoute = secured('notices:send', {
  method: 'post',
  path: '/coalition/notices/reply',
  tags: TAGS,
  summary: 'Answer a consultation (the denying agency) or record its outcome (the consulting agency), signed',
  request: body(ConsultationReplySchema),
  responses: { 200: json(SignedNoticeSchema, 'The signed message'), ...errors },
});

export function registerCoalitionNotices(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(keyRoute, async (c) => c.json(await noticeKey(c.get('app'), c.get('principal')), 200));
  api.openapi(partnersRoute, async (c) =>
    c.json({ items: await listPartnerKeys(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(addPartnerRoute, async (c) =>
    c.json(await addPartnerKey(c.get('app'), c.get('principal'), c.req.valid('json')), 201),
  );
  api.openapi(listRoute, async (c) =>
    c.json({ items: await listNotices(c.get('app'), c.get('principal'), c.req.valid('query')) }, 200),
  );
  api.openapi(exportRoute, async (c) =>
    c.json(await exportDenialNotice(c.get('app'), c.get('principal'), c.req.valid('json').id), 200),
  );
  api.openapi(importRoute, async (c) =>
    c.json(await importNotice(c.get('app'), c.get('principal'), c.req.valid('json')), 200),
  );
  api.openapi(pushRoute, async (c) =>
    c.json(await pushNotice(c.get('app'), c.get('principal'), c.req.valid('json')), 200),
  );
  api.openapi(consultRoute, async (c) =>
    c.json(await consultPartner(c.get('app'), c.get('principal'), c.req.valid('json')), 200),
  );
  api.openapi(replyRoute, async (c) =>
    c.json(await replyToConsultation(c.get('app'), c.get('principal'), c.req.valid('json')), 200),
  );
}
