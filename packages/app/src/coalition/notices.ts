/**
 * Signed notices between agencies on different deployments (issue 14 item 3). An agency signs a notice with its
 * own key (notice-keys.ts) and keeps a copy; the partner imports it after checking it against the key it
 * registered for that agency. (Issuer key, notice id) is stored once: the same document again is a no-op, a
 * different document under the same id is refused, so a replay cannot change what was notified.
 */
import { DomainError, invalidInput, notFound, type Json, type Principal } from '@dualuse/core';
import {
  checkNoticeBody,
  denialsFromNotices,
  country,
  noticeHash,
  noticeKeyId,
  parseSignedNotice,
  text,
  verifyNotice,
  type CoalitionNotice,
  type DenialNotice,
  type SignedNotice,
} from '@dualuse/core/coalition';
import { authorise } from '@dualuse/core';
import {
  findAgency,
  findNoticeRow,
  findPartnerKey,
  inTenant,
  insertNotice,
  insertPartnerKey,
  listNoticeRows,
  listPartnerKeyRows,
  type NoticeRow,
  type PartnerKeyRow,
  type Orm,
} from '@dualuse/store';
import { record } from '../audit/log';
import type { AppContext } from '../common';
import { agencySigner } from './notice-keys';

export interface NoticeView {
  id: string;
  kind: string;
  direction: 'issued' | 'received';
  issuer: CoalitionNotice['issuer'];
  issuedAt: string;
  hash: string;
  storedAt: string;
  signed: SignedNotice;
}

const viewOf = (r: NoticeRow, ownKeyId: string | undefined): NoticeView => {
  const signed = r.document as unknown as SignedNotice;
  return {
    id: r.noticeId,
    kind: r.kind,
    direction: r.issuerKeyId === ownKeyId ? 'issued' : 'received',
    issuer: signed.notice.issuer,
    issuedAt: signed.notice.issuedAt,
    hash: r.hash,
    storedAt: r.importedAt.toISOString(),
    signed,
  };
};

/** The public half of this agency's notice key, for partners to register. */
export async function noticeKey(ctx: AppContext, p: Principal) {
  authorise(p, 'coalitions:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const agency = await findAgency(tx, p.tenantId);
    if (!agency) throw new DomainError('forbidden', 'register this tenant as an agency first');
    const s = await agencySigner(tx, ctx, p);
    return { name: agency.name, country: agency.country, publicKey: s.publicKey, keyId: s.keyId };
  });
}

/** Registers a partner agency's public key (given to this agency out of band, e.g. by its `notices key`). */
export async function addPartnerKey(ctx: AppContext, p: Principal, input: Record<string, unknown>) {
  authorise(p, 'coalitions:manage');
  const publicKey = text(input.publicKey, '/publicKey', 43);
  if (!/^[A-Za-z0-9_-]{43}$/.test(publicKey))
    throw invalidInput('/publicKey: not a base64url Ed25519 public key (43 characters)', '/publicKey');
  const name = text(input.name, '/name', 200);
  const c = country(input.country, '/country');
  const keyId = noticeKeyId(publicKey);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const row = (await insertPartnerKey(tx, { tenantId: p.tenantId, keyId, publicKey, name, country: c })) ?? null;
    const existing = row ?? (await findPartnerKey(tx, keyId))!;
    if (!row && (existing.name !== name || existing.country !== c))
      throw new DomainError(
        'conflict',
        `key ${keyId} is already registered for ${existing.name} (${existing.country})`,
      );
    if (row)
      await record(tx, ctx, p, {
        action: 'coalition.partner-key.add',
        subject: { type: 'partner_key', id: keyId },
        details: { name, country: c, publicKey },
      });
    return partnerView(existing);
  });
}

const partnerView = (r: PartnerKeyRow) => ({
  keyId: r.keyId,
  publicKey: r.publicKey,
  name: r.name,
  country: r.country,
  createdAt: r.createdAt.toISOString(),
});

