/**
 * What each coalition route answers, keyed by "method path" so a route keeps its definition in index.ts (schemas in
 * schemas.ts; a route not listed here answers an open object). coalition.test.ts checks every successful answer of a
 * listed route against its schema.
 */
import { z } from '@hono/zod-openapi';
import { LicenceSchema } from '../licensing/licence-schemas';
import {
  Agency,
  Application,
  ApplicationCase,
  ApplicationDecision,
  ApplicationEvent,
  caseSteps,
  Coalition,
  CoalitionMember,
  Consultation,
  ConsultationMessage,
  DenialMatch,
  DenialNotice,
  DenialRecord,
  items,
  MatrixAnswer,
  Undercut,
} from './schemas';

const ConsultationRecord = Consultation.omit({ role: true, overdue: true, messages: true }).openapi(
  'ConsultationRecord',
  { description: 'A consultation as stored (its messages are read with GET /consultations)' },
);

/** A refusal records a denial and shares it; an approval issues the licence, naming the allied denials it undercuts. */
const DecisionOutcome = z
  .union([
    z
      .object({
        decision: ApplicationDecision,
        denial: DenialNotice,
        sharedWith: z.array(z.string()).openapi({ description: 'The coalitions the denial was shared with' }),
      })
      .openapi('Refusal'),
    z
      .object({
        decision: ApplicationDecision,
        licence: LicenceSchema,
        undercuts: z.array(DenialMatch).openapi({ description: 'Allied denials approved despite, with a notice each' }),
      })
      .openapi('Approval'),
  ])
  .openapi('DecisionOutcome');

export const RESPONSES: Record<string, z.ZodType> = {
  'get /agencies': items(Agency, 'AgencyList'),
  'get /coalitions': items(Coalition, 'CoalitionList'),
  'get /coalitions/{id}': Coalition,
  'patch /coalitions/{id}': Coalition,
  'get /applications': items(Application, 'ApplicationList'),
  'get /applications/{id}': ApplicationCase,
  'post /applications/{id}/match': items(DenialMatch, 'DenialMatchList'),
  'post /applications/{id}/decision': DecisionOutcome,
  'get /denials': items(
    z.object({ notice: DenialNotice, shareId: z.string().optional(), coalitionId: z.string().optional() }),
    'VisibleDenialList',
  ),
  'get /denials/review': items(DenialNotice, 'DenialReviewQueue'),
  'get /denials/{id}': DenialRecord.extend({ history: z.array(DenialRecord) }).openapi('DenialDetail'),
  'post /denials/{id}/amend': DenialNotice,
  'post /denials/{id}/revoke': DenialRecord,
  'get /undercuts': items(Undercut, 'UndercutList'),
  'get /consultations': items(Consultation, 'ConsultationList'),
  'post /consultations': ConsultationRecord,
  'post /consultations/{id}/messages': ConsultationMessage,
  'post /consultations/{id}/close': ConsultationRecord,
  'post /matrix': MatrixAnswer,
  'post /agencies': Agency,
  'post /coalitions': Coalition.omit({ members: true }).openapi('NewCoalition'),
  'post /coalitions/{id}/accept': CoalitionMember,
  'post /applications': Application,
  ...caseSteps(ApplicationEvent),
};
