/**
 * The vocabulary of a licence determination and of the rules that produce it. Rules are data
 * (`data/rules-*.ts`): an id, a jurisdiction, a citation, effective dates, a condition built
 * from the primitives below, and an effect. One engine (`engine.ts`) evaluates them all.
 */
import type { Evidence } from '../common/evidence';
import type { RuleCondition } from './conditions/registry';

/** Ordered from least to most restrictive; a transaction takes the most restrictive item answer. */
export const DECISIONS = [
  'NOT_SUBJECT',
  'NO_LICENCE_REQUIRED',
  'LICENCE_EXCEPTION',
  'LICENCE_REQUIRED',
  'PROHIBITED',
] as const;
export type Decision = (typeof DECISIONS)[number];

/** Licensing review policies as the regulations word them (e.g. 15 CFR 742.6(b), 744.11(b)). */
export const POLICIES = [
  'approval',
  'case_by_case',
  'presumption_of_approval',
  'presumption_of_denial',
  'denial',
] as const;
export type Policy = (typeof POLICIES)[number];

/**
 * A jurisdiction's code in the registry (jurisdictions/registry.ts: US, EU, UK, NL, JP, AU, and any
 * registered); a string, since jurisdictions can be registered at start-up — the registry refuses
 * a rule whose jurisdiction is not the entry it comes with.
 */
export type LicensingJurisdiction = string;

/** What a rule looks at: derived from the registered condition handlers (conditions/registry.ts). */
export type { RuleCondition };

export interface Effect {
  /** Absent on jurisdiction rules, whose effect is `subject`. */
  decision?: Exclude<Decision, 'NO_LICENCE_REQUIRED' | 'NOT_SUBJECT'>;
  /** Jurisdiction rules: the item is subject to this jurisdiction's law (734.3; Reg. 2021/821 Art. 2). */
  subject?: true;
  /**
   * Jurisdiction rules: the item is excluded from this jurisdiction's law whatever else makes it subject (15 CFR 734.7,
   * 734.8).
   */
  excluded?: true;
  policy?: Policy;
  /** Take the review policy from the screened list entry (Entity List / MEU `license_policy`, 744.11(b)). */
  policyFromList?: boolean;
  /** Licence exception / general authorisation code, for LICENCE_EXCEPTION. */
  authorisation?: string;
  /** Requirements that a licence exception may not overcome (15 CFR 740.2(a)). */
  blocksExceptions?: boolean;
  /** Reasons for control the requirement stands on, or that an exception covers. */
  reasons?: string[];
  /** Conditions of use an exception carries (statements, notifications, registration). */
  conditions?: string[];
  /** Obligation rules: what the exporter must do (e.g. a contract clause), without changing the decision. */
  obligation?: string;
}

/**
 * `obligation` rules fire alongside the decision: they add a duty (Reg. 833/2014 Art. 12g) and say whether it is met.
 */
export type RuleStage = 'jurisdiction' | 'requirement' | 'exception' | 'obligation';

export interface LicensingRule {
  id: string;
  jurisdiction: LicensingJurisdiction;
  stage: RuleStage;
  title: string;
  citation: string;
  /** The rule version: the Federal Register / Official Journal act that made it. */
  source: string;
  effectiveFrom: string;
  /** Exclusive. */
  effectiveTo?: string;
  when: RuleCondition;
  effect: Effect;
  /** What could not be verified against the official text in review. */
  unverified?: string;
  /**
   * The rule's dates and scope were checked against `evidence` (a quoted passage with its URL or FR citation; see
   * common/evidence.ts).
   */
  verified?: boolean;
  evidence?: readonly Evidence[];
  /**
   * When the rule fires, the determination carries this open question (e.g. a period whose law is not modelled,
   * answered fail-closed).
   */
  openQuestion?: string;
  /** Off unless the caller asks for it by id (e.g. the rescinded 2025 AI-diffusion rule). */
  optIn?: boolean;
  /** Obligation rules: the obligation is met when this holds (e.g. the contract states the clause). */
  metWhen?: RuleCondition;
}

/** An obligation a fired rule puts on the exporter, and whether the transaction shows it met. */
export interface ObligationTrace {
  id: string;
  citation: string;
  item: number;
  obligation: string;
  met: boolean;
  why: string;
}

/** One rule in a determination's chain, with why it fired or did not. */
export interface RuleTrace {
  id: string;
  citation: string;
  title: string;
  source: string;
  effectiveFrom: string;
  effectiveTo?: string;
  /** Index of the item it was evaluated for; absent for transaction-wide rules. */
  item?: number;
  why: string;
  effect?: Effect;
}

export interface Determination {
  decision: Decision;
  authorisation?: string;
  policy?: Policy;
  rules: RuleTrace[];
  not_fired: RuleTrace[];
  /** Things the engine could not decide and a human must (an ECCN missing from the data, FDP not evaluated...). */
  open_questions: string[];
  /** Duties that do not change the decision (Reg. 833/2014 Art. 12g contract clause); absent when none fired. */
  obligations?: ObligationTrace[];
}

export interface DeterminationResult {
  id: string;
  asOf: string;
  /** Per jurisdiction of the registry (or those asked for), in the registry's order. */
  determinations: Record<LicensingJurisdiction, Determination>;
  warnings: string[];
  /** The version of the EAR Country Chart and Country Groups used (absent: none was imported). */
  regulations?: { id: string; contentDate: string; format: string };
}

export const ruleInForce = (r: { effectiveFrom: string; effectiveTo?: string }, asOf: string): boolean =>
  r.effectiveFrom <= asOf && (r.effectiveTo === undefined || asOf < r.effectiveTo);
