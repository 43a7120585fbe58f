/** Scoring two bare names against each other (`dualuse screen compare`). */
import type { EntityType } from '../model';
import { compareNames, type NameComparison, type TokenWeight } from './compare-names';
import { comparable, normaliseName } from './normalise';
import { defaultWeight } from './weights';

/** Best comparison over every reading of both names. */
export function compareNamePair(
  a: string,
  b: string,
  type: EntityType = 'unknown',
  weight: TokenWeight = defaultWeight,
): NameComparison | null {
  let best: NameComparison | null = null;
  for (const qa of splitAlternatives(a).flatMap((n) => normaliseName(n, type))) {
    for (const qb of splitAlternatives(b).flatMap((n) => normaliseName(n, type))) {
      if (!comparable(qa, qb)) continue;
      const c = compareNames(qa, qb, weight);
      if (!best || c.score > best.score) best = c;
    }
  }
  return best;
}

/**
 * "Al-Qa'ida/Islamic Army": a slash between names separates alternatives. But a slash also joins the words of one
 * name ("Plant Import/Export Co.", "Department 140/14"), so the whole name is kept as well: cut at the slash it
 * would lose the words that make it this party's name.
 */
export function splitAlternatives(name: string): string[] {
  const parts = name.split(/\s*\/\s*/).filter((p) => p.trim().length > 1);
  return parts.length > 1 ? [name, ...parts] : [name];
}

/** FollowTheMoney schema names (name_pairs bench, OpenSanctions exports) to our entity types. */
export function entityTypeOfSchema(schema: string | undefined): EntityType {
  switch ((schema ?? '').toLowerCase()) {
    case 'person':
      return 'person';
    case 'company':
    case 'organization':
    case 'legalentity':
    case 'publicbody':
      return 'organization';
    case 'vessel':
      return 'vessel';
    case 'airplane':
    case 'aircraft':
      return 'aircraft';
    default:
      return 'unknown';
  }
}
