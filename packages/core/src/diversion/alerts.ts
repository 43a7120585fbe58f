/**
 * Alerts grouped by counterparty: the issue asks that repeated alerts on the same party become
 * one group rather than a queue of duplicates. The counterparty is the end user (else the
 * consignee); two shipments share it when their countries agree and their names normalise alike
 * (case, punctuation, legal form: "Asia Components LLC" = "ASIA COMPONENTS, OOO") or score as the
 * same name across scripts ("ООО Азия Компонентс"). A grouping, not a merge: each shipment keeps its own score.
 */
import { normaliseName } from '../screening/matching/index';
import { compareNamePair } from '../screening/matching/index';
import { partiesWith, type Shipment } from './model';
import type { ShipmentScore } from './score';

/**
 * Name score from which two counterparties in one country are taken as one (above screening's 0.8 default: grouping
 * must not over-merge).
 */
const SAME_PARTY = 0.9;

export interface AlertGroup {
  key: string;
  counterparty: string;
  country?: string;
  shipments: string[];
  maxScore: number;
  /** Every tag raised on the group's shipments, with how many shipments raised it. */
  tags: Record<string, number>;
  why: string;
}

/** Normalised name tokens (sorted) and country: the exact grouping key. */
export const counterpartyKey = (name: string, country: string | undefined) => {
  const reading = normaliseName(name, 'organization')[0];
  const tokens = reading ? [...reading.tokens].sort().join(' ') : name.toLowerCase();
  return `${tokens}|${country ?? '?'}`;
};

export function groupAlerts(shipments: readonly Shipment[], results: readonly ShipmentScore[]): AlertGroup[] {
  const byId = new Map(shipments.map((s) => [s.id, s]));
  const groups = new Map<string, AlertGroup & { names: Set<string> }>();
  for (const r of results) {
    const s = byId.get(r.id);
    if (!r.alert || !s) continue;
    const party = partiesWith(s, 'end_user')[0] ?? partiesWith(s, 'consignee')[0];
    const name = party?.name ?? '(no consignee)';
    const key = counterpartyKey(name, party?.country);
    // Same key, else the closest group in the same country by the screening engine's name score (other scripts, typos).
    let g =
      groups.get(key) ??
      [...groups.values()].find(
        (x) =>
          x.country === party?.country &&
          (compareNamePair(x.counterparty, name, 'organization')?.score ?? 0) >= SAME_PARTY,
      );
    if (!g)
      groups.set(
        key,
        (g = {
          key,
          counterparty: name,
          ...(party?.country ? { country: party.country } : {}),
          shipments: [],
          maxScore: 0,
          tags: {},
          why: '',
          names: new Set(),
        }),
      );
    g.shipments.push(r.id);
    g.names.add(name);
    g.maxScore = Math.max(g.maxScore, r.score);
    for (const f of r.flags) g.tags[f.tag] = (g.tags[f.tag] ?? 0) + 1;
  }
  return [...groups.values()]
    .map(({ names, ...g }) => ({
      ...g,
      why: `${g.shipments.length} alerting shipment(s) to ${[...names].map((n) => `"${n}"`).join(' / ')}${g.country ? ` in ${g.country}` : ''} (names equal after normalisation or scoring ≥ ${SAME_PARTY})`,
    }))
    .sort((a, b) => b.maxScore - a.maxScore || b.shipments.length - a.shipments.length);
}
