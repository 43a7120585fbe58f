/**
 * A control proposal (issue 16 §4): an agency drafts a proposed control (technology, parameters,
 * rationale, foreign availability, the areas it belongs to), invites technical advisers (a
 * per-proposal adviser role for industry and academia), collects their comments and records a
 * decision. Forward-looking criteria are each scored on our 0–3 scale WITH the reason written down;
 * they are never summed into one number.
 */
import { invalidInput } from '../../common/errors';
import { ALL_AREA_KEYS } from './register';

export const CRITERIA = [
  'maturity',
  'military_relevance',
  'foreign_availability',
  'chokepoint_position',
  'economic_cost',
] as const;
export type Criterion = (typeof CRITERIA)[number];
export const PROPOSAL_STATUSES = ['draft', 'consultation', 'decided'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const DECISIONS = ['adopt', 'reject', 'defer'] as const;

export interface ProposalDraft {
  title: string;
  technology: string;
  parameters: Record<string, string>;
  rationale: string;
  foreignAvailability: string;
  areas: string[];
  /** Each criterion: a score on our 0–3 scale and the reason for it. */
  criteria: Record<Criterion, { score: number; reason: string }>;
  /** Links to chokepoint / trade-cost analyses when those exist (free references). */
  links?: string[];
}

const text = (v: unknown, pointer: string, max = 4000): string => {
  if (typeof v !== 'string' || !v.trim()) throw invalidInput(`${pointer.slice(1)} is required`, pointer);
  if (v.length > max) throw invalidInput(`${pointer.slice(1)} is longer than ${max} characters`, pointer);
  return v.trim();
};

export function parseDraft(input: unknown): ProposalDraft {
  if (!input || typeof input !== 'object') throw invalidInput('expected a proposal object', '');
  const o = input as Record<string, unknown>;
  const areas = Array.isArray(o.areas) ? o.areas : [];
  areas.forEach((x, i) => {
    if (typeof x !== 'string' || !ALL_AREA_KEYS.includes(x))
      throw invalidInput(
        `areas/${i}: "${String(x)}" is not a register area (e.g. "eu-2023-2113:quantum")`,
        `/areas/${i}`,
      );
  });
  const params = (o.parameters ?? {}) as Record<string, unknown>;
  if (typeof params !== 'object' || Array.isArray(params))
    throw invalidInput('parameters: an object of name → value', '/parameters');
  const criteria = (o.criteria ?? {}) as Record<string, { score?: unknown; reason?: unknown }>;
  const scored = Object.fromEntries(
    CRITERIA.map((c) => {
      const x = criteria[c];
      const score = x?.score;
      if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 3)
        throw invalidInput(`criteria/${c}/score: an integer 0–3 (our scale)`, `/criteria/${c}/score`);
      return [c, { score, reason: text(x?.reason, `/criteria/${c}/reason`, 2000) }];
    }),
  ) as ProposalDraft['criteria'];
  return {
    title: text(o.title, '/title', 300),
    technology: text(o.technology, '/technology'),
    parameters: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, text(v, `/parameters/${k}`, 500)])),
    rationale: text(o.rationale, '/rationale'),
    foreignAvailability: text(o.foreignAvailability, '/foreignAvailability'),
    areas: areas as string[],
    criteria: scored,
    ...(Array.isArray(o.links) ? { links: o.links.map((l, i) => text(l, `/links/${i}`, 500)) } : {}),
  };
}

/** What may happen next, and why not otherwise: the workflow's rules in one place. */
export function canTransition(from: ProposalStatus, to: ProposalStatus): string | null {
  if (from === 'draft' && to === 'consultation') return null;
  if (from === 'consultation' && to === 'decided') return null;
  return `a proposal in status "${from}" cannot move to "${to}" (draft → consultation → decided)`;
}
