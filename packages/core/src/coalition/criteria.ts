/**
 * Which criteria an agency refuses on, by the agency's country: an EU member state under the
 * Common Position (Reg. (EU) 2021/821 Art. 15(1)), the UK under its own criteria. Any other
 * country: unknown — we hold no criteria for it and say so instead of lending it another's.
 */
import { invalidInput } from '../common/errors';
import {
  EU_COMMON_POSITION,
  EU_MEMBER_STATES,
  UK_SELC,
  type CriteriaSet,
  type RefusalCriterion,
} from './data/refusal-criteria';

export function criteriaSetFor(country: string): CriteriaSet | undefined {
  const c = country.toUpperCase();
  if ((EU_MEMBER_STATES as readonly string[]).includes(c)) return EU_COMMON_POSITION;
  if (c === 'GB' || c === 'UK') return UK_SELC;
  return undefined;
}

/** A cited criterion by its id ("EU-CP-2008/944-7"), with the set it belongs to; undefined for an id we do not hold. */
export function criterionById(id: string): { set: CriteriaSet; criterion: RefusalCriterion } | undefined {
  for (const set of [EU_COMMON_POSITION, UK_SELC]) {
    const criterion = set.criteria.find((c) => c.id === id);
    if (criterion) return { set, criterion };
  }
  return undefined;
}

/** Validates the criteria ids of a refusal against the agency's set; every bad id is named. */
export function checkRefusalCriteria(country: string, ids: unknown, pointer = '/criteria') {
  const set = criteriaSetFor(country);
  if (!set)
    throw invalidInput(
      `no refusal criteria are known for agencies of ${country}: a refusal cannot cite criteria we do not hold`,
      pointer,
    );
  if (!Array.isArray(ids) || ids.length === 0)
    throw invalidInput(`a refusal needs at least one criterion of ${set.id} (e.g. "${set.criteria[6]!.id}")`, pointer);
  return ids.map((id, i) => {
    const found = set.criteria.find((c) => c.id === id || (typeof id === 'number' && c.number === id));
    if (!found)
      throw invalidInput(
        `${JSON.stringify(id)} is not a criterion of ${set.id}; expected one of ${set.criteria.map((c) => c.id).join(', ')}`,
        `${pointer}/${i}`,
      );
    return found;
  });
}
