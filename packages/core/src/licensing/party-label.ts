import type { Transaction } from './transaction';

const ROLE_WORDS: Record<string, string> = {
  end_user: 'end user',
  consignee: 'consignee',
  intermediate_consignee: 'intermediate consignee',
  purchaser: 'purchaser',
  forwarder: 'forwarder',
  other: 'party',
};

/**
 * A party as a person reads it in an explanation: its role, its name and its place in the form counted from 1
 * ("the end user 'Listed Trading LLC' (party 2)"), not the array index a JSON pointer uses.
 */
export function partyLabel(tx: Pick<Transaction, 'parties'>, index: number): string {
  const party = tx.parties[index];
  if (!party) return `party ${index + 1}`;
  return `the ${ROLE_WORDS[party.role] ?? 'party'} '${party.name}' (party ${index + 1})`;
}
