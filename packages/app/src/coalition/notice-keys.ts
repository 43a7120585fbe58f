/**
 * The agency's Ed25519 notice key: a PKCS#8 PEM file `<tenant-slug>.pem` in DUALUSE_COALITION_KEYS_DIR, kept with
 * the secrets like the audit signing key (audit/keys.ts) and never in the database, so a database superuser cannot
 * sign a notice in the agency's name. Only its public half is ever shown (to register with partners).
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, type Principal } from '@dualuse/core';
import { noticeKeyId, signNotice, type CoalitionNotice, type SignedNotice } from '@dualuse/core/coalition';
import { findTenantById, type Orm } from '@dualuse/store';
import type { AppContext } from '../common';

export interface NoticeSigner {
  keyId: string;
  /** Raw 32-byte public key, base64url: what partners register. */
  publicKey: string;
  sign(notice: CoalitionNotice): SignedNotice;
}

const unavailable = (why: string, pointer: string) =>
  new DomainError('invalid_input', `coalition notice key: ${why}`, { pointer });

/** Loads the signer of the principal's agency; precise errors when the folder or the file is missing or wrong. */
export async function agencySigner(tx: Orm, ctx: AppContext, p: Principal): Promise<NoticeSigner> {
  const dir = ctx.config.DUALUSE_COALITION_KEYS_DIR;
  if (!dir)
    throw unavailable(
      'DUALUSE_COALITION_KEYS_DIR is not set: make a key with `dualuse audit keygen --out DIR/<tenant-slug>.pem`',
      'DUALUSE_COALITION_KEYS_DIR',
    );
  const tenant = await findTenantById(tx, p.tenantId);
  if (!tenant) throw unavailable(`tenant ${p.tenantId} not found`, 'tenant');
  const file = join(dir, `${tenant.slug}.pem`);
  let key: KeyObject;
  try {
    key = createPrivateKey(readFileSync(file));
  } catch (error) {
    throw unavailable(`cannot read ${file} (${(error as Error).message.split('\n')[0]})`, file);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw unavailable(`${file} is ${key.asymmetricKeyType ?? 'not an asymmetric'} key; an Ed25519 key is needed`, file);
  const jwk = key.export({ format: 'jwk' });
  const publicKey = String(jwk.x);
  const seed = String(jwk.d);
  return { keyId: noticeKeyId(publicKey), publicKey, sign: (n) => signNotice(n, seed) };
}
