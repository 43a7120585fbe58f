/**
 * Coalition coordination (issue 14). Every route is `secured` with its permission; which rows a
 * caller sees across tenants is decided by the database's row-level security (migration 0012).
 *   GET/POST /agencies                      directory; register this tenant as an agency
 *   GET/POST /coalitions, GET/PATCH /coalitions/{id}, POST /coalitions/{id}/accept
 *   GET/POST /applications, GET /applications/{id}
 *   POST /applications/{id}/{match|assign|note|question|advice|countersign|answer|decision}
 *   GET /denials, GET /denials/review, GET /denials/{id}, POST /denials/{id}/amend|revoke, GET /undercuts
 *   GET/POST /consultations, POST /consultations/{id}/messages, POST /consultations/{id}/close
 *   POST /matrix (JSON, or CSV with ?format=csv)
 */
import {
  acceptCoalition,
  actOnApplication,
  agencies,
  amendDenial,
  closeCoalitionConsultation,
  createCoalition,
  decideApplication,
  denialReviewQueue,
  listApplications,
  listCoalitions,
  listConsultations,
  listDenials,
  listUndercuts,
  matchApplication,
  openCoalitionConsultation,
  postConsultationMessage,
  registerAgency,
  revokeDenial,
  showApplication,
  showCoalition,
  showDenial,
  submitApplication,
  updateCoalition,
  weakestLinkMatrix,
} from '@dualuse/app/coalition/index';
import { matrixCsv } from '@dualuse/core/coalition';
import { z } from '@hono/zod-openapi';
import { add, type Api, type Ctx, type Spec } from './spec';
import { ACTS } from './case-steps';

