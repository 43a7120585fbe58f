/**
 * A proposed investment as data (issue 15 item 3): the acquirer and the owners above it (an
 * ownership graph, as the diversion ownership edges), the target with its products and their
 * classifications, and the stake and rights acquired. Validated field by field.
 */
import { invalidInput } from '../common/errors';
import { isCountryCode } from '../common/countries';

export interface InvestmentParty {
  id: string;
  name: string;
  /** ISO alpha-2: nationality / place of incorporation. */
  country: string;
  /** Restricted-party listings the user has found (e.g. us-bis-entity-list), stated as facts. */
  listed?: { list: string; entryId: string }[];
  /** A foreign government or an entity it controls (31 CFR 800.221). */
  government?: boolean;
}

export interface Holding {
  owner: string;
  asset: string;
  /** Voting interest, 0–100. */
  percent: number;
}

export interface TargetProduct {
  description: string;
  /** Per jurisdiction: US ECCN, EU Annex I entry, UK control-list entry; "EAR99" / "unlisted" when not listed. */
  classification: Partial<Record<'US' | 'EU' | 'UK', string>>;
}

export interface InvestmentCase {
  id: string;
  /** ISO date the screening is answered as of. */
  date: string;
  acquirer: string;
  parties: InvestmentParty[];
  /** Holdings above the acquirer (owner → asset), so each foreign person in its chain can be found. */
  holdings: Holding[];
  target: { name: string; country: string; products: TargetProduct[] };
  stake: {
    /** Voting interest after the transaction, 0–100. */
    percent: number;
    /** Voting interest held before, 0–100 (default 0). */
    before?: number;
    /** Rights acquired (31 CFR 800.211(b); NSI Act s. 8). */
    rights: {
      control?: boolean;
      boardSeat?: boolean;
      boardObserver?: boolean;
      nonpublicTechnicalInformation?: boolean;
      substantiveDecisionmaking?: boolean;
      /** Votes that enable or prevent the passage of any class of resolution (NSI Act s. 8(5)). */
      blockResolutions?: boolean;
    };
  };
}

const bad = (pointer: string, message: string) => invalidInput(`${pointer}: ${message}`, pointer);
const pct = (v: unknown, p: string) => {
  if (typeof v !== 'number' || !(v >= 0 && v <= 100)) throw bad(p, 'expected a percentage 0–100');
  return v;
};

export function parseInvestmentCase(input: unknown): InvestmentCase {
  if (typeof input !== 'object' || input === null) throw bad('/', 'expected an object');
  const o = input as InvestmentCase;
  if (typeof o.id !== 'string' || !o.id) throw bad('/id', 'required');
  if (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) throw bad('/date', 'expected YYYY-MM-DD');
  if (!Array.isArray(o.parties) || !o.parties.length) throw bad('/parties', 'expected at least the acquirer');
  const ids = new Set<string>();
  o.parties.forEach((p, i) => {
    if (!p.id || !p.name) throw bad(`/parties/${i}`, 'id and name are required');
    if (!isCountryCode(p.country ?? '')) throw bad(`/parties/${i}/country`, `"${p.country}" is not a country code`);
    ids.add(p.id);
  });
  if (!ids.has(o.acquirer)) throw bad('/acquirer', `"${o.acquirer}" is not one of the parties`);
  (o.holdings ?? []).forEach((h, i) => {
    if (!ids.has(h.owner)) throw bad(`/holdings/${i}/owner`, `"${h.owner}" is not one of the parties`);
    if (!ids.has(h.asset)) throw bad(`/holdings/${i}/asset`, `"${h.asset}" is not one of the parties`);
    pct(h.percent, `/holdings/${i}/percent`);
  });
  if (!o.target || !isCountryCode(o.target.country ?? '')) throw bad('/target/country', 'expected a country code');
  if (!Array.isArray(o.target.products) || !o.target.products.length)
    throw bad('/target/products', 'expected at least one product with its classification');
  if (!o.stake) throw bad('/stake', 'required');
  pct(o.stake.percent, '/stake/percent');
  if (o.stake.before !== undefined) pct(o.stake.before, '/stake/before');
  return {
    ...o,
    parties: o.parties.map((p) => ({ ...p, country: p.country.toUpperCase() })),
    holdings: o.holdings ?? [],
    target: { ...o.target, country: o.target.country.toUpperCase() },
    stake: { ...o.stake, rights: o.stake.rights ?? {} },
  };
}

/** One person in the acquirer's chain and the voting interest it holds in the acquirer, with the path. */
export interface ChainMember {
  party: InvestmentParty;
  /** Indirect voting interest in the acquirer, 0–100 (the acquirer itself: 100). */
  interest: number;
  path: string[];
}

/**
 * Everyone above the acquirer with the voting interest each holds in it, directly or indirectly.
 * Along a path a majority holding passes on as 100 % (31 CFR 800.256(c): a parent's interest is
 * deemed 100 % in an entity it controls); a minority one multiplies. Several paths add up.
 */
export function ownershipChain(c: InvestmentCase): ChainMember[] {
  const byId = new Map(c.parties.map((p) => [p.id, p]));
  const interest = new Map<string, { value: number; path: string[] }>();
  const walk = (asset: string, carried: number, path: string[], depth: number) => {
    if (depth > 20) return;
    for (const h of c.holdings.filter((x) => x.asset === asset)) {
      if (path.includes(h.owner)) continue;
      const passed = h.percent > 50 ? carried : (carried * h.percent) / 100;
      const step = [...path, h.owner];
      const seen = interest.get(h.owner);
      interest.set(h.owner, { value: (seen?.value ?? 0) + passed, path: seen?.path ?? step });
      walk(h.owner, passed, step, depth + 1);
    }
  };
  walk(c.acquirer, 100, [c.acquirer], 0);
  const acquirer = byId.get(c.acquirer)!;
  return [
    { party: acquirer, interest: 100, path: [c.acquirer] },
    ...[...interest].map(([id, v]) => ({ party: byId.get(id)!, interest: Math.min(100, v.value), path: v.path })),
  ];
}
