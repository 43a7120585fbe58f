/**
 * Named schemas of what the coalition routes answer (responses.ts maps them to routes; the web's wire types come from
 * them through `npm run api:types`). Dates of stored rows travel as ISO strings.
 */
import { z } from '@hono/zod-openapi';
import { SHARE_KINDS, WITHHOLDABLE } from '@dualuse/app';
import { HitExplanationSchema } from '../screening/schemas';
import { ACTS } from './case-steps';

export const at = z.string().openapi({ description: 'ISO date-time' });
/** One schema for each case step's route (ACTS in case-steps.ts), keyed as bodies.ts and responses.ts key. */
export const caseSteps = (schema: z.ZodType): Record<string, z.ZodType> =>
  Object.fromEntries(ACTS.map(([act]) => [`post /applications/{id}/${act}`, schema]));
export const items = <T extends z.ZodType>(schema: T, name: string) =>
  z.object({ items: z.array(schema) }).openapi(name);

export const ControlEntryRef = z.object({ jurisdiction: z.string(), code: z.string() }).openapi('ControlEntryRef');
const PartyRole = z.enum(['end_user', 'consignee', 'intermediate_consignee', 'purchaser', 'other']);
export const PartyRef = z
  .object({
    role: PartyRole,
    name: z.string(),
    country: z.string().optional(),
    address: z.string().optional(),
    identifiers: z.array(z.object({ type: z.string().optional(), value: z.string() })).optional(),
  })
  .openapi('PartyRef');

export const ApplicationInput = z
  .object({
    agencyId: z.string(),
    reference: z.string(),
    destination: z.string(),
    items: z.array(
      z.object({
        description: z.string(),
        controlEntries: z.array(ControlEntryRef),
        quantity: z.number().optional(),
        value: z.number().optional(),
      }),
    ),
    parties: z.array(PartyRef),
    endUse: z.string(),
    determinationId: z.string().optional(),
  })
  .openapi('ApplicationInput');

export const DenialMatch = z
  .object({
    denialId: z.string(),
    agencyId: z.string(),
    agencyName: z.string(),
    regimeRef: z.string(),
    essentiallyIdentical: z.boolean(),
    score: z.number(),
    scoreLabel: z.string(),
    controls: z.array(
      z.object({ application: ControlEntryRef, denial: ControlEntryRef, via: z.string(), how: z.string() }),
    ),
    parties: z.array(
      z.object({
        applicationParty: z.string(),
        applicationRole: PartyRole,
        deniedParty: z.string(),
        deniedRole: PartyRole,
        score: z.number(),
        method: z.string(),
        explanation: HitExplanationSchema,
      }),
    ),
    sameDestination: z.boolean(),
    endUse: z.object({ score: z.number(), shared: z.array(z.string()) }),
    explanation: z.array(z.string()),
  })
  .openapi('DenialMatch');

const RefusalCriterion = z
  .object({
    id: z.string(),
    number: z.number(),
    heading: z.string(),
    citation: z.string(),
    verified: z.boolean(),
    verification: z
      .object({ quote: z.string(), document: z.string(), url: z.string(), note: z.string().optional() })
      .optional()
      .openapi({ description: 'Where a verified heading was read in the official text' }),
  })
  .openapi('RefusalCriterion');

export const ApplicationDecision = z
  .object({
    kind: z.enum(['approve', 'approve_with_provisos', 'refuse']),
    provisos: z.array(z.string()).optional(),
    criteria: z.array(RefusalCriterion).optional(),
    reason: z.string().optional(),
    licence: z.string().optional(),
    decidedBy: z.string().optional(),
    undercutJustification: z.string().optional(),
    denialId: z.string().optional().openapi({ description: 'A refusal: the denial it recorded' }),
    undercuts: z.array(z.string()).optional().openapi({ description: 'An approval: the allied denials it undercuts' }),
  })
  .openapi('ApplicationDecision');

const EvidenceDetermination = z
  .object({
    jurisdiction: z.string(),
    decision: z.string(),
    authorisation: z.string().optional(),
    policy: z.string().optional(),
    rules: z.array(
      z.object({
        id: z.string(),
        citation: z.string(),
        title: z.string(),
        why: z.string(),
        item: z.number().optional(),
      }),
    ),
    openQuestions: z.array(z.string()),
  })
  .openapi('EvidenceDetermination');

const ApplicationEvidence = z
  .union([
    z.object({
      determinationId: z.string(),
      asOf: z.string(),
      determinations: z.array(EvidenceDetermination),
      warnings: z.array(z.string()),
    }),
    z.object({ unavailable: z.string() }),
  ])
  .openapi('ApplicationEvidence', {
    description:
      'The licence determination the server computed on submission (rule chain per jurisdiction), or why none',
  });

