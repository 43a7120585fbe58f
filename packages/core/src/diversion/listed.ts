/**
 * Looking a shipment's parties up among listed parties, by name and by address. Small sets
 * (tests, a tenant's watch list) are compared exhaustively; the application passes the
 * screening engine (`ScoringContext.screenName`) and an address index built once per list
 * version, so a shipment costs a few look-ups, not a scan of every list.
 */
import { compareNamePair } from '../screening/matching/index';
import { addressBlock, compareAddresses, normaliseAddress, type AddressMatch, type NormalisedAddress } from './address';
import type { ListedParty, Party, ScoringContext } from './model';

export interface NameHit {
  listed: ListedParty;
  score: number;
  why: string;
}

export interface AddressHit {
  listed: ListedParty;
  address: string;
  match: AddressMatch;
}

/** Listed addresses blocked by door numbers (see `addressBlock`). */
export class ListedAddressIndex {
  private readonly blocks = new Map<string, { listed: ListedParty; address: string; norm: NormalisedAddress }[]>();
  size = 0;

  constructor(listed: Iterable<ListedParty>) {
    for (const l of listed)
      for (const address of l.addresses) {
        const norm = normaliseAddress(address);
        if (!norm.numbers.length) continue; // a city or street without a door identifies no office
        const b = addressBlock(norm);
        (this.blocks.get(b) ?? this.blocks.set(b, []).get(b)!).push({ listed: l, address, norm });
        this.size++;
      }
  }

  match(address: string): AddressHit[] {
    const norm = normaliseAddress(address);
    const out: AddressHit[] = [];
    for (const c of this.blocks.get(addressBlock(norm)) ?? []) {
      const match = compareAddresses(norm, c.norm);
      if (match) out.push({ listed: c.listed, address: c.address, match });
    }
    return out;
  }
}

/** Phones by their last nine digits (country and trunk prefixes vary), e-mails lower-cased. */
export const contactKey = (value: string): string | undefined => {
  if (value.includes('@')) return value.trim().toLowerCase();
  const d = value.replace(/[^0-9]/g, '');
  return d.length >= 7 ? `tel:${d.slice(-9)}` : undefined;
};

export class ListedContactIndex {
  private readonly byKey = new Map<string, { listed: ListedParty; value: string }[]>();

  constructor(listed: Iterable<ListedParty>) {
    for (const l of listed)
      for (const value of [...(l.phones ?? []), ...(l.emails ?? [])]) {
        const k = contactKey(value);
        if (k) (this.byKey.get(k) ?? this.byKey.set(k, []).get(k)!).push({ listed: l, value });
      }
  }

  match(value: string): { listed: ListedParty; value: string }[] {
    const k = contactKey(value);
    return k ? (this.byKey.get(k) ?? []) : [];
  }
}

const contactIndexes = new WeakMap<readonly ListedParty[], ListedContactIndex>();

export function contactHits(ctx: ScoringContext, value: string): { listed: ListedParty; value: string }[] {
  let index = ctx.listedContacts;
  if (!index && ctx.listed) {
    index = contactIndexes.get(ctx.listed) ?? new ListedContactIndex(ctx.listed);
    contactIndexes.set(ctx.listed, index);
  }
  return index ? index.match(value) : [];
}

const indexes = new WeakMap<readonly ListedParty[], ListedAddressIndex>();

export function addressHits(ctx: ScoringContext, address: string): AddressHit[] {
  let index = ctx.listedAddresses;
  if (!index && ctx.listed) {
    index = indexes.get(ctx.listed) ?? new ListedAddressIndex(ctx.listed);
    indexes.set(ctx.listed, index);
  }
  return index ? index.match(address) : [];
}

export function nameHits(ctx: ScoringContext, party: Party, threshold: number): NameHit[] {
  // The screening engine applies its own calibrated threshold (screening/matching/thresholds.ts).
  if (ctx.screenName) return ctx.screenName(party);
  const out: NameHit[] = [];
  for (const l of ctx.listed ?? []) {
    const best = Math.max(...l.names.map((n) => compareNamePair(party.name, n)?.score ?? 0));
    if (best >= threshold) out.push({ listed: l, score: best, why: `name score ${best.toFixed(2)}` });
  }
  return out;
}
