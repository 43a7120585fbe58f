/**
 * The companies above a vendor, from the companies and ownership links the tenant imported
 * (diversion-records.ts `importCompanies`): §889 covers the named companies' "subsidiar[ies] or
 * affiliate[s]", §805 / §1260H "entities under their control", so every owner is screened, each
 * with the chain that connects it and the registry record behind every step.
 */
import type { CompanyLinkRow, CompanyRow } from '@dualuse/store';

export interface OwnerChain {
  name: string;
  chain: string[];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const MAX_DEPTH = 6;

/**
 * The vendor's owners up the ownership links live on `on`; the vendor must be an imported company (same name, case and
 * punctuation aside).
 */
export function ownersAbove(
  vendor: string,
  companies: CompanyRow[],
  links: CompanyLinkRow[],
  on: string,
): OwnerChain[] {
  const start = companies.find((c) => norm(c.name) === norm(vendor));
  if (!start) return [];
  const byRef = new Map(companies.map((c) => [c.ref, c]));
  const live = (l: CompanyLinkRow) =>
    l.kind === 'ownership' && (!l.startDate || l.startDate <= on) && (!l.endDate || on <= l.endDate);
  const out: OwnerChain[] = [];
  const seen = new Set([start.ref]);
  let frontier: { ref: string; chain: string[] }[] = [{ ref: start.ref, chain: [] }];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const f of frontier)
      for (const l of links.filter((x) => x.toRef === f.ref && live(x))) {
        if (seen.has(l.fromRef)) continue;
        seen.add(l.fromRef);
        const owner = byRef.get(l.fromRef)?.name ?? l.fromRef;
        const asset = byRef.get(f.ref)?.name ?? f.ref;
        const stake = l.percentage !== null ? `${l.percentage} %` : 'a stake of unknown size';
        const chain = [...f.chain, `${owner} holds ${stake} of ${asset} [record ${l.ref}]`];
        out.push({ name: owner, chain });
        next.push({ ref: l.fromRef, chain });
      }
    frontier = next;
  }
  return out;
}
