/**
 * The vocabulary of a licence determination and of the rules that produce it. Rules are data
 * (`data/rules-*.ts`): an id, a jurisdiction, a citation, effective dates, a condition built
 * from the primitives below, and an effect. One engine (`engine.ts`) evaluates them all.
 */
import type { Evidence } from '../common/evidence';
import type { ChartColumn } from '../controls/model';

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

/** US EAR, EU Reg. 2021/821 and sanctions, UK (ECO 2008, Russia regs), NL and JP national SME controls, AU DTC Act. */
export const LICENSING_JURISDICTIONS = ['US', 'EU', 'UK', 'NL', 'JP', 'AU'] as const;
export type LicensingJurisdiction = (typeof LICENSING_JURISDICTIONS)[number];

/**
 * What a rule looks at. Country and group tests take ISO alpha-2 codes and Country Group ids
 * ("D:5", "E:1", "EU" for the member states); "destination" is the country of ultimate
 * destination, or, for a release of technology, the foreign national's citizenship (734.13(b)).
 */
export type RuleCondition =
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition }
  | { destinationIn: string[] }
  | { exporterIn: string[] }
  | { originIn: string[] }
  /** The item's ECCN is one of these (entry "3A090" matches every paragraph; "3A090.a" its subtree). */
  | { eccnIn: string[] }
  /** The item is listed on the jurisdiction's control list (not EAR99 / not unlisted). */
  | { listed: boolean }
  /** A reason for control of the item's ECCN points to this Country Chart column, and the destination has an X in it. */
  | { chartColumn: ChartColumn }
  /** A party screened as on one of these lists (`us-bis-entity-list`, `us-bis-meu`, `us-ofac-sdn`...). */
  | { partyOnList: string[]; requirementMatches?: string }
  | { endUseIn: string[] }
  /** The item's HS / HTS code starts with one of these prefixes (digits only); without an HS code it is assumed to, unless `requireHs`. */
  | { hsPrefixIn: string[]; requireHs?: true }
  /** US-origin content above the de minimis share: 10 % for these groups, 25 % elsewhere (734.4(c), (d)). */
  | { usContentAboveDeMinimis: { lowerFor: string[]; lower: number; standard: number } }
  /** A boolean fact the transaction states about the item (`made_with_us_technology`, `sta_consignee_statement`...). */
  | { itemFlag: string }
  /** A party is owned, directly or indirectly, individually or in aggregate, at least `atLeast` % by owners on these lists (an owner of unknown share counts as reaching it). */
  | { partyOwnedByListed: { lists: string[]; atLeast: number } }
  /** The destination is one of these sanctioned regions (`Transaction.destination_region`). */
  | { regionIn: string[] }
  /** A technical parameter of the item has this value (`designed_for_datacenter`: false); not given = does not hold. */
  | { parameterIs: { parameter: string; equals: string | number | boolean } }
  /** The ECCN's licence-exception line allows the exception (`LVS`, `GBS`...) — from the control-list data. */
  | { exceptionLine: string }
  /** The ECCN's licence-exception line excludes the item ("License Exception STA may not be used to ship any item in 3A001.b.2 ..."). */
  | { exceptionLineExcludes: string }
  /** The item's value is within the ECCN's LVS value limit (740.3(a)). */
  | { withinLvsLimit: true }
  /** A party of these roles (all roles when absent) is located in one of these countries or groups. */
  | { partyCountryIn: string[]; roles?: string[] }
  /** The exporter was informed by the authority of (`informed`), or is aware of (`aware`), one of these grounds (`KNOWLEDGE_GROUNDS`); either when `how` is absent. */
  | { knows: string[]; how?: 'informed' | 'aware' }
  /** The transaction states that the contract carries this clause (`no_re_export_to_russia`, Reg. 833/2014 Art. 12g). */
  | { contractClause: string }
  /** The item is stated to be on one of these sanctions annexes / schedules (`eu-833-annex-xl`, `uk-rus-sch-2a`...). */
  | { sanctionsListIn: string[] }
  /** The item's control code matches this regular expression (case-insensitive), e.g. "^ML" for UK military goods. */
  | { codeMatches: string }
  /** Technology is released to a foreign person whose nationality is not one of these (false when there is no release). */
  | { releaseToNotIn: string[] }
  /** The item incorporates US-origin content whose ECCN (`items[].us_content_eccns`) matches this regular expression — the 734.4(a) no-de-minimis cases. */
  | { usContentEccnMatches: string };

export interface Effect {
  /** Absent on jurisdiction rules, whose effect is `subject`. */
  decision?: Exclude<Decision, 'NO_LICENCE_REQUIRED' | 'NOT_SUBJECT'>;
  /** Jurisdiction rules: the item is subject to this jurisdiction's law (734.3; Reg. 2021/821 Art. 2). */
  subject?: true;
  /** Jurisdiction rules: the item is excluded from this jurisdiction's law whatever else makes it subject (15 CFR 734.7, 734.8). */
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

/** `obligation` rules fire alongside the decision: they add a duty (Reg. 833/2014 Art. 12g) and say whether it is met. */
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
  /** The rule's dates and scope were checked against `evidence` (a quoted passage with its URL or FR citation; see common/evidence.ts). */
  verified?: boolean;
  evidence?: readonly Evidence[];
  /** When the rule fires, the determination carries this open question (e.g. a period whose law is not modelled, answered fail-closed). */
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
  determinations: Partial<Record<LicensingJurisdiction, Determination>>;
  warnings: string[];
  /** The version of the EAR Country Chart and Country Groups used (absent: none was imported). */
  regulations?: { id: string; contentDate: string; format: string };
}

export const ruleInForce = (r: { effectiveFrom: string; effectiveTo?: string }, asOf: string): boolean =>
  r.effectiveFrom <= asOf && (r.effectiveTo === undefined || asOf < r.effectiveTo);