export const Application = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    agencyId: z.string(),
    reference: z.string(),
    applicantName: z.string().openapi({ description: 'The applicant tenant’s name when it submitted' }),
    evidence: z.union([ApplicationEvidence, z.null()]),
    status: z.string(),
    input: ApplicationInput,
    matches: z.array(DenialMatch),
    assignedTo: z.string().nullable(),
    countersignedBy: z.string().nullable(),
    decision: z.union([ApplicationDecision, z.null()]),
    decidedAt: at.nullable(),
    submittedAt: at,
  })
  .openapi('Application');

/** One step of a case file: a note, a question to the applicant and its answer, an assignment, a countersignature. */
export const ApplicationEvent = z
  .object({
    id: z.string(),
    kind: z.string(),
    body: z.object({ text: z.string().optional(), advice: z.string().optional(), assigned: z.string().optional() }),
    author: z.string(),
    createdAt: at,
  })
  .openapi('ApplicationEvent');

export const ApplicationCase = Application.extend({
  events: z.array(ApplicationEvent),
  clock: z.object({ elapsedDays: z.number(), stoppedDays: z.number(), awaitingApplicant: z.boolean() }),
}).openapi('ApplicationCase');

export const DenialNotice = z
  .object({
    id: z.string(),
    agencyId: z.string(),
    agencyName: z.string(),
    agencyCountry: z.string(),
    regimeRef: z.string(),
    controlEntries: z.array(ControlEntryRef),
    item: z.string(),
    destination: z.string(),
    endUse: z.string(),
    reason: z.string(),
    criteria: z.array(z.string()),
    deniedParties: z.array(PartyRef),
    deniedOn: z.string(),
    reviewDate: z.string(),
    status: z.enum(['in_force', 'revoked']),
    withheld: z.array(z.string()).optional(),
  })
  .openapi('DenialNotice');

export const DenialRecord = z
  .object({
    id: z.string(),
    regimeRef: z.string(),
    revision: z.number(),
    notice: DenialNotice,
    status: z.string(),
    deniedOn: z.string(),
    reviewDate: z.string(),
    createdBy: z.string(),
    createdAt: at,
  })
  .openapi('DenialRecord');

export const ConsultationMessage = z
  .object({ id: z.string(), kind: z.string(), body: z.string(), author: z.string(), createdAt: at })
  .openapi('ConsultationMessage');

export const Consultation = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    counterpartId: z.string(),
    applicationId: z.string(),
    denialRef: z.string(),
    deadline: z.string(),
    status: z.enum(['open', 'answered', 'closed']),
    outcome: z.string().nullable(),
    createdAt: at,
    role: z.enum(['consulting', 'denying']),
    overdue: z.boolean(),
    messages: z.array(ConsultationMessage),
  })
  .openapi('Consultation');

export const Undercut = z
  .object({
    approvingAgency: z.object({ id: z.string(), name: z.string(), country: z.string() }),
    regimeRef: z.string(),
    justification: z.string(),
    approvedOn: z.string(),
    notifyBy: z.string(),
    explanation: z.array(z.string()),
    addressedToMe: z.boolean(),
    publishedAt: at,
  })
  .openapi('Undercut');

export const Agency = z
  .object({ tenantId: z.string(), name: z.string(), country: z.string(), keyId: z.string().nullable(), createdAt: at })
  .openapi('Agency');

export const CoalitionMember = z
  .object({ coalitionId: z.string(), memberId: z.string(), acceptedAt: at.nullable() })
  .openapi('CoalitionMember');

// What a coalition may share and withhold (the lists app/coalition/coalitions.ts accepts).
export const ShareKind = z.enum(SHARE_KINDS).openapi('ShareKind');
export const Withholdable = z.enum(WITHHOLDABLE).openapi('Withholdable');

export const Coalition = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    name: z.string(),
    shares: z.array(ShareKind),
    withheld: z.array(Withholdable),
    consultationDays: z.number(),
    createdAt: at,
    members: z.array(CoalitionMember),
  })
  .openapi('Coalition');

const Decision = z.enum(['NOT_SUBJECT', 'NO_LICENCE_REQUIRED', 'LICENCE_EXCEPTION', 'LICENCE_REQUIRED', 'PROHIBITED']);
export const MatrixAnswer = z
  .object({
    request: z.object({
      date: z.string(),
      items: z.array(z.object({ id: z.string(), label: z.string(), classification: z.record(z.string(), z.string()) })),
      destinations: z.array(z.string()),
      jurisdictions: z.array(z.string()),
    }),
    rows: z.array(
      z.object({
        item: z.string(),
        destination: z.string(),
        weakLink: z.boolean(),
        weakest: z.array(z.string()),
        cells: z.array(
          z.object({
            item: z.string(),
            destination: z.string(),
            jurisdiction: z.string(),
            exporter: z.string(),
            decision: Decision,
            authorisation: z.string().optional(),
            policy: z.string().optional(),
            rules: z.array(z.object({ id: z.string(), citation: z.string() })),
            open_questions: z.array(z.string()),
          }),
        ),
      }),
    ),
  })
  .openapi('MatrixAnswer');
