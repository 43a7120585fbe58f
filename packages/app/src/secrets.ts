/** Passwords, API keys and session tokens: how they are made, stored and checked. */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;
// OWASP's scrypt floor (N=2^17, r=8, p=1) at 128 MiB; N stays in the stored string so it can rise later.
const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 };

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  });
  return timingSafeEqual(actual, expected);
}

/**
 * API keys and session tokens are 256-bit random strings, so one SHA-256 suffices to store
 * them (no dictionary to resist). The row id is a prefix of the same hash, which lets any
 * string of enough entropy (DUALUSE_ADMIN_KEY) serve as a key without a fixed format.
 */
export const newSecret = (prefix: 'du' | 'dus'): string => `${prefix}_${randomBytes(32).toString('base64url')}`;
export const secretHash = (secret: string): string => createHash('sha256').update(secret).digest('hex');
export const secretId = (secret: string): string => secretHash(`id:${secret}`).slice(0, 20);

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(secretHash(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
