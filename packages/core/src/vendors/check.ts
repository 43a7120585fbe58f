/**
 * The vendor / bill-of-materials check of one inventory row, given what screening found for the
 * vendor and for each owner above it (the caller screens; this decides). Findings:
 * - listed_vendor / listed_owner: the vendor, or a company that owns it (the chain is stated),
 *   is on a vendor-restriction list: the list's legal effects, each with whether it is in force
 *   on the check date. FCC entries naming a producer count only for the equipment kinds the
 *   entry names (its words, fcc-scope.ts), with its use limitation quoted.
 * - fcc_covered_category: the row's category is a Covered List category of foreign-produced
 *   equipment and the country of origin is not the US (or not given: fail closed).
 * - clean_network: only with the policy profile enabled; labelled as policy, not law.
 */
import { cleanLinesOf, equipmentKindsOf, fccCategoriesOf as categoryKeysOf } from './categories';
import { CLEAN_NETWORK_LINES, CLEAN_NETWORK_SOURCE } from './clean-network';
import { FCC_CATEGORY_PROGRAM, fccScopeOf } from './fcc-scope';
import type { InventoryRow } from './inventory';
import { effectsOf, inForce, VENDOR_LISTS, type LegalEffect } from './legal-effects';

export interface PartyHit {
  list: string;
  listVersion: string;
  entryId: string;
  entryName: string;
  score: number;
  programs: string[];
  remarks: string | null;
  licenseRequirement: string | null;
  sourceUrl: string | null;
}
/** The vendor (chain empty) or an owner above it, with how it is connected and what screening found. */
export interface ScreenedParty {
  name: string;
  /** Ownership steps from the vendor up to this party, each in words with its record; empty for the vendor. */
  chain: string[];
  hits: PartyHit[];
}
/** An FCC Covered List category entry of the list version in use. */
export interface FccCategoryEntry {
  listVersion: string;
  entryId: string;
  category: string;
  text: string;
  listedOn: string | null;
}

export type FindingKind =
  'listed_vendor' | 'listed_owner' | 'fcc_covered_category' | 'clean_network' | 'restricted_party';
export interface EffectStatus extends LegalEffect {
  status: 'in_force' | 'not_yet' | 'unknown';
}
export interface Finding {
  row: string;
  kind: FindingKind;
  basis: 'law' | 'indicator' | 'policy';
  list: string | null;
  listVersion: string | null;
  entry: { id: string; name: string } | null;
  party: string;
  chain: string[];
  effects: EffectStatus[];
  explanation: string;
  citation: string;
}

export interface CheckOptions {
  /** ISO date the effects are judged on. */
  on: string;
  cleanNetwork: boolean;
}

const effects = (list: string, on: string): EffectStatus[] =>
  effectsOf(list).map((e) => ({ ...e, status: inForce(e, on) }));
const cite = (e: EffectStatus[], fallback: string) => (e.length ? e.map((x) => x.citation).join(' | ') : fallback);

function hitFinding(row: InventoryRow, p: ScreenedParty, h: PartyHit, o: CheckOptions): Finding | null {
  // categories are matched by category, not by name
  if (h.programs.some((x) => x.startsWith(FCC_CATEGORY_PROGRAM))) return null;
  const eff = effects(h.list, o.on);
  const via = p.chain.length ? ` through ownership: ${p.chain.join('; ')}` : '';
  let explanation = `"${p.name}" matches ${h.list} entry "${h.entryName}" (score ${h.score.toFixed(2)})${via}`;
  if (h.list === 'us-fcc-covered') {
    const scope = fccScopeOf(h.remarks ?? h.entryName);
    const kinds = equipmentKindsOf(row.category);
    const covered = scope.kinds.filter((k) => kinds.includes(k));
    // the entry covers other kinds of equipment than this row's category (stated in the row's notes by the caller)
    if (!covered.length) return null;
    explanation += `; the entry covers ${covered.join(', ')} and the row's category "${row.category}" is one (our category mapping)`;
    if (scope.useLimitation)
      explanation += `; limited by its own words "${scope.useLimitation}" — deployment given: "${row.deployedIn ?? 'not stated'}"`;
  }
  const known = VENDOR_LISTS.includes(h.list) || eff.length > 0;
  if (!known && h.licenseRequirement) explanation += `; licence requirement: ${h.licenseRequirement}`;
  return {
    row: row.at,
    kind: known ? (p.chain.length ? 'listed_owner' : 'listed_vendor') : 'restricted_party',
    basis: eff.some((e) => e.kind === 'law') ? 'law' : eff.length ? 'indicator' : 'law',
    list: h.list,
    listVersion: h.listVersion,
    entry: { id: h.entryId, name: h.entryName },
    party: p.name,
    chain: p.chain,
    effects: eff,
    explanation,
    citation: cite(
      eff,
      h.sourceUrl ?? `${h.list} entry ${h.entryId} (no cited legal effect held for this list: see the entry)`,
    ),
  };
}

