/**
 * A control entry's technical test, written as data: conditions over the parameters of
 * ./catalog.ts, each rule with the regulation it transcribes, the amendment that set the
 * threshold and the dates between which it applies. The evaluator (./evaluate.ts) never
 * knows which entry it is looking at.
 */
import type { Evidence } from '../../common/evidence';
import type { Jurisdiction } from '../model';

export type Comparison = '>=' | '>' | '<=' | '<';

export type Condition =
  /** A numeric threshold in the parameter's canonical unit. */
  | { param: string; op: Comparison; value: number; label?: string }
  | { param: string; op: 'is'; value: boolean; label?: string }
  /** The item's value (one or a list) includes one of these. */
  | { param: string; op: 'includes'; value: readonly string[]; label?: string }
  /** True when the user gave any of these parameters; used to decide whether a rule is in play. */
  | { given: readonly string[] }
  | { all: readonly Condition[]; label?: string }
  | { any: readonly Condition[]; label?: string }
  | { not: Condition; label?: string };

export interface Exclusion {
  when: Condition;
  /** The note or decontrol, e.g. "Note 2 to 3A090.a and 3A090.b". */
  note: string;
  citation: string;
}

export interface ClassificationRule {
  jurisdiction: Jurisdiction;
  /** The paragraph the rule decides: "3A090.a", "2B001.b.2", "5A992.c". */
  code: string;
  title: string;
  /** Where the text is: "15 CFR 774 Supp. 1, ECCN 3A090.a". */
  citation: string;
  /** The amendment that set this text, e.g. "88 FR 73458 (25 Oct 2023)". */
  amendedBy: string;
  /** ISO date from which the rule applies. */
  effectiveFrom: string;
  /** true when the text was checked in force on effectiveFrom but may be older (date of our snapshot). */
  effectiveFromIsLowerBound?: boolean;
  /** ISO date from which it no longer applies (exclusive). */
  effectiveTo?: string;
  /** When the rule concerns the item at all; an unknown scope means "not in play". */
  scope: Condition;
  when: Condition;
  unless?: readonly Exclusion[];
  /** Codes (same jurisdiction) that take precedence: "n.e.s." and "not controlled by" entries. */
  supersededBy?: readonly string[];
  /** What the rule does not model, so the user knows what to check by hand. */
  caveat?: string;
  /**
   * Caveats that concern only some items (a note on non-datacenter chips): shown unless the item's own values rule
   * them out (`when` evaluates to "no"); an item that does not say is shown the caveat.
   */
  caveatsIf?: readonly { when: Condition; text: string }[];
  /**
   * Set when a fact of the rule (e.g. the amending rule or its date) is not yet verified against the source: what to
   * check.
   */
  verify?: string;
  /** The regulation's words the thresholds were transcribed from (common/evidence.ts). */
  evidence?: readonly Evidence[];
}

/** Parameters computed from others, so a missing one is asked for by its inputs. */
export const DERIVED_FROM: Readonly<Record<string, readonly string[]>> = {
  tpp: ['dense_tops', 'bit_length'],
  performance_density: ['tpp', 'die_area_mm2'],
  memory_bandwidth_density: ['memory_bandwidth_gbps', 'package_area_mm2'],
  mrf_nm: ['wavelength_nm', 'numerical_aperture'],
  fractional_bandwidth_percent: ['frequency_min_ghz', 'frequency_max_ghz'],
};
