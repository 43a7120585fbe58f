/**
 * What each coalition route that takes a body accepts, keyed by "method path" like responses.ts. A body is refused
 * with its field named when a field is unknown or of the wrong type; the use cases (app/coalition) still check what a
 * schema leaves to them (lengths, ISO codes and dates, ids, the refusal criteria of the agency's country) and name
 * the field. The web's request types come from these (`npm run api:types`).
 */
import { DECISION_KINDS } from '@dualuse/core/coalition';
import { z } from '@hono/zod-openapi';
import { ApplicationInput, caseSteps, ControlEntryRef, PartyRef, ShareKind, Withholdable } from './schemas';

const settings = {
  shares: z
    .array(ShareKind)
    .optional()
    .openapi({ description: 'What members share (denials and undercuts if absent)' }),
  withheld: z.array(Withholdable).optional().openapi({ description: 'Fields removed from what is shared' }),
  consultationDays: z.number().int().optional().openapi({ description: 'Whole days, 1 to 365 (30 if absent)' }),
};
const agencyIds = (description: string) => z.array(z.string()).optional().openapi({ description });

const AgencyRegistration = z
  .object({ name: z.string(), country: z.string().openapi({ description: 'ISO 3166-1 alpha-2' }) })
  .strict()
  .openapi('AgencyRegistration');

const CoalitionFounding = z
  .object({ name: z.string(), members: agencyIds('Agencies invited (tenant ids)'), ...settings })
  .strict()
  .openapi('CoalitionFounding');

const CoalitionEdit = z
  .object({
    name: z.string().optional(),
    ...settings,
    invite: agencyIds('Agencies to invite (tenant ids)'),
    remove: agencyIds('Members to remove (tenant ids; never the founder)'),
  })
  .strict()
  .openapi('CoalitionEdit');

const CaseStep = z
  .object({
    to: z.string().optional().openapi({ description: 'assign: the officer' }),
    text: z.string().optional().openapi({ description: 'Every other step: what is noted, asked, advised or answered' }),
    advice: z.string().optional().openapi({ description: 'advice: the advice given, in a word' }),
  })
  .strict()
  .openapi('CaseStep');

const DecisionRequest = z
  .object({
    kind: z.enum(DECISION_KINDS),
    criteria: z.array(z.string()).optional().openapi({ description: 'A refusal: ids of the criteria refused on' }),
    reason: z.string().optional(),
    regimeRef: z.string().optional().openapi({ description: 'A refusal: the denial’s reference (country-reference)' }),
    provisos: z.array(z.string()).optional(),
    expires: z.string().optional().openapi({ description: 'An approval: the licence’s last day (YYYY-MM-DD)' }),
    licenceNumber: z.string().optional(),
    undercutJustification: z.string().optional(),
  })
  .strict()
  .openapi('DecisionRequest');

const DenialAmendment = z
  .object({
    reason: z.string().optional(),
    endUse: z.string().optional(),
    deniedParties: z.array(PartyRef).optional(),
    controlEntries: z.array(ControlEntryRef).optional(),
  })
  .strict()
  .openapi('DenialAmendment');

const MatrixRequest = z
  .union([
    z.object({ seed: z.literal(true), date: z.string() }).strict(),
    z
      .object({
        date: z.string().openapi({ description: 'YYYY-MM-DD' }),
        items: z.array(
          z.object({
            id: z.string(),
            label: z.string().optional(),
            classification: z.record(z.string(), z.string()).openapi({ description: '{jurisdiction: code}' }),
            origin: z.string().optional(),
          }),
        ),
        destinations: z.array(z.string()),
        jurisdictions: z
          .array(z.string())
          .optional()
          .openapi({ description: 'Every licensing jurisdiction if absent' }),
      })
      .strict(),
  ])
  .openapi('MatrixRequest');

export const BODIES: Record<string, z.ZodType> = {
  'post /agencies': AgencyRegistration,
  'post /coalitions': CoalitionFounding,
  'patch /coalitions/{id}': CoalitionEdit,
  'post /applications': ApplicationInput,
  ...caseSteps(CaseStep),
  'post /applications/{id}/decision': DecisionRequest,
  'post /denials/{id}/amend': DenialAmendment,
  'post /denials/{id}/revoke': z.object({ reason: z.string() }).strict().openapi('DenialRevocation'),
  'post /consultations': z
    .object({ applicationId: z.string(), denialId: z.string(), question: z.string() })
    .strict()
    .openapi('ConsultationRequest'),
  'post /consultations/{id}/messages': z
    .object({
      kind: z.enum(['question', 'answer']).optional().openapi({ description: 'answer if absent' }),
      text: z.string(),
    })
    .strict()
    .openapi('ConsultationMessageRequest'),
  'post /consultations/{id}/close': z.object({ outcome: z.string() }).strict().openapi('ConsultationClosing'),
  'post /matrix': MatrixRequest,
};