function categoryFindings(row: InventoryRow, fcc: FccCategoryEntry[], o: CheckOptions): Finding[] {
  const keys = categoryKeysOf(row.category);
  if (row.countryOfOrigin === 'US') return [];
  return fcc
    .filter((c) => (keys as string[]).includes(c.category))
    .map((c) => {
      const eff = effects('us-fcc-covered', o.on);
      const origin = row.countryOfOrigin
        ? `produced in ${row.countryOfOrigin}, a foreign country`
        : 'country of origin not given, so foreign production is not excluded';
      return {
        row: row.at,
        kind: 'fcc_covered_category' as const,
        basis: 'law' as const,
        list: 'us-fcc-covered',
        listVersion: c.listVersion,
        entry: { id: c.entryId, name: c.text.slice(0, 120) },
        party: row.vendor,
        chain: [],
        effects: eff,
        explanation: `category "${row.category}" is the Covered List category ${c.category} (our category mapping), ${origin}; the entry (on the list from ${c.listedOn ?? 'unknown'}) reads: "${c.text}" — its exceptions (Blue UAS list, domestic end products, Conditional Approvals) are not checked here`,
        citation: cite(eff, 'FCC Covered List'),
      };
    });
}

function cleanNetworkFinding(row: InventoryRow, listed: Finding[]): Finding | null {
  const lines = cleanLinesOf(row.deployedIn);
  const untrusted =
    listed.some((f) => f.kind === 'listed_vendor' || f.kind === 'listed_owner') || row.countryOfOrigin === 'CN';
  if (!lines.length || !untrusted) return null;
  const quoted = CLEAN_NETWORK_LINES.filter((l) => lines.includes(l.line));
  const why = listed.length
    ? 'the vendor or its owner is on a US vendor-restriction list'
    : 'the country of origin is the PRC';
  return {
    row: row.at,
    kind: 'clean_network',
    basis: 'policy',
    list: null,
    listVersion: null,
    entry: null,
    party: row.vendor,
    chain: [],
    effects: [],
    explanation: `POLICY (Clean Network profile, enabled by the user; not a legal prohibition): deployed in "${row.deployedIn}" (${quoted.map((l) => l.title).join(', ')}) and ${why} (our reading of "untrusted vendor"). ${quoted.map((l) => (l.quote ? `${l.title}: "${l.quote}"` : `${l.title}: ${l.note}`)).join(' ')}`,
    citation: CLEAN_NETWORK_SOURCE,
  };
}

export function checkRow(
  row: InventoryRow,
  parties: ScreenedParty[],
  fcc: FccCategoryEntry[],
  o: CheckOptions,
): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const p of parties)
    for (const h of p.hits) {
      const f = hitFinding(row, p, h, o);
      // One finding per list entry: the closest connection (the vendor before its owners) wins.
      const k = `${h.list}|${h.entryId}`;
      if (f && !seen.has(k)) {
        seen.add(k);
        out.push(f);
      }
    }
  out.push(...categoryFindings(row, fcc, o));
  if (o.cleanNetwork) {
    const f = cleanNetworkFinding(row, out);
    if (f) out.push(f);
  }
  return out;
}
