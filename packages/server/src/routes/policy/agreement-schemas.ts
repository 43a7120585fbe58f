/**
 * Request and response schemas of the S&T agreement registry and its consultations (issue 15 item 4): an agreement
 * with every field sourced or "unknown", the comparison matrix and research-security flags, and the comment
 * periods on draft agreements. The core validator (`parseAgreement`) still checks what a schema cannot say: a
 * known value without its quoted source, a kind that does not fit the number of parties.
 */
import { TERMS } from '@dualuse/core/policy';
import { z } from '@hono/zod-openapi';

const Strings = z.array(z.string());
const source = {
  quote: z.string().optional(),
  url: z.string().optional(),
  citation: z.string().optional(),
  note: z.string().optional().openapi({ description: 'How the value follows from the quote' }),
};

export const SourcedSchema = z
  .object({ value: z.string().openapi({ description: 'The value, or "unknown"' }), ...source })
  .openapi('Sourced');

const SourcedListSchema = z
  .object({ value: z.union([Strings, z.literal('unknown')]), ...source })
  .openapi('SourcedList');

export const AgreementSchema = z
  .object({
    id: z.string().min(1).max(200),
    title: z.string().min(1).max(500),
    parties: z.array(z.string().max(10)).openapi({ description: 'ISO alpha-2 codes, or EU' }),
    kind: z.enum(['bilateral', 'plurilateral']),
    signed: SourcedSchema,
    inForce: SourcedSchema,
    expiry: SourcedSchema,
    fields: SourcedListSchema,
    terms: z.object(
      Object.fromEntries(TERMS.map((t) => [t, SourcedSchema])) as Record<(typeof TERMS)[number], typeof SourcedSchema>,
    ),
    agencies: SourcedListSchema,
  })
  .openapi('Agreement');

export const AgreementComparisonSchema = z
  .object({
    matrix: z.object({
      agreements: z.array(z.object({ id: z.string(), title: z.string(), parties: Strings })),
      rows: z.array(z.object({ term: z.string(), cells: z.array(SourcedSchema) })),
    }),
    flags: z.array(
      z.object({
        id: z.string(),
        fields: z.array(z.object({ field: z.string(), controls: z.string() })),
        researchSecurity: z.string(),
        flagged: z.boolean(),
        why: z.string(),
      }),
    ),
  })
  .openapi('AgreementComparison');

export const ConsultationSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    agreementKey: z.string(),
    closesOn: z.string(),
    status: z.string(),
    own: z.boolean().openapi({ description: 'Opened by the caller’s tenant' }),
    createdAt: z.string(),
  })
  .openapi('PolicyConsultation');

export const OpenConsultationSchema = z
  .object({ title: z.string().min(1).max(300), draft: AgreementSchema, closesOn: z.string().max(10) })
  .openapi('OpenPolicyConsultation');

export const CommentSchema = z
  .object({
    id: z.string(),
    consultationId: z.string(),
    organisation: z.string(),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi('PolicyConsultationComment');

export const CommentThreadSchema = z
  .object({
    id: z.string(),
    organisation: z.string(),
    body: z.string(),
    own: z.boolean(),
    createdAt: z.string(),
    responses: z.array(z.object({ body: z.string(), createdAt: z.string() })),
  })
  .openapi('PolicyCommentThread');

export const CommentResponseSchema = z
  .object({ id: z.string(), commentId: z.string(), body: z.string() })
  .openapi('PolicyCommentResponse');
