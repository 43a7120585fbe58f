/**
 * Step 4 of `parseTransaction`: the circumstances around the goods: end uses, a deemed export's recipient, the
 * sanctioned region of the destination, and what the exporter was told, knows or agreed by contract.
 */
import type { Transaction } from '../transaction';
import type { Issues } from './issues';
import { CONTRACT_CLAUSES, DESTINATION_REGIONS, END_USES, KNOWLEDGE_GROUNDS } from './vocabulary';

export type Circumstances = Pick<Transaction, 'end_use' | 'technology_release_to'> &
  Pick<Transaction, 'informed_by_authority' | 'exporter_aware' | 'contract_clauses' | 'destination_region'>;

export function parseCircumstances(
  input: Record<string, unknown>,
  destination: string | undefined,
  issues: Issues,
): Circumstances {
  const end_use = parseEndUses(input.end_use, issues);
  const release = input.technology_release_to === undefined ? null : input.technology_release_to;
  if (release !== null) issues.country(release, '/technology_release_to', false);
  const optional: Omit<Circumstances, 'end_use' | 'technology_release_to'> = {};
  if (input.destination_region !== undefined) {
    const region = parseRegion(input.destination_region, destination, issues);
    if (region) optional.destination_region = region;
  }
  if (input.informed_by_authority !== undefined)
    optional.informed_by_authority = issues.vocabulary(
      input.informed_by_authority,
      '/informed_by_authority',
      KNOWLEDGE_GROUNDS,
    );
  if (input.exporter_aware !== undefined)
    optional.exporter_aware = issues.vocabulary(input.exporter_aware, '/exporter_aware', KNOWLEDGE_GROUNDS);
  if (input.contract_clauses !== undefined)
    optional.contract_clauses = issues.vocabulary(input.contract_clauses, '/contract_clauses', CONTRACT_CLAUSES);
  return { end_use, technology_release_to: release as string | null, ...optional };
}

function parseEndUses(raw: unknown, issues: Issues): string[] {
  const end_use: string[] = [];
  if (raw !== undefined && !Array.isArray(raw)) issues.fail('/end_use', 'must be an array such as ["civil"]');
  else
    ((raw as unknown[] | undefined) ?? []).forEach((u, i) => {
      if (typeof u !== 'string' || !(END_USES as readonly string[]).includes(u))
        issues.fail(`/end_use/${i}`, `'${String(u)}' is not one of ${END_USES.join(', ')}`);
      else end_use.push(u);
    });
  return end_use;
}

/** 15 CFR 746.6: the covered regions lie in Ukraine, so a region with another destination is a contradiction. */
function parseRegion(r: unknown, destination: string | undefined, issues: Issues): string | undefined {
  if (typeof r !== 'string' || !(DESTINATION_REGIONS as readonly string[]).includes(r))
    issues.fail('/destination_region', `'${String(r)}' is not one of ${DESTINATION_REGIONS.join(', ')}`);
  else if (destination !== 'UA')
    issues.fail(
      '/destination_region',
      `region '${r}' lies in Ukraine (UA), not in ${destination ?? 'the destination'}`,
    );
  else return r;
  return undefined;
}
