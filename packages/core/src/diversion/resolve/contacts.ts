/**
 * Contacts and identifiers to comparable values: phones to E.164 (ITU-T E.164: "+", country
 * code, national number, at most 15 digits), e-mails lower-cased, websites and e-mail domains
 * to their host name, registration numbers without punctuation or the "(Russia)" the OFAC
 * remarks append. No phone library is a dependency, so the calling codes come from
 * data/jurisdictions.ts and a number without them stays national (compared by its digits).
 */
import { FREE_MAIL_PROVIDERS } from '../data/free-mail';
import { CALLING_CODES } from '../data/jurisdictions';
import type { IdentifierInput } from './types';

const CODE_OF = new Map<string, string>();
for (const [code, countries] of Object.entries(CALLING_CODES))
  for (const c of countries) if (!CODE_OF.has(c)) CODE_OF.set(c, code);
/** Countries whose national numbers start with a trunk prefix other than 0 (Russia and Kazakhstan dial 8). */
const TRUNK: Record<string, string> = { RU: '8', KZ: '8', BY: '8' };

export interface NormalisedPhone {
  /** "+85221234567" when the country code is known. */
  e164?: string;
  /** The digits as given, without punctuation (for numbers whose country is unknown). */
  digits: string;
}

/**
 * "+852 2123 4567", "00852-2123-4567", "(852) 2123 4567" and "2123 4567" of a Hong Kong party
 * are one number. Too short or too long for E.164 (< 7 or > 15 digits): undefined.
 */
export function normalisePhone(raw: string, country?: string): NormalisedPhone | undefined {
  const trimmed = raw.replace(/(?:ext\.?|x|#)\s*\d+$/i, '').trim();
  let digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 17) return undefined;
  const code = country ? CODE_OF.get(country.toUpperCase()) : undefined;
  let e164: string | undefined;
  if (trimmed.startsWith('+')) e164 = `+${digits}`;
  else if (digits.startsWith('00')) e164 = `+${digits.slice(2)}`;
  else if (code && digits.startsWith(code) && digits.length - code.length >= 7 && !digits.startsWith('0'))
    e164 = `+${digits}`;
  else if (code) {
    const trunk = TRUNK[country!.toUpperCase()] ?? '0';
    if (digits.startsWith(trunk) && digits.length > 8) digits = digits.slice(trunk.length);
    e164 = `+${code}${digits}`;
  }
  if (e164 && (e164.length < 8 || e164.length > 16)) return undefined;
  return e164 ? { e164, digits: e164.slice(1) } : { digits };
}

export function normaliseEmail(raw: string): string | undefined {
  const e = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return /^[^@\s]+@[^@\s]+\.[a-z0-9-]{2,}$/.test(e) ? e : undefined;
}

/** Host name of a website or e-mail: "https://www.Tordan-HK.com/about" → "tordan-hk.com". */
export function domainOf(raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  const host = s.includes('@') && !s.includes('/') ? s.split('@')[1] : s.replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0];
  const d = host?.replace(/^www\d?\./, '').replace(/\.$/, '');
  return d && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d) ? d : undefined;
}

/** Mailbox providers: a shared domain there says nothing about identity (data/free-mail.ts, and a few more). */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  ...FREE_MAIL_PROVIDERS,
  'live.com',
  'msn.com',
  'aol.com',
  'gmx.net',
  'web.de',
  'yahoo.com.hk',
  'netvigator.com',
]);
/** Sites where many firms have a page: a shared host there is no evidence. */
export const PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  'facebook.com',
  'linkedin.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  't.me',
  'vk.com',
  'alibaba.com',
  'made-in-china.com',
  'globalsources.com',
  'tradeindia.com',
  'indiamart.com',
  'wix.com',
  'wixsite.com',
  'blogspot.com',
  'wordpress.com',
  'sites.google.com',
  'google.com',
  'youtube.com',
]);

export interface NormalisedIdentifier {
  scheme?: string;
  value: string;
  original: string;
}

/** "1077711000102 (Russia)" → { scheme: 'russia', value: '1077711000102' }; "LEI: 2138...": { scheme: 'lei' }. */
export function normaliseIdentifierInput(input: IdentifierInput): NormalisedIdentifier | undefined {
  const original = typeof input === 'string' ? input : input.value;
  let text = original.trim();
  let scheme = typeof input === 'string' ? undefined : input.scheme?.trim().toLowerCase();
  const suffix = /\(([^)]+)\)\.?\s*$/.exec(text);
  if (suffix) {
    scheme ??= suffix[1]!.toLowerCase();
    text = text.slice(0, suffix.index);
  }
  const prefix = /^(lei|inn|ogrn|vat|tin|crn|brn|imo|duns|ein)\b[\s:#.-]*/i.exec(text);
  if (prefix) {
    scheme ??= prefix[1]!.toLowerCase();
    text = text.slice(prefix[0].length);
  }
  const value = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  // Short numbers ("4292", "5069" in the OFAC remarks) recur across registries: no identity.
  return value.length >= 6 ? { ...(scheme ? { scheme } : {}), value, original } : undefined;
}
