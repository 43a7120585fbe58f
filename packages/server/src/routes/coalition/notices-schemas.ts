/** Wire types of the signed-notice routes (routes/coalition/notices.ts). */
import { z } from '@hono/zod-openapi';

const KeyId = z.string().regex(/^[0-9a-f]{16}$/);
const PublicKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const Kind = z.enum(['denial', 'denial_amended', 'denial_revoked', 'undercut', 'consultation']);

export const NoticeKeySchema = z
  .object({ name: z.string(), country: z.string(), publicKey: PublicKey, keyId: KeyId })
  .openapi('NoticeKey');

export const NewPartnerKeySchema = z
  .object({ publicKey: PublicKey, name: z.string().min(1).max(200), country: z.string().length(2) })
  .openapi('NewPartnerKey');

export const PartnerKeySchema = z
  .object({
    keyId: KeyId,
    publicKey: PublicKey,
    name: z.string(),
    country: z.string(),
    createdAt: z.string(),
  })
  .openapi('PartnerKey');

/** Strict: a field added to a signed document is refused, not silently dropped (which would break the signature). */
export const SignedNoticeSchema = z
  .object({
    notice: z
      .object({
        type: z.literal('dualuse.coalition-notice'),
        v: z.literal(1),
        id: z.string().min(1).max(200),
        kind: Kind,
        issuer: z.object({ agencyId: z.string(), name: z.string(), country: z.string(), keyId: KeyId }).strict(),
        issuedAt: z.string(),
        body: z
          .record(z.string(), z.unknown())
          .openapi({ description: 'Kind-specific (core/coalition/notice-body.ts)' }),
      })
      .strict(),
    signature: z.string().openapi({ description: 'Ed25519 over the canonical JSON of notice, base64url' }),
  })
  .strict()
  .openapi('SignedNotice');

export const ImportOutcomeSchema = z
  .object({
    status: z.enum(['imported', 'duplicate']),
    id: z.string(),
    kind: z.string(),
    issuer: z.string(),
    hash: z.string(),
  })
  .openapi('NoticeImportOutcome');

export const NoticeViewSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    direction: z.enum(['issued', 'received']),
    issuer: z.object({ agencyId: z.string(), name: z.string(), country: z.string(), keyId: z.string() }),
    issuedAt: z.string(),
    hash: z.string(),
    storedAt: z.string(),
    signed: SignedNoticeSchema,
  })
  .openapi('NoticeView');

export const NoticeListQuery = z.object({
  kind: Kind.optional(),
  direction: z.enum(['issued', 'received']).optional(),
});

export const ExportNoticeSchema = z
  .object({ kind: z.literal('denial'), id: z.string().min(1).max(64) })
  .openapi('ExportNotice', { description: 'Sign the current state of one of this agency’s denials' });

export const PushNoticeSchema = z
  .object({
    noticeId: z.string().min(1).max(300),
    endpoint: z.string().url().openapi({ description: 'The partner’s API base, e.g. https://partner.example/api/v1' }),
    token: z.string().min(1).max(500).openapi({ description: 'API key the partner issued; used once, never stored' }),
  })
  .openapi('PushNotice');

export const ConsultPartnerSchema = z
  .object({ applicationId: z.string().min(1).max(40), denialId: z.string().min(1).max(200), question: z.string() })
  .openapi('ConsultPartner');

export const ConsultationReplySchema = z
  .object({ thread: z.string().min(1).max(200), kind: z.enum(['answer', 'outcome']), text: z.string() })
  .openapi('ConsultationReply');
