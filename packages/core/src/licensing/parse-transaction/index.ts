/**
 * `parseTransaction`: the validator of a transaction as a user sends it, one step per section (header, items, parties,
 * circumstances), each reporting to one issue collector so a refusal lists every issue in reading order.
 */
import type { Transaction } from '../transaction';
import { parseCircumstances } from './circumstances';
import { parseHeader } from './header';
import { isObject, Issues, refuse } from './issues';
import { parseItems } from './items';
import { parseParties } from './parties';
import { TOP_KEYS } from './vocabulary';

/**
 * Validates and returns the transaction with defaults (`parties: []`, `end_use: []`); throws one DomainError listing
 * every issue.
 */
export function parseTransaction(input: unknown, where = ''): Transaction {
  if (!isObject(input))
    throw refuse([
      { pointer: where, message: 'a transaction is a JSON object with id, date, exporter, items and destination' },
    ]);
  const issues = new Issues(where);
  issues.unknownKeys(input, '', TOP_KEYS);
  const header = parseHeader(input, issues);
  const items = parseItems(input.items, issues);
  const parties = parseParties(input.parties, issues);
  const circumstances = parseCircumstances(input, header.destination, issues);
  if (issues.list.length) throw refuse(issues.list);
  const { id, date, exporter, destination, end_use, technology_release_to } = { ...header, ...circumstances };
  return {
    id: id!,
    date: date!,
    exporter: exporter!,
    items,
    destination: destination!,
    parties,
    end_use,
    technology_release_to,
    ...optionalOf(circumstances),
  };
}

function optionalOf(c: ReturnType<typeof parseCircumstances>) {
  const { end_use: _e, technology_release_to: _t, ...optional } = c;
  return optional;
}
