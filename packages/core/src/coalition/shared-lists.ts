/**
 * Shared list additions and indicators (issue 14 item 6): parties an agency names to its coalition (name, addresses,
 * identifiers, reason) and diversion indicators (addresses, phone numbers, e-mail domains, payer accounts, HS code
 * patterns). Members screen parties against them with the screening matcher and check trade records against the
 * indicators; every hit carries its provenance (which agency, when, why). These are partners' statements, not
 * official lists: a hit says who published it and why, and decides nothing by itself.
 */
import { InMemoryCandidateIndex } from '../screening/matching/candidate-index';
import { Screener, type Hit } from '../screening/matching/screen';
import { invalidInput } from '../common/errors';
import { partyEntry } from './match';
import { parseParty, text } from './parse';
import type { PartyRef } from './model';

export const INDICATOR_TYPES = ['address', 'phone', 'email_domain', 'payer_account', 'hs_pattern'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export interface SharedParty {
  party: PartyRef;
  reason: string;
}
export interface SharedIndicator {
  type: IndicatorType;
  value: string;
  reason: string;
}
export interface Provenance {
  agencyId: string;
  agencyName: string;
  /** The coalitions through which the reader sees the record (a record goes to every coalition sharing its kind). */
  coalitions: { id: string; name: string }[];
  publishedAt: string;
  reason: string;
  recordId: string;
}

export function parseSharedParty(v: unknown): SharedParty {
  const o = (v ?? {}) as Record<string, unknown>;
  return { party: parseParty(o.party, '/party'), reason: text(o.reason, '/reason', 4000) };
}

/** Normal form per type: what two spellings of the same indicator share (OUR normalisation). */
export function normaliseIndicator(type: IndicatorType, value: string): string {
  const v = value.trim();
  if (type === 'phone') return v.replace(/[^\d]/g, '').replace(/^00/, '');
  if (type === 'email_domain') return v.toLowerCase().replace(/^.*@/, '');
  if (type === 'payer_account') return v.toUpperCase().replace(/[\s-]/g, '');
  if (type === 'hs_pattern') return v.replace(/[.\s*]/g, '');
  return v
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function parseSharedIndicator(v: unknown): SharedIndicator {
  const o = (v ?? {}) as Record<string, unknown>;
  if (!INDICATOR_TYPES.includes(o.type as IndicatorType))
    throw invalidInput(`/type: expected one of ${INDICATOR_TYPES.join(', ')}`, '/type');
  const type = o.type as IndicatorType;
  const value = text(o.value, '/value', 500);
  const norm = normaliseIndicator(type, value);
  if (type === 'hs_pattern' && !/^\d{2,10}$/.test(norm))
    throw invalidInput('/value: an HS pattern is 2 to 10 digits, optionally ending in *', '/value');
  if (!norm) throw invalidInput(`/value: nothing left of "${value}" once normalised`, '/value');
  return { type, value, reason: text(o.reason, '/reason', 4000) };
}

/** A trade record's fields that indicators are checked against (a shipment or a payment). */
export interface IndicatorSubject {
  addresses?: string[];
  phones?: string[];
  emails?: string[];
  payerAccounts?: string[];
  hsCodes?: string[];
}

export interface IndicatorHit {
  type: IndicatorType;
  indicator: string;
  matched: string;
  /** Where the matched value stands in the record (e.g. `parties[1].phones`), when the caller says. */
  field?: string;
  provenance: Provenance;
}

/** One value of a record, typed as an indicator, with the field it came from. */
export interface IndicatorValue {
  type: IndicatorType;
  value: string;
  field?: string;
}

const FIELD: Record<IndicatorType, keyof IndicatorSubject> = {
  address: 'addresses',
  phone: 'phones',
  email_domain: 'emails',
  payer_account: 'payerAccounts',
  hs_pattern: 'hsCodes',
};

export const subjectValues = (subject: IndicatorSubject): IndicatorValue[] =>
  INDICATOR_TYPES.flatMap((type) => (subject[FIELD[type]] ?? []).map((value) => ({ type, value })));

/** Which shared indicators the values show; HS patterns match by prefix, the rest by normal form. */
export function indicatorMatches(
  values: readonly IndicatorValue[],
  indicators: readonly { indicator: SharedIndicator; provenance: Provenance }[],
): IndicatorHit[] {
  const hits: IndicatorHit[] = [];
  for (const { indicator: i, provenance } of indicators) {
    const want = normaliseIndicator(i.type, i.value);
    for (const v of values) {
      if (v.type !== i.type) continue;
      const got = normaliseIndicator(i.type, v.value);
      const same = i.type === 'hs_pattern' ? got.startsWith(want) : got === want;
      if (same)
        hits.push({
          type: i.type,
          indicator: i.value,
          matched: v.value,
          ...(v.field ? { field: v.field } : {}),
          provenance,
        });
    }
  }
  return hits;
}

/** Which shared indicators a record shows. */
export const indicatorHits = (
  subject: IndicatorSubject,
  indicators: readonly { indicator: SharedIndicator; provenance: Provenance }[],
): IndicatorHit[] => indicatorMatches(subjectValues(subject), indicators);

export interface SharedPartyHit {
  sharedParty: PartyRef;
  score: number;
  explanation: Hit['explanation'];
  provenance: Provenance;
}

/** The coalition's shared parties as one list for the screening matcher, each hit with its provenance. */
export class SharedPartyScreener {
  private readonly screener: Screener;

  constructor(private readonly shared: readonly { party: SharedParty; provenance: Provenance }[]) {
    const entries = shared.map((s, i) => partyEntry(s.party.party, String(i)));
    this.screener = new Screener(
      new InMemoryCandidateIndex([{ list: 'coalition_shared', listVersion: 'current', entries }]),
    );
  }

  screen(p: Pick<PartyRef, 'name' | 'country' | 'identifiers'>, threshold = 0.8): SharedPartyHit[] {
    const query = { name: p.name, ...(p.country ? { countries: [p.country] } : {}), identifiers: p.identifiers ?? [] };
    return this.screener.screen(query, { threshold, maxHits: 20, candidateLimit: 60 }).map((h) => {
      const s = this.shared[Number(h.entryId)]!;
      return { sharedParty: s.party.party, score: h.score, explanation: h.explanation, provenance: s.provenance };
    });
  }
}