export async function listPartnerKeys(ctx: AppContext, p: Principal) {
  authorise(p, 'coalitions:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listPartnerKeyRows(tx)).map(partnerView));
}

/** Signs and keeps a notice this agency issues; the same id returns the copy already signed (same signature). */
export async function issueNotice(
  tx: Orm,
  ctx: AppContext,
  p: Principal,
  what: { id: string; kind: CoalitionNotice['kind']; body: { [key: string]: Json } },
): Promise<SignedNotice> {
  const signer = await agencySigner(tx, ctx, p);
  const stored = await findNoticeRow(tx, signer.keyId, what.id);
  if (stored) return stored.document as unknown as SignedNotice;
  const agency = await findAgency(tx, p.tenantId);
  if (!agency) throw new DomainError('forbidden', 'register this tenant as an agency first');
  const notice: CoalitionNotice = {
    type: 'dualuse.coalition-notice',
    v: 1,
    id: what.id,
    kind: what.kind,
    issuer: { agencyId: p.tenantId, name: agency.name, country: agency.country, keyId: signer.keyId },
    issuedAt: ctx.now().toISOString(),
    body: what.body,
  };
  const signed = signer.sign(notice);
  const hash = noticeHash(notice);
  await insertNotice(tx, {
    tenantId: p.tenantId,
    issuerKeyId: signer.keyId,
    noticeId: what.id,
    kind: what.kind,
    hash,
    document: signed as unknown as Json,
  });
  await record(tx, ctx, p, {
    action: `coalition.notice.issue.${what.kind}`,
    subject: { type: 'notice', id: what.id },
    details: { keyId: signer.keyId, hash },
  });
  return signed;
}

/** Finds a notice this agency issued, by notice id. */
export async function issuedNotice(tx: Orm, ctx: AppContext, p: Principal, id: string): Promise<SignedNotice> {
  const signer = await agencySigner(tx, ctx, p);
  const row = await findNoticeRow(tx, signer.keyId, id);
  if (!row) throw notFound(`notice ${id} issued by this agency`);
  return row.document as unknown as SignedNotice;
}

export type ImportOutcome = {
  status: 'imported' | 'duplicate';
  id: string;
  kind: string;
  issuer: string;
  hash: string;
};

/** Verifies and stores a partner's signed notice; see the module comment for replays. */
export async function importNotice(ctx: AppContext, p: Principal, document: unknown): Promise<ImportOutcome> {
  authorise(p, 'notices:import');
  const signed = parseSignedNotice(document);
  const n = signed.notice;
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const key = await findPartnerKey(tx, n.issuer.keyId);
    if (!key)
      throw invalidInput(
        `/notice/issuer/keyId: key ${n.issuer.keyId} (${n.issuer.name}) is not a registered partner key; register it with POST /coalition/partners`,
        '/notice/issuer/keyId',
      );
    if (!verifyNotice(signed, key.publicKey))
      throw invalidInput(
        `/signature: does not verify against the key registered for ${key.name} (${key.keyId}): the notice was altered or signed by another key`,
        '/signature',
      );
    if (n.issuer.country !== key.country)
      throw invalidInput(
        `/notice/issuer/country: ${n.issuer.country} but the key is registered for ${key.country}`,
        '/notice/issuer/country',
      );
    await checkIssuerIdentity(tx, p, n, key.keyId);
    checkNoticeBody(n);
    const hash = noticeHash(n);
    const out = { id: n.id, kind: n.kind, issuer: key.name, hash };
    const seen = await findNoticeRow(tx, key.keyId, n.id);
    if (seen && seen.hash === hash) return { status: 'duplicate' as const, ...out };
    if (seen)
      throw new DomainError(
        'conflict',
        `notice ${n.id} from ${key.name} was imported on ${seen.importedAt.toISOString()} with hash ${seen.hash}; this copy hashes to ${hash}: a notice id cannot be reused for different content`,
        { pointer: '/notice/id' },
      );
    await insertNotice(tx, {
      tenantId: p.tenantId,
      issuerKeyId: key.keyId,
      noticeId: n.id,
      kind: n.kind,
      hash,
      document: signed as unknown as Json,
    });
    await record(tx, ctx, p, {
      action: `coalition.notice.import.${n.kind}`,
      subject: { type: 'notice', id: n.id },
      details: { issuer: key.name, keyId: key.keyId, hash, issuedAt: n.issuedAt },
    });
    return { status: 'imported' as const, ...out };
  });
}

/**
 * An issuer's agency id is bound to the first key that signed for it, and never to this agency: a partner key
 * cannot speak for another agency (e.g. answer a consultation in the denying agency's name).
 */
async function checkIssuerIdentity(tx: Orm, p: Principal, n: CoalitionNotice, keyId: string): Promise<void> {
  if (n.issuer.agencyId === p.tenantId)
    throw invalidInput(
      '/notice/issuer/agencyId: a partner notice claims to be issued by this agency',
      '/notice/issuer/agencyId',
    );
  const other = (await listNoticeRows(tx)).find(
    (r) =>
      r.issuerKeyId !== keyId && (r.document as unknown as SignedNotice).notice.issuer.agencyId === n.issuer.agencyId,
  );
  if (other)
    throw invalidInput(
      `/notice/issuer/agencyId: agency ${n.issuer.agencyId} signs with key ${other.issuerKeyId}, not ${keyId}`,
      '/notice/issuer/agencyId',
    );
}

/** Notices this agency issued and received, oldest first. */
export async function listNotices(ctx: AppContext, p: Principal, q: { kind?: string; direction?: string } = {}) {
  authorise(p, 'coalitions:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const own = ctx.config.DUALUSE_COALITION_KEYS_DIR
      ? (await agencySigner(tx, ctx, p).catch(() => undefined))?.keyId
      : undefined;
    const rows = (await listNoticeRows(tx, q.kind)).map((r) => viewOf(r, own));
    return q.direction ? rows.filter((r) => r.direction === q.direction) : rows;
  });
}

/** Every notice this agency issued or received (received ones verified at import), oldest first. */
export async function storedNotices(tx: Orm, kind?: string): Promise<CoalitionNotice[]> {
  return (await listNoticeRows(tx, kind)).map((r) => (r.document as unknown as SignedNotice).notice);
}

/** Partner denials in force from imported notices (never this agency's own). */
export async function importedDenials(tx: Orm, p: Principal): Promise<DenialNotice[]> {
  return denialsFromNotices(await storedNotices(tx)).filter((d) => d.agencyId !== p.tenantId);
}
