/**
 * Step 3 of `parseTransaction`: the parties, each with its role, name, country and the listed owners the exporter
 * found (BIS affiliates rule, 15 CFR 744.11(a)(3)).
 */
import type { TransactionParty } from '../transaction';
import { isObject, type Issues } from './issues';
import { PARTY_ROLES } from './vocabulary';

type Owner = NonNullable<TransactionParty['listed_owners']>[number];
const ROLES: readonly string[] = PARTY_ROLES;

export function parseParties(raw: unknown, issues: Issues): TransactionParty[] {
  const parties: TransactionParty[] = [];
  if (raw !== undefined && !Array.isArray(raw)) issues.fail('/parties', 'must be an array of parties');
  else
    ((raw as unknown[] | undefined) ?? []).forEach((one, i) => {
      const party = parseParty(one, `/parties/${i}`, issues);
      if (party) parties.push(party);
    });
  return parties;
}

function parseParty(raw: unknown, p: string, issues: Issues): TransactionParty | undefined {
  if (!isObject(raw)) {
    issues.fail(p, 'a party is an object {"role", "name", "country"}');
    return undefined;
  }
  issues.unknownKeys(raw, p, ['role', 'name', 'country', 'listed_owners']);
  const role = issues.str(raw.role, `${p}/role`, true);
  if (role !== undefined && !ROLES.includes(role))
    issues.fail(`${p}/role`, `'${role}' is not one of ${ROLES.join(', ')}`);
  const name = issues.str(raw.name, `${p}/name`, true);
  const c = issues.country(raw.country, `${p}/country`, false);
  const owners = parseOwners(raw.listed_owners, p, issues);
  return {
    role: (role ?? 'other') as TransactionParty['role'],
    name: name ?? '',
    ...(c ? { country: c } : {}),
    ...(owners.length ? { listed_owners: owners } : {}),
  };
}

function parseOwners(raw: unknown, p: string, issues: Issues): Owner[] {
  const owners: Owner[] = [];
  if (raw !== undefined && !Array.isArray(raw))
    issues.fail(`${p}/listed_owners`, 'must be an array of {"name", "list", "percent"}');
  else
    ((raw as unknown[] | undefined) ?? []).forEach((o, j) => {
      const owner = parseOwner(o, `${p}/listed_owners/${j}`, issues);
      if (owner) owners.push(owner);
    });
  return owners;
}

function parseOwner(o: unknown, q: string, issues: Issues): Owner | undefined {
  if (!isObject(o)) {
    issues.fail(q, 'an owner is an object {"name", "list", "percent"}');
    return undefined;
  }
  issues.unknownKeys(o, q, ['name', 'list', 'percent']);
  const name = issues.str(o.name, `${q}/name`, true);
  const list = issues.str(o.list, `${q}/list`, true);
  if (o.percent !== undefined && (typeof o.percent !== 'number' || !(o.percent > 0 && o.percent <= 100)))
    issues.fail(`${q}/percent`, 'must be a number above 0 and at most 100');
  return {
    name: name ?? '',
    list: list ?? '',
    ...(typeof o.percent === 'number' ? { percent: o.percent } : {}),
  };
}