const app = (c: Ctx) => c.get('app');
const who = (c: Ctx) => c.get('principal');
export function registerCoalition(api: Api): void {
  const specs: Spec[] = [
    {
      permission: 'coalitions:read',
      method: 'get',
      path: '/agencies',
      summary: 'The agency directory',
      run: (c) => agencies(app(c), who(c)),
    },
    {
      permission: 'coalitions:manage',
      method: 'post',
      path: '/agencies',
      summary: 'Register this tenant as an agency (name, country)',
      withBody: true,
      run: (c, i) => registerAgency(app(c), who(c), i.body),
    },
    {
      permission: 'coalitions:read',
      method: 'get',
      path: '/coalitions',
      summary: 'Coalitions this agency founded, belongs to or is invited to',
      run: (c) => listCoalitions(app(c), who(c)),
    },
    {
      permission: 'coalitions:manage',
      method: 'post',
      path: '/coalitions',
      summary: 'Found a coalition (members, shares, withheld fields, consultation days)',
      withBody: true,
      status: 201,
      run: (c, i) => createCoalition(app(c), who(c), i.body),
    },
    {
      permission: 'coalitions:read',
      method: 'get',
      path: '/coalitions/{id}',
      summary: 'One coalition with its members',
      run: (c, i) => showCoalition(app(c), who(c), i.id),
    },
    {
      permission: 'coalitions:manage',
      method: 'patch',
      path: '/coalitions/{id}',
      summary: 'Edit a coalition (founder): name, shares, withheld fields, consultation days; invite or remove members',
      withBody: true,
      run: (c, i) => updateCoalition(app(c), who(c), i.id, i.body),
    },
    {
      permission: 'coalitions:manage',
      method: 'post',
      path: '/coalitions/{id}/accept',
      summary: 'Accept an invitation to a coalition',
      run: (c, i) => acceptCoalition(app(c), who(c), i.id),
    },
    {
      permission: 'applications:read',
      method: 'get',
      path: '/applications',
      summary: 'Applications sent (side=applicant) or received (side=agency)',
      query: z.object({ side: z.enum(['applicant', 'agency']).optional(), status: z.string().max(40).optional() }),
      run: (c, i) => listApplications(app(c), who(c), i.query as never),
    },
    {
      permission: 'applications:submit',
      method: 'post',
      path: '/applications',
      summary: 'Submit a licence application to an agency',
      withBody: true,
      status: 201,
      run: (c, i) => submitApplication(app(c), who(c), i.body),
    },
    {
      permission: 'applications:read',
      method: 'get',
      path: '/applications/{id}',
      summary: 'The case (the applicant sees questions and the decision; the agency everything)',
      run: (c, i) => showApplication(app(c), who(c), i.id),
    },
    {
      permission: 'applications:work',
      method: 'post',
      path: '/applications/{id}/match',
      summary: 'Match the application against the denials in force the agency can see',
      run: (c, i) => matchApplication(app(c), who(c), i.id),
    },
    ...ACTS.map(([act, permission, summary]): Spec => ({
      permission,
      method: 'post',
      path: `/applications/{id}/${act}`,
      summary,
      withBody: true,
      status: 201,
      run: (c, i) => actOnApplication(app(c), who(c), i.id, { ...i.body, act }),
    })),
    {
      permission: 'applications:decide',
      method: 'post',
      path: '/applications/{id}/decision',
      summary: 'Approve, approve with provisos, or refuse with criteria',
      withBody: true,
      run: (c, i) => decideApplication(app(c), who(c), i.id, i.body),
    },
    {
      permission: 'denials:read',
      method: 'get',
      path: '/denials',
      summary: 'The denial register (scope=visible adds allies’ shared denials)',
      query: z.object({ scope: z.enum(['own', 'visible']).optional() }),
      run: (c, i) => listDenials(app(c), who(c), i.query as never),
    },
    {
      permission: 'denials:read',
      method: 'get',
      path: '/denials/review',
      summary: 'Denials due for review (three years, Reg. (EU) 2021/821 Art. 16)',
      run: (c) => denialReviewQueue(app(c), who(c)),
    },
    {
      permission: 'denials:read',
      method: 'get',
      path: '/denials/{id}',
      summary: 'One denial with its revisions',
      run: (c, i) => showDenial(app(c), who(c), i.id),
    },
    {
      permission: 'denials:write',
      method: 'post',
      path: '/denials/{id}/amend',
      summary: 'Amend a denial (a new revision, re-shared)',
      withBody: true,
      run: (c, i) => amendDenial(app(c), who(c), i.id, i.body),
    },
    {
      permission: 'denials:write',
      method: 'post',
      path: '/denials/{id}/revoke',
      summary: 'Revoke a denial (withdrawn from every coalition)',
      withBody: true,
      run: (c, i) => revokeDenial(app(c), who(c), i.id, i.body),
    },
    {
      permission: 'denials:read',
      method: 'get',
      path: '/undercuts',
      summary: 'Undercut notices from allies',
      run: (c) => listUndercuts(app(c), who(c)),
    },
    {
      permission: 'consultations:read',
      method: 'get',
      path: '/consultations',
      summary: 'Consultations this agency opened or is asked in',
      run: (c) => listConsultations(app(c), who(c)),
    },
    {
      permission: 'consultations:write',
      method: 'post',
      path: '/consultations',
      summary: 'Consult the agency that denied an essentially identical transaction',
      withBody: true,
      status: 201,
      run: (c, i) => openCoalitionConsultation(app(c), who(c), i.body),
    },
    {
      permission: 'consultations:write',
      method: 'post',
      path: '/consultations/{id}/messages',
      summary: 'A question, or the denying agency’s answer',
      withBody: true,
      status: 201,
      run: (c, i) => postConsultationMessage(app(c), who(c), i.id, i.body),
    },
    {
      permission: 'consultations:write',
      method: 'post',
      path: '/consultations/{id}/close',
      summary: 'Close a consultation with its outcome',
      withBody: true,
      run: (c, i) => closeCoalitionConsultation(app(c), who(c), i.id, i.body),
    },
    {
      permission: 'matrix:read',
      method: 'post',
      path: '/matrix',
      summary: 'Weakest-link matrix: items × destinations × jurisdictions ({"seed": true, "date"} for the seed)',
      withBody: true,
      query: z.object({ format: z.enum(['json', 'csv']).optional() }),
      run: async (c, i) => {
        const r = await weakestLinkMatrix(app(c), who(c), i.body);
        return i.query.format === 'csv' ? matrixCsv(r.rows) : r;
      },
    },
  ];
  for (const s of specs) add(api, s);
}
export { registerCoalitionNotices } from './notices';
export { registerCoalitionSharedLists } from './shared-lists';
