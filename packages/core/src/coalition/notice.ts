/**
 * Signed notices between agencies that run their own deployments: a denial, an amendment or
 * revocation, or an undercut notice, as a canonical-JSON document (common/canonical-json.ts, the
 * text audit checkpoints are signed over) signed with the agency's Ed25519 key (tracking/keys.ts,
 * RFC 8032). A receiver verifies it against the key it registered for that agency; the notice id
 * plus its hash make re-import idempotent.
 */
import { canonicalJson, type Json } from '../common/canonical-json';
import { sha256Hex } from '../common/hash';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { invalidInput } from '../common/errors';
import { fromBase64Url, pureVerifier, signText } from '../tracking/keys';
import type { SignatureVerifier } from '../tracking/protocol';

export type NoticeKind = 'denial' | 'denial_amended' | 'denial_revoked' | 'undercut' | 'consultation';
export const NOTICE_KINDS: readonly NoticeKind[] = [
  'denial',
  'denial_amended',
  'denial_revoked',
  'undercut',
  'consultation',
];

export interface CoalitionNotice {
  type: 'dualuse.coalition-notice';
  v: 1;
  /** Unique per issuing agency, e.g. the denial id + revision. */
  id: string;
  kind: NoticeKind;
  /** The issuing agency: its id on the issuing deployment, country, and key id. */
  issuer: { agencyId: string; name: string; country: string; keyId: string };
  issuedAt: string;
  body: { [key: string]: Json };
}

export interface SignedNotice {
  notice: CoalitionNotice;
  /** Ed25519 over the UTF-8 of canonicalJson(notice), base64url. */
  signature: string;
}

export const noticePayload = (n: CoalitionNotice): string => canonicalJson(n);
export const noticeHash = (n: CoalitionNotice): string => sha256Hex(noticePayload(n));

/**
 * Key id as audit checkpoints compute it (app audit-keys.ts keyIdOf): SHA-256 (hex, first 16) of the raw public key.
 */
export const noticeKeyId = (publicKey: string): string => bytesToHex(sha256(fromBase64Url(publicKey))).slice(0, 16);

export function signNotice(notice: CoalitionNotice, seed: string): SignedNotice {
  return { notice, signature: signText(noticePayload(notice), seed) };
}

export function verifyNotice(s: SignedNotice, publicKey: string, verifier: SignatureVerifier = pureVerifier): boolean {
  if (s.notice.issuer.keyId !== noticeKeyId(publicKey)) return false;
  return verifier.verify(noticePayload(s.notice), s.signature, publicKey);
}

/** Parses an imported document; every defect named by pointer. */
export function parseSignedNotice(value: unknown): SignedNotice {
  const v = value as { notice?: Partial<CoalitionNotice>; signature?: unknown } | null;
  if (typeof v !== 'object' || v === null) throw invalidInput('expected a signed notice object', '');
  if (typeof v.signature !== 'string' || !/^[A-Za-z0-9_-]{86}$/.test(v.signature))
    throw invalidInput('not a base64url Ed25519 signature', '/signature');
  const n = v.notice;
  if (typeof n !== 'object' || n === null) throw invalidInput('missing', '/notice');
  checkNoticeHead(n);
  checkIssuer(n.issuer);
  if (typeof n.issuedAt !== 'string' || Number.isNaN(Date.parse(n.issuedAt)))
    throw invalidInput('not a date', '/notice/issuedAt');
  if (typeof n.body !== 'object' || n.body === null || Array.isArray(n.body))
    throw invalidInput('expected an object', '/notice/body');
  return { notice: n as CoalitionNotice, signature: v.signature };
}

/** The notice's type, version, id and kind. */
function checkNoticeHead(n: Partial<CoalitionNotice>): void {
  if (n.type !== 'dualuse.coalition-notice' || n.v !== 1)
    throw invalidInput('not a dualuse coalition notice v1', '/notice/type');
  if (typeof n.id !== 'string' || !n.id || n.id.length > 200) throw invalidInput('missing or too long', '/notice/id');
  if (!NOTICE_KINDS.includes(n.kind as NoticeKind))
    throw invalidInput(`unknown kind: expected one of ${NOTICE_KINDS.join(', ')}`, '/notice/kind');
}

function checkIssuer(i: Partial<CoalitionNotice>['issuer']): void {
  if (!i || typeof i.agencyId !== 'string' || typeof i.name !== 'string' || typeof i.country !== 'string')
    throw invalidInput('issuer needs agencyId, name and country', '/notice/issuer');
  if (typeof i.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(i.keyId))
    throw invalidInput('not 16 hex digits', '/notice/issuer/keyId');
}
