/**
 * Scores a shipment against the red-flag rules and explains every point of the score.
 *
 * Flags combine as independent indicators: risk = 1 − Π(1 − wᵢ), shown ×100. One flag never
 * exceeds its own weight, several raise the score without passing 100, and each flag's share
 * is reported (`contribution`), so no number is unexplained. The BIS and FinCEN guidance
 * treats each indicator as a reason to ask, not proof: an alert needs the combined score to
 * reach ALERT_AT, or a rule marked `alertAlone` (a listed-party match).
 */
import { runCheck } from './checks';
import { RED_FLAG_RULES, type RedFlagRule } from './data/red-flags';
import type { Extracted } from './identifiers';
import type { Provenance as SharedProvenance } from '../coalition/shared-lists';
import type { ScoringContext, Shipment } from './model';

export interface Flag {
  rule: string;
  tag: string;
  title: string;
  weight: number;
  /** Points this flag added to the score, in the order the flags were applied. */
  contribution: number;
  fields: string[];
  why: string;
  citations: readonly string[];
  verify?: boolean;
  /** What in this flag is ours, not the law's: the weight and the thresholds of `heuristicParams`. */
  heuristic: string;
  /** Identifiers read out of descriptions that the flag rests on (identifiers.ts): what, where, how read. */
  extracted?: Extracted[];
  /** Who shared the indicators the flag rests on (coalition partners: agency, coalition, date, reason). */
  provenance?: SharedProvenance[];
}

export type Severity = 'none' | 'low' | 'medium' | 'high';

export interface ShipmentScore {
  id: string;
  score: number;
  severity: Severity;
  alert: boolean;
  flags: Flag[];
  /** Rules that could not be evaluated for lack of data, so a low score is read for what it is. */
  abstained: string[];
  /** How the score is made, and that its numbers are product heuristics, not law. */
  basis: string;
}

/** Product heuristics, not law: no authority sets a score, an alert threshold or severity bands. */
export const ALERT_AT = 40;
const SEVERITY: [number, Severity][] = [
  [70, 'high'],
  [40, 'medium'],
  [1, 'low'],
];
export const SCORE_BASIS = `Score = 100 × (1 − Π(1 − weight)) over the flags; alert at ${ALERT_AT} or on a listed-party match; severity medium from 40, high from 70. The weights, thresholds and bands are product heuristics, not law: the cited guidance names indicators, never points.`;

/** "weight 0.2; factor 5; minHistory 3 — product heuristics, not law". */
export function heuristicLabel(r: RedFlagRule, weight: number): string {
  const params = r.heuristicParams.map((p) => `${p} ${describe(r.params[p])}`);
  return `${['weight ' + weight, ...params].join('; ')} — product heuristic${params.length ? 's' : ''}, not law`;
}
const describe = (v: unknown): string =>
  Array.isArray(v)
    ? `(${v.length} entries, our list)`
    : typeof v === 'object' && v !== null
      ? JSON.stringify(v)
      : String(v);

/** Rules that need context data the caller did not give. */
const NEEDS: Partial<Record<string, (keyof ScoringContext)[]>> = {
  chpl_to_countries: ['chpl'],
  missing_contract_clause: ['chpl'],
  listed_name: ['listed', 'screenName'],
  listed_address: ['listed', 'listedAddresses'],
  quantity_vs_history: ['history'],
  owned_by_listed: ['ownership'],
  listed_contact: ['listed', 'listedContacts'],
  crowded_address: ['registryAddresses'],
  price_vs_reference: ['referencePrices'],
  structured_payments: ['payments'],
  denied_before: ['denials'],
  shared_indicator: ['sharedIndicators'],
};

export function scoreShipment(
  s: Shipment,
  ctx: ScoringContext = {},
  rules: readonly RedFlagRule[] = RED_FLAG_RULES,
): ShipmentScore {
  const date = ctx.asOf ?? s.date;
  const flags: Flag[] = [];
  const abstained: string[] = [];
  for (const r of rules) {
    if (r.effectiveFrom && date && date < r.effectiveFrom) continue;
    const need = NEEDS[r.check];
    if (need && !need.some((k) => ctx[k])) {
      abstained.push(r.id);
      continue;
    }
    const findings = runCheck(r.check, s, ctx, r.params);
    if (!findings.length) continue;
    // One rule counts once, at its strongest finding; the others are kept as evidence.
    const weight = Math.max(...findings.map((f) => f.weight ?? r.weight));
    const fields = [...new Set(findings.flatMap((f) => f.fields))];
    const heuristic = heuristicLabel(r, weight);
    const extracted = findings.flatMap((f) => f.extracted ?? []);
    const provenance = [...new Map(findings.flatMap((f) => f.provenance ?? []).map((x) => [x.recordId, x])).values()];
    flags.push({
      rule: r.id,
      tag: r.tag,
      title: r.title,
      weight,
      contribution: 0,
      fields,
      why: `${findings.map((f) => f.why).join('; ')} [${heuristic}]`,
      citations: r.citations,
      ...(r.verify ? { verify: true } : {}),
      heuristic,
      ...(extracted.length ? { extracted } : {}),
      ...(provenance.length ? { provenance } : {}),
    });
  }
  flags.sort((a, b) => b.weight - a.weight);
  let keep = 1;
  for (const f of flags) {
    const before = 1 - keep;
    keep *= 1 - f.weight;
    f.contribution = round(100 * (1 - keep - before));
  }
  const score = round(100 * (1 - keep));
  const severity = SEVERITY.find(([t]) => score >= t)?.[1] ?? 'none';
  const alert = score >= ALERT_AT || flags.some((f) => rules.find((r) => r.id === f.rule)?.alertAlone);
  return { id: s.id, score, severity, alert, flags, abstained, basis: SCORE_BASIS };
}

const round = (x: number) => Math.round(x * 10) / 10;
