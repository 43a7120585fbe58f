export * from './model';
export * from './address';
export * from './chpl';
export * from './score';
export * from './ownership';
export * from './network';
export * from './trade';
export * from './trade-aggregate';
export * from './trade-basis';
export * from './trade-eurostat';
export { RED_FLAG_RULES, type RedFlagRule, type CheckId } from './data/red-flags';
export { OWNERSHIP_REGIMES, type OwnershipRegime } from './data/ownership-regimes';
export { OWNERSHIP_LISTS, ownershipListOf, type OwnershipList } from './data/ownership-lists';
export * from './listed';
export * from './input';
export * from './ftm-graph';
export * from './network-path';
export * from './trade-mirror';
export * from './alerts';
export * from './identifiers';
export * from './activity';
export { ACTIVITY_PROFILES, type ActivityProfile } from './data/activities';
export { ACTIVITY_CLASSES } from './data/activity-classes';
export * from './chpl-text';
export * from './record-network';
export * from './registry-ties';
export { counterpartyOf, groupCounterparty, type Counterparty, type GroupedCounterparty } from './alert-group';
// The import layer's PaymentRecord is the raw file row; the model's PaymentRecord is the stored one.
export {
  formatOf,
  importError,
  parseCompanyFile,
  parsePaymentFile,
  parseShipmentFile,
  paymentAsShipment,
  type ImportFormat,
  type PaymentRecord as ImportedPaymentRecord,
} from './import/index';
export { resolveParties, type ResolvableParty } from './resolve/index';
