/** Review policies as list entries state them in words (the Entity List's "License review policy" column). */
import { POLICIES, type Policy } from './model';

/** A policy's strictness: its place in model.ts `POLICIES`, the higher the stricter. */
export const policyRank = (p: Policy) => POLICIES.indexOf(p);

/**
 * "Presumption of denial." / "Case-by-case review for ...; policy of denial for ..." → the strictest policy the text
 * names.
 */
export function policyFromText(text: string | undefined): Policy | undefined {
  if (!text) return undefined;
  const found: Policy[] = [];
  if (/presumption of denial/i.test(text)) found.push('presumption_of_denial');
  if (/policy of denial/i.test(text)) found.push('denial');
  if (/case[- ]by[- ]case/i.test(text)) found.push('case_by_case');
  if (/presumption of approval/i.test(text)) found.push('presumption_of_approval');
  if (!found.length) return undefined;
  return found.sort((a, b) => policyRank(b) - policyRank(a))[0];
}
