/**
 * Evaluates a rule's condition (data, see `RuleCondition`) against one item of a transaction, and
 * says why it holds or not in words a compliance officer can check. Where the data cannot answer
 * (no chart row, no US-content figure) the condition is taken to hold — so a requirement fires
 * rather than silently not — and an open question is raised. Each kind is a registered handler
 * (conditions/registry.ts), one file per family; the memo key is built from what each declares it
 * reads (conditions/memo-key.ts), and the memo lives in a cache the caller owns (conditions/cache.ts).
 */
export type { ConditionOutcome, EvalContext, PartyHit } from './conditions/types';
export { conditionKey, evaluate, test, type ConditionKind } from './conditions/registry';
export { placeKey, statedKey } from './conditions/memo-key';
export { LicensingCache } from './conditions/cache';
