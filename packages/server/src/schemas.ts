/** Request and response shapes of the API; they validate at the edge and write the OpenAPI document. */
import { ROLES } from '@dualuse/core';
import { TENANT_KINDS } from '@dualuse/app';
import { z } from '@hono/zod-openapi';

export const RoleSchema = z.enum(ROLES).openapi('Role');
const email = z.string().trim().toLowerCase().pipe(z.email()).openapi({ example: 'officer@agency.example' });
const name = z.string().trim().min(1).max(200);
const password = z.string().min(12).max(1024);

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    disabled: z.boolean(),
    hasPassword: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('User');
export const NewUserSchema = z
  .object({ email, name, role: RoleSchema, password: password.optional() })
  .strict()
  .openapi('NewUser');
export const UserPatchSchema = z
  .object({
    name: name.optional(),
    role: RoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: password.optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'give at least one of name, role, disabled, password',
  })
  .openapi('UserPatch');

export const TenantSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    kind: z.enum(TENANT_KINDS),
    isOperator: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Tenant');
export const NewTenantSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and hyphens, 2 to 63 characters'),
    name,
    kind: z.enum(TENANT_KINDS),
    admin: z.object({ email, name, password: password.optional() }).strict(),
  })
  .strict()
  .openapi('NewTenant');
export const CreatedTenantSchema = z
  .object({
    tenant: TenantSchema,
    admin: UserSchema,
    adminKey: z.string().openapi({ description: 'Shown once; only its hash is stored.' }),
  })
  .openapi('CreatedTenant');

export const ApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    userId: z.uuid(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');
export const NewApiKeySchema = z
  .object({ name, userId: z.uuid().optional(), expiresInDays: z.number().int().min(1).max(3650).optional() })
  .strict()
  .openapi('NewApiKey');
export const CreatedApiKeySchema = z.object({ key: z.string(), apiKey: ApiKeySchema }).openapi('CreatedApiKey');

export const LoginSchema = z
  .union([
    z.object({ email, password: z.string().min(1).max(1024) }).strict(),
    z.object({ apiKey: z.string().min(1).max(512) }).strict(),
  ])
  .openapi('Login');
export const OwnPasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(1024).optional(), newPassword: password })
  .strict()
  .openapi('OwnPassword');
export const PrincipalSchema = z
  .object({
    tenant: TenantSchema,
    // A union, not UserSchema.nullable(): that would document every User as nullable.
    user: z.union([UserSchema, z.null()]),
    role: RoleSchema,
    via: z.enum(['session', 'api_key', 'cli', 'system']),
    permissions: z.array(z.string()),
  })
  .openapi('Me');
export const SessionSchema = z
  .object({ token: z.string(), expiresAt: z.string(), me: PrincipalSchema })
  .openapi('Session');

const Json: z.ZodType<unknown> = z.unknown();
/** Who acted (core AuditActor): a user, an API key, the CLI or the system. */
export const ActorSchema = z
  .object({ type: z.string(), id: z.string(), name: z.string(), role: z.string().optional() })
  .openapi('Actor');
export const AuditRecordSchema = z
  .object({
    tenantId: z.uuid(),
    seq: z.number().int(),
    at: z.string(),
    actor: ActorSchema,
    action: z.string(),
    subject: z.object({ type: z.string(), id: z.string() }).nullable(),
    details: z.record(z.string(), Json),
    inputVersions: z.record(z.string(), z.string()),
    requestId: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditRecord');
export const AuditPageSchema = z
  .object({
    records: z.array(AuditRecordSchema),
    head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
    nextBeforeSeq: z.number().int().nullable(),
  })
  .openapi('AuditPage');
export const AuditVerificationSchema = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    lastSeq: z.number().int(),
    lastHash: z.string(),
    findings: z.array(
      z.object({
        kind: z.enum(['edited', 'missing', 'reordered', 'truncated', 'rolled_back', 'rewritten', 'bad_checkpoint']),
        seq: z.number().int(),
        message: z.string(),
      }),
    ),
    checkpoint: z
      .object({ seq: z.number().int(), hash: z.string(), at: z.string(), keyId: z.string(), source: z.string() })
      .nullable()
      .optional()
      .openapi({
        description:
          'The signed checkpoint the chain was held to (DUALUSE_AUDIT_CHECKPOINT_FILE); null: none was trusted (a finding says why); absent: no checkpoint file is configured',
      }),
  })
  .openapi('AuditVerification');

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
export const UuidParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/** Who published a shared record (issue 14 item 6): on shared lists, screening hits and diversion flags. */
export const SharedProvenanceSchema = z
  .object({
    agencyId: z.string(),
    agencyName: z.string(),
    coalitions: z.array(z.object({ id: z.string(), name: z.string() })),
    publishedAt: z.string(),
    reason: z.string(),
    recordId: z.string(),
  })
  .openapi('SharedProvenance');
