/**
 * Consultations on draft agreements over HTTP (issue 15 item 4).
 *   POST /policy/consultations                      an agency opens a comment period (draft agreement, sourced)
 *   GET  /policy/consultations                      open consultations, and the caller's own
 *   POST /policy/consultations/{id}/comments        a stakeholder comments
 *   GET  /policy/consultations/{id}/comments        the comments the caller may see, with answers
 *   POST /policy/consultations/comments/{id}/responses   the agency answers a comment
 *   POST /policy/consultations/{id}/close           the agency closes the period
 */
import {
  closeConsultation,
  consultationComments,
  consultations,
  openConsultation,
  respondToComment,
  submitComment,
} from '@dualuse/app';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServerEnv } from '../../env';
import { body, json, secured, problemResponse } from '../../routing';
import {
  CommentResponseSchema,
  CommentSchema,
  CommentThreadSchema,
  ConsultationSchema,
  OpenConsultationSchema,
} from './agreement-schemas';

const Id = z.object({ id: z.string().min(1).max(100) });

const openRoute = secured('policy:decide', {
  method: 'post',
  path: '/policy/consultations',
  tags: ['policy'],
  summary: 'Open a comment period on a draft agreement (every known field sourced)',
  request: body(OpenConsultationSchema),
  responses: { 201: json(ConsultationSchema, 'The consultation'), 400: problemResponse('Invalid draft') },
});
const listRoute = secured('policy:read', {
  method: 'get',
  path: '/policy/consultations',
  tags: ['policy'],
  summary: 'Open consultations of every agency, and the caller’s own',
  responses: { 200: json(z.object({ consultations: z.array(ConsultationSchema) }), 'Consultations') },
});
const commentRoute = secured('policy:run', {
  method: 'post',
  path: '/policy/consultations/{id}/comments',
  tags: ['policy'],
  summary: 'Comment on an open consultation',
  request: {
    params: Id,
    ...body(z.object({ organisation: z.string().min(1).max(300), body: z.string().min(1).max(20000) })),
  },
  responses: { 201: json(CommentSchema, 'The comment'), 404: problemResponse('No such open consultation') },
});
const commentsRoute = secured('policy:read', {
  method: 'get',
  path: '/policy/consultations/{id}/comments',
  tags: ['policy'],
  summary: 'Comments the caller may see (all for the agency, its own for a stakeholder), with the answers',
  request: { params: Id },
  responses: { 200: json(z.object({ comments: z.array(CommentThreadSchema) }), 'Comments') },
});
const respondRoute = secured('policy:decide', {
  method: 'post',
  path: '/policy/consultations/comments/{id}/responses',
  tags: ['policy'],
  summary: 'The agency answers a comment on its consultation',
  request: { params: Id, ...body(z.object({ body: z.string().min(1).max(20000) })) },
  responses: {
    201: json(CommentResponseSchema, 'The answer'),
    404: problemResponse('No such comment on the caller’s consultations'),
  },
});
const closeRoute = secured('policy:decide', {
  method: 'post',
  path: '/policy/consultations/{id}/close',
  tags: ['policy'],
  summary: 'Close the comment period',
  request: { params: Id },
  responses: {
    200: json(ConsultationSchema, 'The closed consultation'),
    404: problemResponse('No such consultation of the caller'),
  },
});

export function registerConsultations(api: OpenAPIHono<ServerEnv>): void {
  api.openapi(openRoute, async (c) =>
    c.json(await openConsultation(c.get('app'), c.get('principal'), c.req.valid('json'), c.get('requestId')), 201),
  );
  api.openapi(listRoute, async (c) =>
    c.json({ consultations: await consultations(c.get('app'), c.get('principal')) }, 200),
  );
  api.openapi(commentRoute, async (c) =>
    c.json(
      await submitComment(c.get('app'), c.get('principal'), c.req.valid('param').id, {
        ...c.req.valid('json'),
        requestId: c.get('requestId'),
      }),
      201,
    ),
  );
  api.openapi(commentsRoute, async (c) =>
    c.json({ comments: await consultationComments(c.get('app'), c.get('principal'), c.req.valid('param').id) }, 200),
  );
  api.openapi(respondRoute, async (c) =>
    c.json(
      await respondToComment(c.get('app'), c.get('principal'), c.req.valid('param').id, {
        body: c.req.valid('json').body,
        requestId: c.get('requestId'),
      }),
      201,
    ),
  );
  api.openapi(closeRoute, async (c) =>
    c.json(await closeConsultation(c.get('app'), c.get('principal'), c.req.valid('param').id, c.get('requestId')), 200),
  );
}
